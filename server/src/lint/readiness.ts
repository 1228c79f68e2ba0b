// Is the plan ready to share? No error, and no placeholder, identifier or
// signature that no longer covers the plan, at warning or error severity (a
// practice that lowers `phi` to information has decided those are not
// blockers). One answer for `tplan lint`, the export gate, the HTML banner,
// the preview, the audit, the report, the Plans view and the status bar.

import type { Diagnostic } from '../base/diagnostic';

/** Rules whose warnings also keep a plan from being ready: template text, identifiers, a stale signature. */
export const READINESS_RULES: readonly string[] = ['placeholder', 'phi', 'signature-stale'];

export interface Readiness {
  readonly ready: boolean;
  readonly errors: number;
  readonly warnings: number;
  /** What keeps the plan from being ready: its errors and its placeholder, identifier or signature warnings, in order. */
  readonly blocking: readonly Diagnostic[];
  /** A signature in force no longer covers the plan (signature-stale, at warning or above). */
  readonly signatureStale: boolean;
}

export function readinessOf(diagnostics: readonly Diagnostic[]): Readiness {
  const blocking = diagnostics.filter(
    (d) => d.severity === 'error' || (d.severity === 'warning' && READINESS_RULES.includes(d.rule)),
  );
  return {
    ready: blocking.length === 0,
    errors: diagnostics.filter((d) => d.severity === 'error').length,
    warnings: diagnostics.filter((d) => d.severity === 'warning').length,
    blocking,
    signatureStale: blocking.some((d) => d.rule === 'signature-stale'),
  };
}

/**
 * The blocking findings as rule ids and lines, never their messages (a
 * message may quote the plan): "goal-has-methods on line 9; placeholder on lines 3 and 12".
 */
export function blockingSummary(readiness: Readiness): string {
  const lines = new Map<string, number[]>();
  for (const d of readiness.blocking) {
    const list = lines.get(d.rule) ?? [];
    if (!list.includes(d.range.start.line + 1)) list.push(d.range.start.line + 1);
    lines.set(d.rule, list);
  }
  const list = (at: number[]) =>
    at.length === 1 ? `${at[0]}` : `${at.slice(0, -1).join(', ')} and ${at[at.length - 1]}`;
  return [...lines].map(([rule, at]) => `${rule} on line${at.length === 1 ? '' : 's'} ${list(at)}`).join('; ');
}

/** "3 problems": the count a banner or a question gives. */
export function problemCount(n: number): string {
  return `${n} problem${n === 1 ? '' : 's'}`;
}

/** "2 errors": how many of the findings are errors. */
export function errorCount(n: number): string {
  return `${n} error${n === 1 ? '' : 's'}`;
}
