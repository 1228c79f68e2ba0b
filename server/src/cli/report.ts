// The CLI's output formats: stylish for people, JSON (section 9) and SARIF
// 2.1.0 for machines. Lines and columns are 1-based here, as people count.

import { createColors } from 'picocolors';
import type { Diagnostic, DiagnosticSeverity } from '../lint/diagnostic';
import { ruleDocUrl } from '../rules/docs';
import type { Rule } from '../rules/types';

export interface FileResult {
  file: string;
  diagnostics: Diagnostic[];
}

export function toJson(results: readonly FileResult[]): string {
  return JSON.stringify(
    results.map((r) => ({
      file: r.file,
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

const SARIF_LEVEL: Record<DiagnosticSeverity, string> = {
  error: 'error',
  warning: 'warning',
  information: 'note',
  hint: 'note',
};

export function toSarif(results: readonly FileResult[], rules: readonly Rule[], version: string): string {
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const sarif = {
    version: '2.1.0',
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    runs: [
      {
        tool: {
          driver: {
            name: 'tplan',
            fullName: 'Treatment Plan Markdown (tplan)',
            version,
            semanticVersion: version,
            informationUri: 'https://github.com/treatment-plan-markdown/treatment-plan-markdown',
            rules: rules.map((r) => ({
              id: r.id,
              name: r.id.replace(/(^|-)([a-z])/g, (_, _d: string, c: string) => c.toUpperCase()),
              shortDescription: { text: r.description },
              helpUri: ruleDocUrl(r.id),
              defaultConfiguration: { level: SARIF_LEVEL[r.defaultSeverity] },
              properties: { appliesWhen: r.appliesWhen ?? 'always' },
            })),
          },
        },
        results: results.flatMap((r) =>
          r.diagnostics.map((d) => ({
            ruleId: d.rule,
            ...(index.has(d.rule) ? { ruleIndex: index.get(d.rule) } : {}),
            level: SARIF_LEVEL[d.severity],
            message: { text: d.message },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { uri: encodeURI(r.file) },
                  region: {
                    startLine: d.range.start.line + 1,
                    startColumn: d.range.start.character + 1,
                    endLine: d.range.end.line + 1,
                    endColumn: d.range.end.character + 1,
                  },
                },
              },
            ],
          })),
        ),
      },
    ],
  };
  return JSON.stringify(sarif, null, 2);
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
 * Text made safe for a terminal: control characters (an escape sequence can
 * clear the screen, set the window title or worse) shown as `\xHH`.
 */
export function visible(text: string): string {
  return text.replace(
    /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g,
    (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`,
  );
}

export function toStylish(results: readonly FileResult[], color: boolean): string {
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
  return lines.join('\n');
}
