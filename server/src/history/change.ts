// One change between two versions of a plan, as diff.ts and sections.ts report it.

export type ChangeKind =
  'added' | 'removed' | 'renamed' | 'reworded' | 'met' | 'reopened' | 'redated' | 'recoded' | 'changed';

export type ChangeSubject =
  | 'problem'
  | 'goal'
  | 'client-words'
  | 'step'
  | 'method'
  | 'diagnosis'
  | 'service'
  | 'field'
  | 'safety-plan'
  | 'section'
  | 'score';

export interface Change {
  readonly kind: ChangeKind;
  readonly subject: ChangeSubject;
  /** Where it stands: the problem's name, then the goal's text (the new version's words). */
  readonly within: readonly string[];
  /** The item's words in the old version (absent when added). */
  readonly before?: string;
  /** The item's words in the new version (absent when removed). */
  readonly after?: string;
  /** A frontmatter key (`review`, `status`, …) or a diagnosis or service's part that changed. */
  readonly key?: string;
  /** The 1-based line in the new version, or in the old one when removed. */
  readonly line: number;
}

/** The 1-based line a change names for an item. */
export const line = (x: { range: { start: { line: number } } }) => x.range.start.line + 1;
