// Applying fixes to a text: the same fixes the editor offers as quick fixes.
// Overlapping fixes are left for a later pass, so no edit lands on text
// another edit has moved.

import { LineIndex } from '../plan/lines';
import type { Diagnostic, Fix } from '../base/diagnostic';

export function applyFixes(text: string, fixes: readonly Fix[]): { text: string; applied: number } {
  const lines = new LineIndex(text);
  const resolved = fixes.map((fix) => ({
    fix,
    edits: fix.edits
      .map((e) => ({ start: lines.offset(e.range.start), end: lines.offset(e.range.end), newText: e.newText }))
      .sort((a, b) => a.start - b.start),
  }));
  const taken: Array<[number, number]> = [];
  const chosen: Array<{ start: number; end: number; newText: string }> = [];
  let applied = 0;
  for (const r of resolved) {
    // A fix that would change nothing is no fix (it would be offered, and counted, forever).
    if (r.edits.every((e) => text.slice(e.start, e.end) === e.newText)) continue;
    // Edits that overlap or even touch wait for the next pass: conservative, and always right.
    const clash = r.edits.some((e) => taken.some(([s, t]) => e.start <= t && s <= e.end));
    if (clash) continue;
    for (const e of r.edits) {
      taken.push([e.start, e.end]);
      chosen.push(e);
    }
    applied++;
  }
  chosen.sort((a, b) => b.start - a.start);
  let out = text;
  for (const e of chosen) out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  return { text: out, applied };
}

/**
 * Fixes a text until no fix is left (at most `passes` rounds): each round
 * re-parses and re-lints, because one fix can move what the next one edits.
 * Manual fixes (the clinician's choice) are left out unless `manual` asks
 * for them: the rule fixtures use it to show what each quick fix writes.
 */
export function fixText(
  text: string,
  relint: (text: string) => Diagnostic[],
  passes = 10,
  manual = false,
): { text: string; fixed: number } {
  let fixed = 0;
  let current = text;
  for (let i = 0; i < passes; i++) {
    const fixes = relint(current).flatMap((d) => (d.fix && (manual || !d.fix.manual) ? [d.fix] : []));
    if (fixes.length === 0) break;
    const result = applyFixes(current, fixes);
    if (result.applied === 0) break;
    current = result.text;
    fixed += result.applied;
  }
  return { text: current, fixed };
}
