// The frontmatter's typed keys (section 3 of the format), as the Plan model
// holds them: what frontmatter.ts reads and the rules check.

import type {
  Located,
  Payer,
  Range,
  Risk,
  Severity,
  SignatureMethod,
  SignatureRole,
  Status,
  Style,
} from '../base/values';

export interface Diagnosis {
  /** The list item. */
  readonly range: Range;
  readonly code?: Located<string>;
  readonly name?: Located<string>;
  readonly basis?: Located<string>;
  readonly reviewed?: Located<string>;
  /** The problems this diagnosis is addressed by, by name (`problems: [Depression]`). */
  readonly problems?: Located<readonly Located<string>[]>;
}

export interface Service {
  readonly range: Range;
  readonly modality?: Located<string>;
  readonly frequency?: Located<string>;
  readonly duration?: Located<string>;
}

export interface Revision {
  readonly range: Range;
  readonly date?: Located<string>;
  readonly summary?: Located<string>;
  /** At a review: how the client has progressed toward the goals. */
  readonly progress?: Located<string>;
}

/** A suicide-risk screen (`risk-screen`): the validated tool used, when, and its result. */
export interface RiskScreen {
  readonly range: Range;
  readonly tool?: Located<string>;
  readonly date?: Located<string>;
  readonly result?: Located<'negative' | 'positive'>;
}

/** A sign-off: who signed, when, and the digest of the content they signed (`tplan sign`). */
export interface Signature {
  readonly range: Range;
  readonly role?: Located<SignatureRole>;
  readonly name?: Located<string>;
  readonly credentials?: Located<string>;
  /** How the signature was given: `electronic`, `wet-ink` (a signed paper copy on file) or `verbal` (with `witness`). */
  readonly method?: Located<SignatureMethod>;
  /** Who heard a verbal signature. */
  readonly witness?: Located<string>;
  readonly date?: Located<string>;
  readonly hash?: Located<string>;
}

/** The frontmatter read as the format's typed keys; a key is absent when missing or of the wrong type. */
export interface PlanMeta {
  readonly type?: Located<string>;
  readonly client?: Located<string>;
  readonly clinician?: Located<string>;
  readonly created?: Located<string>;
  readonly updated?: Located<string>;
  readonly review?: Located<string>;
  /** When the course of treatment is expected to end (not the session length: that is `services[].duration`). */
  readonly 'expected-end'?: Located<string>;
  /** When the plan was given to the client (CARF 2.C.1.f: provided to the person served). */
  readonly 'shared-with-client'?: Located<string>;
  readonly status?: Located<Status>;
  readonly style?: Located<Style>;
  readonly severity?: Located<Severity>;
  readonly payer?: Located<Payer>;
  readonly risk?: Located<Risk>;
  /** Why the risk level is what it is, in the clinician's words: a `none` or `low` beside signals that say otherwise. */
  readonly 'risk-rationale'?: Located<string>;
  readonly diagnoses?: Located<readonly Diagnosis[]>;
  readonly services?: Located<readonly Service[]>;
  readonly revisions?: Located<readonly Revision[]>;
  /** Requirement sets the plan is held to (medicare, carf, joint-commission); wins over the config's. */
  readonly requirements?: Located<readonly Located<string>[]>;
  readonly signatures?: Located<readonly Signature[]>;
  /** Suicide-risk screens with a validated tool, oldest first (one mapping reads as one screen). */
  readonly 'risk-screen'?: Located<readonly RiskScreen[]>;
}

/** A value of the frontmatter that does not fit the format (frontmatter-type). */
export interface TypeFinding {
  readonly key: string;
  readonly range: Range;
  /** What is wrong (a message of frontmatter-type), and the words it needs (`cased`: the enum value it is but for case). */
  readonly messageId:
    'notCalendarDate' | 'notDate' | 'notOneOf' | 'wrongType' | 'notList' | 'itemNotMapping' | 'placeholder';
  readonly data: Readonly<Record<string, string>>;
}

/** A frontmatter key the format does not know (frontmatter-unknown-key). */
export interface UnknownKey {
  readonly key: string;
  readonly range: Range;
  /** The keys that are known where this one stands. */
  readonly known: readonly string[];
  /** Where it stands: `''` at top level, `diagnoses[]` inside a diagnosis. */
  readonly parent: string;
}
