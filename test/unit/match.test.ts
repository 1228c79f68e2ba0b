import { describe, expect, it } from 'vitest';
import { createMatcher, withinOneEdit, words } from '../../server/src/library/match';
import { lint } from '../../server/src/lint/lint';
import { parsePlan } from '../../server/src/plan/parsePlan';
import { testLibrary } from '../helpers/library';

describe('problem matching', () => {
  const library = testLibrary();
  const best = (statement: string) => library.matchProblem(statement)[0];

  it('reads a statement by its words: stems, small words, one typo in a long word', () => {
    expect(words('Drinking too much since the move')).toEqual(['drink', 'move']);
    expect(withinOneEdit('alchohol', 'alcohol')).toBe(true);
    expect(withinOneEdit('alcohol', 'alkohol')).toBe(true);
    expect(withinOneEdit('alcohol', 'alcoholic')).toBe(false);
    expect(withinOneEdit('sleep', 'steep')).toBe(true);
    expect(library.findProblem('Drinking too much since the layoff')?.id).toBe('alcohol-use');
    expect(library.findProblem('Depresion')?.id).toBe('depression');
    expect(library.findProblem('Alchohol most nights')?.id).toBe('alcohol-use');
    expect(library.findProblem('Trouble with sleep after the move')?.id).toBe('insomnia');
  });

  it('prefers the longer phrase, and gives a whole phrase confidence 1', () => {
    expect(best('Social anxiety at work')).toMatchObject({ confidence: 1, by: 'Social anxiety' });
    expect(best('Social anxiety at work')!.module.id).toBe('social-anxiety');
    expect(library.findProblem('Worry about my mother')?.id).toBe('generalized-anxiety');
  });

  it('suggests below a whole phrase only on telling words', () => {
    const fights = best('Fights with partner')!;
    expect(fights.module.id).toBe('couple-conflict');
    expect(fights.confidence).toBeGreaterThan(0.3);
    expect(fights.confidence).toBeLessThan(1);
    expect(library.findProblem('Fights with partner')).toBeUndefined();
    // "trouble" alone points nowhere.
    expect(library.matchProblem('Gardening troubles')).toEqual([]);
    expect(library.findProblem('Gardening')).toBeUndefined();
  });

  it('reads only the first 200 characters of a long name, in bounded time', () => {
    const long = `Gardening ${'and more about the allotment '.repeat(700)} drinking`;
    expect(long.length).toBeGreaterThan(20_000);
    expect(library.findProblem(long)).toBeUndefined();
    expect(library.findProblem(`Drinking ${'x'.repeat(20_000)}`)?.id).toBe('alcohol-use');
  });

  it('names the two closest modules in unknown-problem, with their hints', () => {
    const plan = parsePlan('## Problem: Fights with partner\n\n## Problem: Gardening troubles\n');
    const found = lint(plan, { library, today: '2026-11-29' }).filter((d) => d.rule === 'unknown-problem');
    expect(found.map((d) => d.messageId)).toEqual(['near', 'unknown']);
    expect(found[0]!.message).toContain('(module: couple-conflict)');
  });

  it('works on any named things (a workspace library)', () => {
    const match = createMatcher([
      { id: 'pet-loss', name: 'Loss of a pet', aliases: ['pet bereavement'] },
      { id: 'grief', name: 'Grief', aliases: [] },
    ]);
    expect(match('Loss of our dog, a pet of 14 years')[0]).toMatchObject({ confidence: 1, by: 'Loss of a pet' });
    expect(match('Grief')[0]!.module.id).toBe('grief');
  });
});
