// The CLI's output formats: stylish for people and JSON (section 9) for
// machines (SARIF: sarif.ts). Lines and columns are 1-based here, as people count.

import { createColors } from 'picocolors';
import type { Diagnostic, DiagnosticSeverity } from '../base/diagnostic';
import { visible } from './terminal';

export interface FileResult {
  /** As the user named it (stylish and JSON output). */
  file: string;
  /** Absolute (SARIF's repository-relative URIs). */
  path: string;
  diagnostics: Diagnostic[];
  /** No error, and no placeholder or identifier left (lint/readiness.ts). */
  ready: boolean;
}

export function toJson(results: readonly FileResult[]): string {
  return JSON.stringify(
    results.map((r) => ({
      file: r.file,
      ready: r.ready,
      diagnostics: r.diagnostics.map((d) => ({
        rule: d.rule,
        severity: d.severity,
        message: d.message,
        line: d.range.start.line + 1,
        column: d.range.start.character + 1,
        endLine: d.range.end.line + 1,
        endColumn: d.range.end.character + 1,
      })),
    })),
    null,
    2,
  );
}

export interface Counts {
  error: number;
  warning: number;
  information: number;
  hint: number;
}

export function count(results: readonly FileResult[]): Counts {
  const c: Counts = { error: 0, warning: 0, information: 0, hint: 0 };
  for (const r of results) for (const d of r.diagnostics) c[d.severity]++;
  return c;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 || word === 'information' ? '' : 's'}`;
}

/**
 * Stylish output. `libraryBroken`: some module file did not load, so no plan
 * is called ready to share (what it would have said is unknown).
 */
export function toStylish(results: readonly FileResult[], color: boolean, libraryBroken = false): string {
  const c = createColors(color);
  const paint: Record<DiagnosticSeverity, (s: string) => string> = {
    error: c.red,
    warning: c.yellow,
    information: c.blue,
    hint: c.gray,
  };
  const rows = results.flatMap((r) =>
    r.diagnostics.map((d) => ({
      loc: `${visible(r.file)}:${d.range.start.line + 1}:${d.range.start.character + 1}`,
      d,
    })),
  );
  const locWidth = Math.max(0, ...rows.map((r) => r.loc.length));
  const sevWidth = Math.max(0, ...rows.map((r) => r.d.severity.length));
  const lines = rows.map(
    ({ loc, d }) =>
      `${loc.padEnd(locWidth)}  ${paint[d.severity](d.severity.padEnd(sevWidth))}  ${visible(d.message)}  ${c.dim(d.rule)}`,
  );
  const n = count(results);
  const total = n.error + n.warning + n.information + n.hint;
  if (total === 0) {
    lines.push(c.green(`✔ ${plural(results.length, 'plan')} checked: no problems`));
  } else {
    const parts = [plural(n.error, 'error'), plural(n.warning, 'warning')];
    if (n.information) parts.push(plural(n.information, 'information'));
    if (n.hint) parts.push(plural(n.hint, 'hint'));
    if (lines.length) lines.push('');
    lines.push((n.error ? c.red : c.yellow)(`✖ ${plural(total, 'problem')} (${parts.join(', ')})`));
  }
  // The last word: "ready to share" only when every plan is (lint/readiness.ts).
  const waiting = results.filter((r) => !r.ready);
  if (libraryBroken) {
    lines.push(c.red('A module file did not load (see above): no plan is called ready to share until it does.'));
    return lines.join('\n');
  }
  lines.push(
    readinessLine(
      results.length,
      waiting.map((r) => visible(r.file)),
      c,
    ),
  );
  return lines.join('\n');
}

/**
 * The stylish output's last line. It ends with "ready to share" only when
 * every plan is; otherwise it names the plans that need work (never with
 * those words, so a script can test for them).
 */
function readinessLine(total: number, waiting: readonly string[], c: ReturnType<typeof createColors>): string {
  if (waiting.length === 0)
    return c.green(total === 1 ? 'The plan is ready to share.' : `All ${total} plans are ready to share.`);
  const shown = waiting.slice(0, 5).join(', ') + (waiting.length > 5 ? `, and ${waiting.length - 5} more` : '');
  const one = waiting.length === 1;
  const who = total === 1 ? 'The plan needs' : `${waiting.length} of ${total} plans ${one ? 'needs' : 'need'}`;
  return c.red(`${who} work before ${one ? 'it is' : 'they are'} shared: ${shown}.`);
}
