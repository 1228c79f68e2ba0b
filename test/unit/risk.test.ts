// The risk reader on the cases issue 25 names, each of which the word list it
// replaced got wrong, and on the inputs that break readers: line breaks, list
// items, table cells, CRLF, a byte order mark, long paragraphs.
import { describe, expect, it } from 'vitest';
import { readRisk, mentionIsPast } from '../../server/src/text/risk/reader';
import { planRiskSignals, riskCodes } from '../../server/src/text/risk/plan';
import { MAX_SENTENCE, segments } from '../../server/src/text/risk/segments';
import { parsePlan } from '../../server/src/plan/parsePlan';
import { testLibrary } from '../helpers/library';
import { hover } from '../../server/src/features/hover';

const DAY = '2026-12-01';
const read = (text: string) =>
  [...new Set(readRisk(text).map((m) => `${m.category}${mentionIsPast(m, DAY) ? '@past' : ''}`))].sort();
const words = (text: string) => readRisk(text).map((m) => text.slice(m.index, m.index + m.length));

describe('the risk reader, on the cases that were missed', () => {
  it.each([
    ['Wants to die some days but has no plan.', ['wish-to-die']],
    ['Has a plan to jump from the bridge.', ['method', 'plan']],
    ['Has been saving up his sleeping pills.', ['medication-access', 'preparatory-act']],
    ['Wrote a goodbye letter.', ['preparatory-act']],
    ['Took 30 acetaminophen tablets in 2023.', ['attempt@past']],
    ['Burned herself with cigarettes.', ['self-injury']],
    ['Scratches her arms with a razor.', ['self-injury']],
    ['Endorsed PHQ-9 item 9.', ['phq9-item9']],
    ['Thoughts of killing her ex-husband.', ['harm-to-others']],
    ['Denies intent to act on her suicidal thoughts.', ['suicidal-ideation']],
    ['No suicidal ideation since March; previously daily.', ['suicidal-ideation@past']],
    ['Denies SI; owns several hunting rifles.', ['firearm-access']],
    ['Mother reports he said he wants to end it all.', ['suicidal-ideation']],
    ['Her father died by suicide in 2010.', ['family-history']],
    ['Hx of SA x2 (2015, 2018).', ['attempt@past']],
    ['Client reports passive SI without plan.', ['wish-to-die']],
    ['Will keep my guns where they are.', ['firearm-access']],
    [
      'Daily suicidal thoughts with a plan to overdose on her stockpiled pills this weekend.',
      ['medication-access', 'method', 'plan', 'preparatory-act'],
    ],
  ])('reads %j', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it.each([
    '988 Suicide & Crisis Lifeline',
    'Crisis text line: text HOME to 741741; lifeline card given.',
    'Writing a term paper on suicide prevention.',
    'Works as a hospice chaplain.',
    'I could murder a coffee.',
    'The car battery died.',
    'Dying to see the new film.',
    'Denies SI/HI/AVH.',
    'SI: none. HI: none.',
    'Will call 988 if suicidal thoughts return.',
    'Her friend self-harms.',
    'Left SI joint injection scheduled for 12/10.',
    'Visual acuity 20/40 OD, 20/25 OS.',
    'Cut his hand on a box cutter at work last week.',
    "Guns were moved to his brother-in-law's house on 11/20.",
  ])('reads no risk in %j', (text) => {
    expect(read(text)).toEqual([]);
  });

  it('keeps a negation to what it scopes', () => {
    expect(read('Denies a plan, but reports suicidal thoughts at night.')).toEqual(['suicidal-ideation']);
    expect(read('No plan; passive thoughts of death most days.')).toEqual(['wish-to-die']);
    expect(read('Denies SI. Owns a handgun.')).toEqual(['firearm-access']);
  });

  it('reads history as a signal, and dates against the day', () => {
    expect(read('Overdosed on amitriptyline in July with intent to die.')).toEqual(['attempt@past']);
    expect(read('Overdosed on amitriptyline in early October with intent to die.')).toEqual(['attempt']);
    expect(read('Suicide attempt 14 weeks ago.')).toEqual(['attempt@past']);
    expect(read('Cut six weeks ago; denies any self-harm since.')).toEqual(['self-injury']);
  });

  it('quotes the words it read', () => {
    expect(words('Has been saving up his sleeping pills.')).toContain('saving up his sleeping pills');
    expect(words('Low mood.\nWrote a goodbye letter to her son.')).toEqual(['Wrote a goodbye letter']);
  });
});

describe("the risk reader, on a supervisor's review of its readings", () => {
  it.each([
    // What happened in the last few months is current (the C-SSRS asks about the past 3 months).
    ['Cut her arms twice in the past 2 months.', ['self-injury']],
    ['Suicide attempt in the past 3 months (overdose).', ['attempt']],
    // A negation reaches only what it scopes.
    ['No SI, no HI, cutting 2x this week.', ['self-injury']],
    ['Without any intent to die, she swallowed 15 of her Zoloft on Saturday.', ['attempt']],
    // A year elsewhere in the sentence does not date the risk.
    ['Plans to take the pills left from her 2023 surgery this weekend.', ['method', 'plan']],
    ['Cutting most days, a pattern that began in 2015.', ['self-injury']],
    // The most recent of past events is still past.
    ['Three suicide attempts, most recent in 2018.', ['attempt@past']],
    // What was missed.
    ['Decided to overdose on Friday.', ['method', 'plan']],
    ['Plans to gas himself in the garage.', ['method', 'plan']],
    ['Sister found her with a towel around her neck.', ['attempt']],
    ['Stopped taking her insulin so she would die.', ['attempt']],
    ['| SI | Yes, with plan (overdose) |', ['method', 'plan']],
    ['Her husband said she wants to die.', ['wish-to-die']],
    ['C-SSRS positive (yes to Q2 and Q6, lifetime).', ['suicidal-ideation@past']],
    ['C-SSRS: yes to Q2 and Q4 today.', ['intent']],
    ['Intent 6/10.', ['intent']],
    ['PHQ-9: 1) 2 2) 3 3) 1 4) 2 5) 1 6) 2 7) 1 8) 0 9) 1', ['phq9-item9']],
    ['Stopped by police on the tracks last week as a train approached.', ['attempt']],
    ['His mother said he wants to die.', ['wish-to-die']],
    ['Veteran says he can get a strap by tonight.', ['firearm-access']],
    ['Owns a .45 and keeps it loaded.', ['firearm-access']],
    ['| Plan | Yes | overdose on stockpiled Seroquel |', ['medication-access', 'method', 'plan', 'preparatory-act']],
  ])('reads %j', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it.each([
    'Scratches his head when nervous.',
    'Said he shot himself in the foot by missing the deadline.',
    'PCL-5 total 41; item 9 = 3.',
    'Her son said he wants to die when he loses at video games.',
    'His mother said she wants to die some days.',
    'Cut her finger chopping onions.',
    'Hit his head on the kitchen cupboard.',
    'Went to a gun show with his father.',
    'Wears a watch strap his grandfather gave him.',
    'Keeps a Colt calendar from his old job.',
    'Reading level .45 grade equivalents above peers.',
    'Intent 0/10.',
    'PHQ-9: 1) 2 2) 3 3) 1 4) 2 5) 1 6) 2 7) 1 8) 1 9) 0',
  ])('reads no risk in %j', (text) => {
    expect(read(text)).toEqual([]);
  });
});

describe('the risk reader on awkward input', () => {
  it('reads a signal split across a soft line break, in a list item, in a table cell, with CRLF and a BOM', () => {
    expect(read('Has a plan to jump\nfrom the bridge on Friday.')).toEqual(['method', 'plan']);
    expect(read('- Low mood\n- Has been saving up\n  his sleeping pills')).toEqual([
      'medication-access',
      'preparatory-act',
    ]);
    expect(read('| Risk | Finding |\n| --- | --- |\n| HI | Denied |\n| NSSI | burning x1 this week |')).toEqual([
      'self-injury',
    ]);
    expect(read('\uFEFFLow mood.\r\nHas a plan to jump\r\nfrom the bridge.\r\n')).toEqual(['method', 'plan']);
  });

  it('does not carry a negation from one list item into the next', () => {
    expect(read('- Denies SI\n- Owns a rifle')).toEqual(['firearm-access']);
  });

  it('reads a 20,000-character paragraph, and a signal at its end', () => {
    const long = `${'Slept poorly and skipped meals, says work is hard, '.repeat(400)}and has been saving up his sleeping pills.`;
    expect(long.length).toBeGreaterThan(20_000);
    expect(read(long)).toEqual(['medication-access', 'preparatory-act']);
  });

  it('reads a run-on or a long paragraph in bounded parts, so its cost is linear in its length', () => {
    // Every mention's context is read in a window of the text near it; a sentence and a passage are
    // bounded, so no step reads the whole of a long text once per mention.
    const runOn = 'SI, '.repeat(5000);
    for (const s of segments(runOn)) expect(s.end - s.start).toBeLessThanOrEqual(MAX_SENTENCE + 4);
    for (const s of segments('word '.repeat(3000))) expect(s.end - s.start).toBeLessThanOrEqual(2 * MAX_SENTENCE + 6);
    expect(read(runOn)).toEqual(['suicidal-ideation']);
    expect(readRisk(runOn).length).toBe(5000);
    const denied = `${'Denies SI and HI, '.repeat(2000)}cutting 2x this week.`;
    expect(read(denied)).toEqual(['self-injury']);
  });

  it('never throws on arbitrary text', () => {
    for (const t of ['', ';;;', '|||', '\n\n\n', 'SI'.repeat(5000), '(((((', 'denies '.repeat(3000)])
      expect(() => readRisk(t)).not.toThrow();
  });
});

describe('risk signals in diagnosis codes', () => {
  it.each([
    ['R45.851', 'suicidal-ideation', false],
    ['R45.88', 'self-injury', false],
    ['T14.91XA', 'attempt', false],
    ['Z91.51', 'attempt', true],
    ['Z91.52', 'self-injury', true],
    ['X78.9XXA', 'attempt', false],
    ['T42.4X2A', 'attempt', false],
    ['R45.850', 'harm-to-others', false],
  ])('%s is a signal (%s)', (code, category, past) => {
    expect(riskCodes([code])).toEqual([{ code, category, past }]);
  });

  it.each(['F33.1', 'T42.4X1A', 'T14.90XA', 'Z91.19', 'X84'])('%s is not', (code) => {
    expect(riskCodes([code])).toEqual([]);
  });
});

describe('the signals of a plan', () => {
  it.each([
    ['Suicidal thoughts', 'suicidal-ideation'],
    ['Self-harm', 'self-injury'],
    ['Opioid use', 'overdose-risk'],
    ['Risk of violence to others', 'harm-to-others'],
  ])('a problem on the %s module is a signal (%s)', (name, category) => {
    const plan = parsePlan(`## Problem: ${name}\n\nSince the spring.\n`);
    const found = planRiskSignals(plan, testLibrary(), DAY).filter((s) => s.source === 'module');
    expect(found.map((s) => s.category)).toEqual([category]);
  });

  it('a problem on another module is none', () => {
    expect(planRiskSignals(parsePlan('## Problem: Insomnia\n\nSince the spring.\n'), testLibrary(), DAY)).toEqual([]);
  });

  it("does not read the safety plan's answers, nor crisis contacts anywhere", () => {
    const plan = parsePlan(
      [
        '## Safety plan',
        '',
        "- Making the environment safe: the rifle is kept at my brother's",
        '',
        '## Crisis contacts',
        '',
        '- 988 Suicide & Crisis Lifeline (call or text 988)',
        '',
        '## Problem: Anger at school',
        '',
        'Shouts in class when frustrated.',
        '',
      ].join('\n'),
    );
    expect(planRiskSignals(plan, testLibrary(), DAY)).toEqual([]);
  });

  it('gives the words and the line of each signal', () => {
    const plan = parsePlan('## Problem: Depression\n\nLow mood.\nHas been saving up his sleeping pills.\n');
    const [s] = planRiskSignals(plan, testLibrary(), DAY);
    expect(s).toMatchObject({ source: 'text', words: 'saving up his sleeping pills', range: { start: { line: 3 } } });
  });
});

describe('the hover on risk:', () => {
  it('lists the first signals of a plan dense with them, and says how many more', () => {
    const body = Array.from({ length: 30 }, (_, i) => `- Cut her arm on day ${i + 1} of the month.`).join('\n');
    const plan = parsePlan(
      `---\nclient: J.D.\ncreated: 2026-11-01\nrisk: moderate\n---\n\n## Problem: Coping with stress\n\n${body}\n`,
    );
    const h = hover(plan, { line: 3, character: 2 }, 'risk: moderate', testLibrary(), [], () => '', DAY);
    const text = JSON.stringify(h);
    expect(text).toContain('read in this plan (30)');
    expect(text.match(/- line \d+/g)).toHaveLength(20);
    expect(text).toContain('and 10 more, not listed here');
  });
});

describe('risk written with HTML entities', () => {
  it('reads a non-breaking space written as an entity as a space', () => {
    const plan = parsePlan(
      '---\nclient: J.D.\ncreated: 2026-11-01\n---\n\n## Problem: Depression\n\nSI&nbsp;with&nbsp;plan to overdose.\n',
    );
    expect(planRiskSignals(plan, testLibrary(), DAY).map((s) => s.category)).toEqual(['plan', 'method']);
  });
});
