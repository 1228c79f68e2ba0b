// What a plan's first check builds once per process, built ahead of it: the
// workspace's config and library, the tables the rules make on first use (the
// code table, the name patterns), and the risk reader's screen. The language
// server takes these steps one per timer turn once initialize is answered,
// while it would otherwise wait for the editor, and stops when the editor
// says `initialized` (its plans come right after) or opens a document: from
// then on a check builds what it needs. A step under way is not stopped, so
// none may be long: not the risk reader's context patterns, which only a plan
// that mentions risk needs (about 85 ms of a 2-core machine at rest, and
// three times that in a fresh VS Code window, where `initialized` and the
// plan waited behind it). The plans below are never shown or kept.

import { lint } from '../lint/lint';
import { parsePlan } from '../plan/parsePlan';
import type { PlanService } from './service';

const PLAN = `---
client: A.B.
clinician: C. Dee, LPC
created: 2026-01-05
review: 2026-04-05
style: formal
payer: insurance
severity: moderate
risk: low
diagnoses:
  - code: F32.1
    name: Major depressive disorder, single episode, moderate
    basis: PHQ-9 of 16 at intake.
services:
  - modality: individual psychotherapy
    frequency: weekly
    duration: 50 min
---

# Treatment plan

## Problem: Depression

Low mood most days, withdrawal from friends. Signed by: Ann Baker

### Goal: Return to full-time work

#### Steps

- [ ] Score below 10 on the PHQ-9 at two sessions in a row, by 2026-03-01

#### Methods

- Behavioral activation, weekly
`;

/** The steps, in order: each does what a first check would, and returns nothing. */
export function warmSteps(service: PlanService): Array<() => void> {
  const uri = service.workspaceUri();
  const lintOf = (text: string) => () => {
    const { config, library } = service.resolutionFor(uri);
    lint(parsePlan(text), { today: service.today(), config, library, fileName: 'warm.plan.md' });
  };
  return [() => service.resolutionFor(uri), lintOf(PLAN)];
}
