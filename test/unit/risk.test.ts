// Risk signals in a plan's words, and negation read the way NegEx reads it: a
// trigger word before (or after) a term within its clause cancels it.
import { describe, expect, it } from 'vitest';
import { planRiskSignals, riskSignals, riskCodes } from '../../server/src/text/risk';
import { parsePlan } from '../../server/src/plan/parsePlan';
import { testLibrary } from '../helpers/library';

const kinds = (text: string) => [...new Set(riskSignals(text).map((s) => s.kind))];

describe('risk signals in plan text', () => {
  it.each([
    ['Suicidal thoughts most days since September.', ['suicidal thoughts']],
    ['Passive thoughts of death most days, no plan or intent.', ['suicidal thoughts']],
    ['She said she wishes she were dead.', ['suicidal thoughts']],
    ['Says his family would be better off dead without him.', ['suicidal thoughts']],
    ['Thinks about ending her life when alone at night.', ['suicidal thoughts']],
    ['History of a suicide attempt in 2019.', ['suicidal thoughts']],
    ['C-SSRS screen positive for passive ideation.', ['suicidal thoughts']],
    ['Cuts his arms to cope (self-harm) twice a week.', ['self-harm']],
    ['Non-suicidal self-injury since age 15.', ['self-harm']],
    ['Took an overdose of sleeping pills in March.', ['overdose']],
    ['Has access to a firearm at home.', ['firearm access']],
    ['Keeps a handgun in the nightstand.', ['firearm access']],
    ['Has been stockpiling her medication.', ['stockpiled medication']],
    ['Saving up pills in a drawer.', ['stockpiled medication']],
    ['Client reports passive SI without plan.', ['suicidal thoughts']],
    ['S/I at intake; safety plan made.', ['suicidal thoughts']],
    ['Says everyone would be better off without him.', ['suicidal thoughts']],
    ['No longer denies suicidal thoughts.', ['suicidal thoughts']],
    ['Reports homicidal ideation toward a former partner.', ['harm to others']],
    ['Has had thoughts of hurting his boss since the layoff.', ['harm to others']],
  ])('finds %j', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  it.each([
    'Denies suicidal thoughts.',
    'Denied suicidal ideation at every session.',
    'No thoughts of harming himself or others.',
    'No self-harm history.',
    'Suicidal thoughts: denied.',
    'Without suicidal intent.',
    'Negative for suicidal ideation on the C-SSRS.',
    'No firearms at home (confirmed).',
    'Does not have access to firearms.',
    'Never attempted suicide.',
    'Free of self-harm for 2 years.',
    'Reports no passive thoughts of death.',
    'Denies SI/HI.',
    'Screened for suicide risk with the C-SSRS: negative.',
    'Denies access to firearms.',
    'Denies homicidal ideation.',
    'No thoughts of harming others.',
    'Si, she said, in Spanish.',
  ])('reads %j as negated', (text) => {
    expect(kinds(text)).toEqual([]);
  });

  it('lets a clause boundary end a negation', () => {
    expect(kinds('Denies a plan, but reports suicidal thoughts at night.')).toEqual(['suicidal thoughts']);
    expect(kinds('No plan; passive thoughts of death most days.')).toEqual(['suicidal thoughts']);
  });

  it('does not read a pseudo-negation as one', () => {
    expect(kinds('Not only suicidal thoughts but also hopelessness.')).toEqual(['suicidal thoughts']);
    expect(kinds('No change in suicidal thoughts since intake.')).toEqual(['suicidal thoughts']);
  });

  it('gives where each mention stands', () => {
    const [s] = riskSignals('Low mood.\nSuicidal thoughts at night.');
    expect(s).toMatchObject({ kind: 'suicidal thoughts', index: 10 });
  });
});

describe('risk signals in diagnosis codes', () => {
  it.each([
    ['R45.851', 'suicidal thoughts'],
    ['R45.88', 'self-harm'],
    ['T14.91XA', 'suicidal thoughts'],
    ['Z91.51', 'suicidal thoughts'],
    ['Z91.52', 'self-harm'],
    ['X78.9XXA', 'self-harm'],
    ['T42.4X2A', 'overdose'],
    ['T39.012D', 'overdose'],
    ['R45.850', 'harm to others'],
  ])('%s is a signal (%s)', (code, kind) => {
    expect(riskCodes([code])).toEqual([{ code, kind }]);
  });

  it.each(['F33.1', 'T42.4X1A', 'T14.90XA', 'Z91.19', 'X84'])('%s is not', (code) => {
    expect(riskCodes([code])).toEqual([]);
  });
});

describe('risk modules', () => {
  it.each([
    ['Suicidal thoughts', 'suicidal thoughts'],
    ['Self-harm', 'self-harm'],
    ['Opioid use', 'overdose'],
    ['Risk of violence to others', 'harm to others'],
  ])('a problem on the %s module is a signal (%s)', (name, kind) => {
    const plan = parsePlan(`## Problem: ${name}\n\nSince the spring.\n`);
    const found = planRiskSignals(plan, testLibrary()).filter((s) => s.source === 'module');
    expect(found.map((s) => s.kind)).toEqual([kind]);
  });

  it('a problem on another module is none', () => {
    expect(planRiskSignals(parsePlan('## Problem: Insomnia\n\nSince the spring.\n'), testLibrary())).toEqual([]);
  });
});
