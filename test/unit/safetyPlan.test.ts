// The readers under the safety-plan rules, on the cases the review of issue 25
// found (M3, M5, M6 and the section's name): what a part says, what the part
// on making the environment safe does about the means, and what filler is.
import { describe, expect, it } from 'vitest';
import { headingKind } from '../../server/src/plan/headings';
import { parsePlan } from '../../server/src/plan/parsePlan';
import { isFiller } from '../../server/src/text/filler';
import { readMeans } from '../../server/src/text/safety-means';
import { readSafetyParts } from '../../server/src/text/safety-parts';

const partsOf = (body: string) => {
  const plan = parsePlan(`---\nclient: J.D.\n---\n\n## Safety plan\n\n${body}\n\n## Problem: Depression\n`);
  return readSafetyParts(plan, plan.safetyPlan!).map((r) => [r.part?.id ?? '-', r.content, r.filled]);
};

describe('filler', () => {
  it.each([
    'Discussed in session',
    'Same as last plan',
    'see safety plan in chart',
    'to be reviewed',
    'will complete next session',
    'reviewed with client',
    'Discussed w/ pt and mom 11/20',
    'Client declined to name anyone',
    // As a risk rationale (risk/plan.ts rationaleGiven): words that give no reason.
    'to be determined later',
    'xxx xxx xxx',
    'Reviewed with supervisor today',
    // The review's words (M6), and placeholders inside otherwise short text.
    'N/A',
    'none',
    '-',
    'not discussed',
    'discussed',
    'TBD',
    'to be completed next session',
    'will discuss later',
    'TBD (your practice or agency, and how to reach it)',
    'N/A (how often)',
    '[insert coping skills]',
    '<list people here>',
    'needs to be completed',
    'no one',
  ])('%j says nothing', (text) => expect(isFiller(text)).toBe(true));

  it.each([
    'Call my sister Ana; discussed with her in session how she can help',
    'Reviewed with client: journaling, hot bath',
    'mom',
    '988',
    'no sleep for 2 nights',
    'Same as last plan, plus calling my brother Luis',
    'Client is safe to return home with her mother; denies intent',
    'none of her friends know; will call her aunt Rosa',
    'Call 988; (your practice or agency, and how to reach it)',
    'No one at home after 6',
    'Write in my journal',
  ])('%j has content', (text) => expect(isFiller(text)).toBe(false));
});

describe('the section', () => {
  it.each([
    'Safety plan',
    'Crisis and Safety Plan',
    'Safety and Crisis Plan',
    'Crisis/Safety Plan',
    'Suicide Safety Plan',
  ])('%j is a safety plan', (title) => expect(headingKind(title)).toBe('safety'));
  it.each(['Crisis contacts', 'Crisis plan', 'Safety', 'Safety concerns at school'])('%j is not', (title) =>
    expect(headingKind(title)).toBe('other'),
  );
});

describe('the parts', () => {
  const six = [
    'Step 1: Warning signs (thoughts, images, mood, situation, behavior) that a crisis may be developing: lying awake past 2 a.m.',
    'Step 2: Internal coping strategies (relaxation technique, physical activity): run',
    'Step 3: People and social settings that provide distraction: the climbing gym',
    'Step 4: People whom I can ask for help: my sister',
    'Step 5: Professionals or agencies I can contact during a crisis: 988',
    'Step 6: Making the environment safe: sister holds my pills',
  ];
  const read = [
    ['warning', 'lying awake past 2 a.m.', true],
    ['coping', 'run', true],
    ['distraction', 'the climbing gym', true],
    ['help', 'my sister', true],
    ['professionals', '988', true],
    ['environment', 'sister holds my pills', true],
  ];

  it.each([
    ['one a line', six.join('\n')],
    ['one a paragraph', six.join('\n\n')],
    ['list items', six.map((l) => `- ${l}`).join('\n')],
    ['numbered', six.map((l, i) => `${i + 1}. ${l}`).join('\n')],
    ['bold labels', six.map((l) => `- **${l.replace(/: (?=[^:]*$)/, ':** ')}`).join('\n')],
    ['bold steps', six.map((l) => l.replace(/^(Step \d:)/, '**$1**')).join('\n\n')],
    ['sub-headings', six.map((l) => `### ${l.replace(/: (?=[^:]*$)/, '\n\n')}`).join('\n\n')],
  ])('reads the same six parts written %s', (_, body) => expect(partsOf(body)).toEqual(read));

  it.each([
    ['a line of its own', 'Warning signs:\n- lying awake\n- skipping meals\n\nCoping:\n- run'],
    ['a step', 'Step 1: Warning signs\n- lying awake\n- skipping meals\nStep 2: Internal coping strategies\n1. run'],
    ['a bold line', '**Warning signs**\n- lying awake\n- skipping meals\n\n**Internal coping strategies**\n\nrun'],
    ['a list item', '- Warning signs:\n- lying awake\n- skipping meals\n- Coping:\n- run'],
  ])('takes the list under a label written as %s', (_, body) =>
    expect(partsOf(body)).toEqual([
      ['warning', 'lying awake\nskipping meals', true],
      ['coping', 'run', true],
    ]),
  );

  it('takes items labelled with no part under a label of its own, not under a list item', () => {
    expect(partsOf('**People I can ask for help:**\n- Mom: 555-0101\n- Crisis line: 988')).toEqual([
      ['help', 'Mom: 555-0101', true],
      ['professionals', '988', true],
    ]);
    expect(partsOf('- Making the environment safe:\n- Written with client: 2026-11-02')).toEqual([
      ['environment', '', false],
      ['-', '2026-11-02', false],
    ]);
  });

  it('reads a prose line as no part, and a step with nothing after it as empty', () => {
    expect(partsOf('Written with the client on 2026-11-02; she keeps a copy.\n\n1. Step 1: Warning signs')).toEqual([
      ['warning', '', false],
    ]);
  });
});

describe('means', () => {
  it.each([
    [
      'brother offered to hold the rifles but client declined',
      'brother offered to hold the rifles but client declined',
    ],
    ['discussed locking up the rifles; client not ready to', 'discussed locking up the rifles; client not ready to'],
    ['the rifles are not locked', 'the rifles are not locked'],
    [
      'guns stay in the gun safe in the basement; I have the only key and the code',
      'guns stay in the gun safe in the basement; I have the only key and the code',
    ],
    ['sister holds my pills; the rifle stays in my truck', 'the rifle stays in my truck'],
  ])('%j leaves the firearms within reach, in its words', (text, words) =>
    expect(readMeans('firearms', text)).toEqual({ answer: 'kept', words }),
  );

  it.each([
    "rifle is at my brother's house",
    'handgun locked in a lockbox, wife has the only key',
    "Declined his brother's offer to hold the rifles; agreed instead to a cable lock, his wife holds the key",
  ])('%j acts on the firearms', (text) => expect(readMeans('firearms', text).answer).toBe('addressed'));

  it.each(['discussed locking up the rifles', 'ammunition stored separately', 'my sister keeps the sleeping pills'])(
    '%j does not say what is done about the firearms',
    (text) => expect(readMeans('firearms', text).answer).toBe('missing'),
  );

  // The review's lines (M3): a refusal or a negation is no means plan; storage with someone else is one.
  it.each([
    ['declined to discuss the gun', 'kept'],
    ['means not discussed', 'missing'],
    ['will keep my guns where they are', 'kept'],
    ['not ready to lock it up', 'kept'],
    ['has not locked the rifle', 'kept'],
    ["rifle is at my brother's house", 'addressed'],
    ["stored at his brother's", 'addressed'],
    ['locked in a safe, key with wife', 'addressed'],
  ])('%j: %s', (text, answer) => expect(readMeans('firearms', text).answer).toBe(answer));
});

describe('two means in one clause', () => {
  // What is done about the pills is not done about the handgun beside them.
  it.each([
    ['mom holds my pills, the handgun stays in the nightstand', 'kept', 'addressed'],
    ['handgun in the nightstand, mom holds my pills', 'kept', 'addressed'],
    ['Pills locked up and the handgun stays in my nightstand', 'kept', 'addressed'],
    ['sister will hold the pills, I will keep the gun', 'kept', 'addressed'],
    ['gave my pills to mom, still have the pistol', 'kept', 'addressed'],
    ['Mom locked up the meds, gun still in closet', 'kept', 'addressed'],
    ['The revolver is with my brother, not ready to give up the pills', 'addressed', 'kept'],
    ['Discussed lethal means, client agreed to lock the rifle', 'addressed', 'missing'],
    // A side that says nothing of its own goes with its neighbour.
    ['Wife holds the pills and the guns', 'addressed', 'addressed'],
    ['Rifles and meds locked in the gun safe, wife has the code', 'addressed', 'addressed'],
    ['my brother and sister hold the guns and pills', 'addressed', 'addressed'],
    ['Pills with mom; handgun too', 'addressed', 'addressed'],
  ])('%j: firearms %s, medication %s', (text, firearms, medication) => {
    expect(readMeans('firearms', text).answer).toBe(firearms);
    expect(readMeans('medication', text).answer).toBe(medication);
  });

  it('quotes the side that keeps the firearm', () =>
    expect(readMeans('firearms', 'mom holds my pills, the handgun stays in the nightstand').words).toBe(
      'the handgun stays in the nightstand',
    ));
});
