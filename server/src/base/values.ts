// The small value types every part of the Plan model is made of.

export interface Position {
  readonly line: number;
  readonly character: number;
}

export interface Range {
  readonly start: Position;
  readonly end: Position;
}

/** A change to a plan's text: fixes, commands and completions are made of these. */
export interface TextEdit {
  readonly range: Range;
  readonly newText: string;
}

/** A model type with its `readonly` removed, for the code that builds it. */
export type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** A value with the range of the text it was read from. */
export interface Located<T> {
  readonly value: T;
  readonly range: Range;
}

export type Status = 'draft' | 'active' | 'completed' | 'discontinued';
export type Style = 'formal' | 'informal';
export type Severity = 'mild' | 'moderate' | 'severe';
export type Payer = 'insurance' | 'self-pay' | 'other';
/** The clinician's documented risk level (for suicide and self-harm). */
export type Risk = 'none' | 'low' | 'moderate' | 'high';
/** Who signs a plan (`signatures[].role`). */
export const SIGNATURE_ROLES = ['client', 'clinician', 'supervisor', 'guardian'] as const;
export type SignatureRole = (typeof SIGNATURE_ROLES)[number];
/** Roles that sign with credentials. */
export const CREDENTIALED_ROLES: ReadonlySet<string> = new Set(['clinician', 'supervisor']);
/** How a signature was given (`signatures[].method`): signed in software, on paper kept on file, or said aloud before a witness. */
export const SIGNATURE_METHODS = ['electronic', 'wet-ink', 'verbal'] as const;
export type SignatureMethod = (typeof SIGNATURE_METHODS)[number];

/** List keys that may also be written as one mapping (`risk-screen: {tool, date}`): a list of one. */
export const ONE_OR_MORE_KEYS: ReadonlySet<string> = new Set(['risk-screen']);
