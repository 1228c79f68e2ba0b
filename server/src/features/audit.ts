// The audit checklist: for each requirement set a plan is held to, each
// requirement with ✔ or ✗, its source and, when ✗, the findings that fail it;
// the plan's sign-off (which signature of each role was in force from when to
// when, and whether the plan still reads as signed); and whether the plan is
// ready to share, from the same lint run as everything else. A rule the
// config turned off is "not checked", never a silent ✔. The words record what
// the plan records: "signature recorded (electronic, 2026-11-23)", never
// "verified".

import type { PlanConfig } from '../config/config';
import type { Diagnostic } from '../base/diagnostic';
import { activeSets, effectiveSetting } from '../lint/lint';
import { blockingSummary, readinessOf } from '../lint/readiness';
import { addDays } from '../plan/dates';
import type { Plan } from '../plan/model';
import { signOff } from '../plan/signoff';
import type { RequirementSet } from '../requirements/sets';
import { RULES } from '../rules';
import { partWords } from '../rules/signature-stale';

export type AuditState = 'met' | 'not met' | 'not checked';

/** How each state is marked, in every form of the checklist. */
export const AUDIT_MARK: Readonly<Record<AuditState, string>> = { met: '✔', 'not met': '✗', 'not checked': '–' };

export interface AuditLine {
  readonly what: string;
  readonly rule: string;
  readonly source: string;
  readonly says: string;
  readonly state: AuditState;
  /** The findings of the rule (line 1-based, message), when not met. */
  readonly findings: ReadonlyArray<{ line: number; message: string }>;
}

export interface AuditSet {
  readonly id: string;
  readonly name: string;
  /** `product`: the product's own recommendations, not a payer's or accreditor's. */
  readonly kind: RequirementSet['kind'];
  readonly lines: readonly AuditLine[];
}

/** One signature as the audit shows it. */
export interface SignOffLine {
  readonly role: string;
  readonly name?: string;
  readonly credentials?: string;
  readonly method?: string;
  readonly witness?: string;
  readonly date?: string;
  /** 1-based line of the entry. */
  readonly line: number;
  readonly state: 'in force' | 'superseded';
  /** The last day it was in force, when a later signature of its role superseded it. */
  readonly until?: string;
  /** What its digest says of the plan now: only of the signature in force. */
  readonly covers: 'reads as signed' | 'changed since' | 'older digest' | 'no digest' | 'superseded';
  /** The parts changed since, for `changed since`. */
  readonly changed?: readonly string[];
  /** "signature recorded (electronic, 2026-11-23)": what the entry records, in words. */
  readonly recorded: string;
}

export interface Audit {
  readonly sets: readonly AuditSet[];
  /** Requirements not met, over every set (a requirement two sets share counts in each). */
  readonly notMet: number;
  readonly signOff: readonly SignOffLine[];
  readonly created?: string;
  /** The date of the first clinician signature, to read beside `created`. */
  readonly firstClinicianSignature?: string;
  /** Ready to share (lint/readiness.ts), and if not, why (rule ids and lines). */
  readonly ready: boolean;
  readonly notReadyBecause?: string;
}

/** "signature recorded (electronic, 2026-11-23)". */
export function recordedWords(method: string | undefined, date: string | undefined): string {
  const how = method === 'wet-ink' ? 'wet ink, on file' : method === 'verbal' ? 'verbal, before a witness' : method;
  return `signature recorded (${how ?? 'method not recorded'}, ${date ?? 'date not recorded'})`;
}

/** The plan's signatures as the audit, the preview and the exported page show them. */
export function signOffLines(plan: Plan): SignOffLine[] {
  return signOff(plan).map((e) => {
    const s = e.signature;
    const covers: SignOffLine['covers'] =
      e.state === 'superseded'
        ? 'superseded'
        : e.digest === 'none' || e.digest === 'invalid'
          ? 'no digest'
          : e.digest === 'older'
            ? 'older digest'
            : e.matches
              ? 'reads as signed'
              : 'changed since';
    const next = e.supersededBy?.date?.value;
    return {
      role: s.role?.value ?? 'signer',
      ...(s.name ? { name: s.name.value } : {}),
      ...(s.credentials ? { credentials: s.credentials.value } : {}),
      ...(s.method ? { method: s.method.value } : {}),
      ...(s.witness ? { witness: s.witness.value } : {}),
      ...(s.date ? { date: s.date.value } : {}),
      line: s.range.start.line + 1,
      state: e.state,
      // In force up to the day before the next one of its role (the same day when both fall on it).
      ...(next ? { until: next > (s.date?.value ?? '') ? addDays(next, -1) : next } : {}),
      covers,
      ...(covers === 'changed since' ? { changed: e.changed ?? [] } : {}),
      recorded: recordedWords(s.method?.value, s.date?.value),
    };
  });
}

export function auditPlan(plan: Plan, config: PlanConfig, diagnostics: readonly Diagnostic[]): Audit {
  const sets: readonly RequirementSet[] = activeSets(plan, config);
  let notMet = 0;
  const out = sets.map((set) => ({
    id: set.id,
    name: set.name,
    kind: set.kind,
    lines: set.requirements.map((r): AuditLine => {
      const rule = RULES.find((x) => x.id === r.rule);
      const checked = rule !== undefined && effectiveSetting(rule, plan, config, sets) !== 'off';
      const found = diagnostics
        .filter((d) => d.rule === r.rule)
        .map((d) => ({ line: d.range.start.line + 1, message: d.message }));
      const state: AuditState = !checked ? 'not checked' : found.length ? 'not met' : 'met';
      if (state === 'not met') notMet++;
      return {
        what: r.what,
        rule: r.rule,
        source: r.source,
        says: r.says,
        state,
        findings: state === 'not met' ? found : [],
      };
    }),
  }));
  const lines = signOffLines(plan);
  const first = lines
    .filter((l) => l.role === 'clinician' && l.date)
    .map((l) => l.date!)
    .sort()[0];
  const readiness = readinessOf(diagnostics);
  return {
    sets: out,
    notMet,
    signOff: lines,
    ...(plan.meta.created ? { created: plan.meta.created.value } : {}),
    ...(first ? { firstClinicianSignature: first } : {}),
    ready: readiness.ready,
    ...(readiness.ready ? {} : { notReadyBecause: blockingSummary(readiness) }),
  };
}

/** A sign-off line in words: "clinician S. Osei, LMFT: signature recorded (electronic, 2026-08-24); in force to 2026-11-22, superseded". */
export function signOffWords(l: SignOffLine): string {
  const who = [l.name, l.credentials].filter(Boolean).join(', ');
  const witness = l.witness ? `, witness ${l.witness}` : '';
  const when =
    l.state === 'superseded'
      ? `in force ${l.date ?? '?'} to ${l.until ?? '?'}, then superseded`
      : `in force since ${l.date ?? 'an unrecorded date'}`;
  const covers =
    l.covers === 'reads as signed'
      ? '; the plan reads as it did when it was recorded'
      : l.covers === 'changed since'
        ? `; the plan changed since (${partWords(l.changed ?? [])}): sign again`
        : l.covers === 'older digest'
          ? '; recorded with an older digest: sign again'
          : l.covers === 'no digest'
            ? '; it records no digest of the plan'
            : '';
  return `${l.role}${who ? ` ${who}` : ''}: ${l.recorded.replace(/\)$/, `${witness})`)}; ${when}${covers}`;
}
