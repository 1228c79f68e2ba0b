// Plans several suites share.

/** A plan held to CARF's set with every part it asks for but the signatures. */
export const CARF_PLAN = `---
client: J.D.
clinician: A. Rivera, LPC
created: 2026-11-02
requirements: [carf]
shared-with-client: 2026-11-09
services:
  - modality: individual psychotherapy
    frequency: weekly
---

## Strengths

- Keeps a journal; a supportive sister; prefers morning sessions.

## Problem: Depression

### Goal: Return to work

> "I want to get back to my job without dreading every morning."

#### Steps

- [ ] Work 3 days a week

#### Methods

- Behavioral activation

## Discharge criteria

- Working 3 days a week for a month, as agreed with the client.
`;

/** The same plan without its discharge criteria. */
export const CARF_PLAN_NO_DISCHARGE = CARF_PLAN.slice(0, CARF_PLAN.indexOf('\n## Discharge criteria'));

/** A workspace module (YAML), for a practice's own library: the problem "Night waking". */
export const MODULE = [
  'id: sleep-local',
  'name: Night waking',
  'aliases: [waking at night]',
  'summary: A practice module for waking at night.',
  'diagnoses: [G47.00]',
  'definitions: [Wakes two or more times a night]',
  'goals: [Sleep through the night]',
  'steps: [Keep a sleep diary for 14 nights, by YYYY-MM-DD]',
  'methods: [Stimulus control]',
  '',
].join('\n');
