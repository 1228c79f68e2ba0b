// toJson: the Plan model as stable JSON (schemas/plan.schema.json): the values
// without their ranges, in the words of the format. Version 2 added the parts
// of format v2 (course end, requirement sets, signatures, diagnoses' problems,
// revisions' progress, goals' client words) and the module a problem matches;
// version 3 the rows of the `## Measures` tables.

import type { Library } from '../library/library';
import { readings } from '../measures/scores';
import type { Plan } from '../plan/model';

type Json = Record<string, unknown>;

export const PLAN_JSON_VERSION = 3;

/** The library, when given, names the module each problem matches (as the editor and lint match it). */
export function toJson(plan: Plan, library?: Library): Json {
  const m = plan.meta;
  const v = <T>(x: { value: T } | undefined) => x?.value;
  return {
    version: PLAN_JSON_VERSION,
    type: 'treatment-plan',
    client: v(m.client) ?? null,
    clinician: v(m.clinician) ?? null,
    created: v(m.created) ?? null,
    updated: v(m.updated) ?? null,
    review: v(m.review) ?? null,
    expectedEnd: v(m['expected-end']) ?? null,
    status: v(m.status) ?? 'draft',
    style: v(m.style) ?? 'informal',
    severity: v(m.severity) ?? null,
    risk: v(m.risk) ?? null,
    payer: v(m.payer) ?? null,
    requirements: (m.requirements?.value ?? []).map((r) => r.value),
    diagnoses: (m.diagnoses?.value ?? []).map((d) => ({
      code: v(d.code) ?? null,
      name: v(d.name) ?? null,
      basis: v(d.basis) ?? null,
      reviewed: v(d.reviewed) ?? null,
      problems: (d.problems?.value ?? []).map((p) => p.value),
    })),
    services: (m.services?.value ?? []).map((s) => ({
      modality: v(s.modality) ?? null,
      frequency: v(s.frequency) ?? null,
      duration: v(s.duration) ?? null,
    })),
    revisions: (m.revisions?.value ?? []).map((r) => ({
      date: v(r.date) ?? null,
      summary: v(r.summary) ?? null,
      progress: v(r.progress) ?? null,
    })),
    sharedWithClient: v(m['shared-with-client']) ?? null,
    riskScreen: (m['risk-screen']?.value ?? []).map((r) => ({
      tool: v(r.tool) ?? null,
      date: v(r.date) ?? null,
      result: v(r.result) ?? null,
    })),
    signatures: (m.signatures?.value ?? []).map((g) => ({
      role: v(g.role) ?? null,
      name: v(g.name) ?? null,
      credentials: v(g.credentials) ?? null,
      method: v(g.method) ?? null,
      witness: v(g.witness) ?? null,
      date: v(g.date) ?? null,
      hash: v(g.hash) ?? null,
    })),
    title: plan.title?.text ?? null,
    problems: outline(plan, library),
    safetyPlan: plan.safetyPlan
      ? { line: plan.safetyPlan.heading.range.start.line + 1, hasContent: plan.safetyPlan.hasContent }
      : null,
    sections: plan.sections.map((s) => ({ title: s.heading.text, line: s.heading.range.start.line + 1 })),
    measures: measureRows(plan),
  };
}

/** The problems, each with its goals, steps and methods, and where they stand (1-based lines). */
function outline(plan: Plan, library: Library | undefined): Json[] {
  return plan.problems.map((p) => ({
    name: p.name,
    module: (library ? library.moduleFor(p)?.id : p.moduleHint) ?? null,
    line: p.heading.range.start.line + 1,
    goals: p.goals.map((g) => ({
      text: g.text,
      clientWords: g.clientWords?.value ?? null,
      line: g.heading.range.start.line + 1,
      steps: (g.steps?.items ?? []).map((s) => ({
        text: s.text,
        met: s.met,
        target: s.target?.value ?? null,
        line: s.range.start.line + 1,
      })),
      methods: (g.methods?.items ?? []).map((x) => ({ text: x.text, line: x.range.start.line + 1 })),
    })),
  }));
}

/** The cells of the Measures tables as written, with what was read of them: the instrument's id, the date and the score when valid. */
function measureRows(plan: Plan): Json[] {
  return readings(plan).map((r) => ({
    date: r.row.date?.text ?? '',
    measure: r.row.measure?.text ?? '',
    score: r.row.score?.text ?? '',
    note: r.row.note?.text || null,
    instrument: r.measure?.id ?? null,
    day: r.date ?? null,
    value: r.value ?? null,
    line: r.row.range.start.line + 1,
  }));
}
