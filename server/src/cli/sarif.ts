// `--format sarif`: SARIF 2.1.0 as GitHub code scanning reads it. Each rule is
// described and helped (its page's facts), each result carries a fingerprint
// that does not move with line numbers, and each location a percent-encoded
// URI relative to the repository root (`%SRCROOT%`). A run that could not
// check anything still prints a valid log that says why.

import { createHash } from 'node:crypto';
import { nodeHost } from '../node/nodeHost';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { DiagnosticSeverity } from '../base/diagnostic';
import { ruleDocUrl } from '../lint/ruleDocs';
import type { Rule } from '../rules/types';
import type { FileResult } from './report';

const LEVEL: Record<DiagnosticSeverity, string> = {
  error: 'error',
  warning: 'warning',
  information: 'note',
  hint: 'note',
};
const FINGERPRINT = 'tplanFindingHash/v1';

export interface SarifOptions {
  version: string;
  /** The folder URIs are relative to: `--sarif-root`, else the repository root, else the working folder. */
  root: string;
  /** Why the run could not check everything (a broken config): the log says so. */
  notifications?: readonly string[];
}

/** The root of the git repository holding `dir` (a `.git` folder or file above it), or undefined. */
export function repositoryRoot(dir: string): string | undefined {
  for (let d = path.resolve(dir); ; d = path.dirname(d)) {
    // Through nodeHost: a recorded lint run notes what it looked for (record.ts).
    const git = nodeHost.kind(path.join(d, '.git'));
    if (git === 'directory' || git === 'file') return d;
    if (path.dirname(d) === d) return undefined;
  }
}

/** A relative path as a URI reference: each segment percent-encoded (`#` is not a fragment here). */
function uriOf(relative: string): string {
  return relative.split(path.sep).map(encodeURIComponent).join('/');
}

function ruleDescriptor(r: Rule): Record<string, unknown> {
  const applies = r.appliesWhen ? `Applies when ${r.appliesWhen}.` : 'Applies to every plan.';
  const fix = r.fixable ? `tplan lint --fix ${r.fixDescription ?? 'fixes it'}.` : 'No automatic fix.';
  const url = ruleDocUrl(r.id);
  return {
    id: r.id,
    name: r.id.replace(/(^|-)([a-z])/g, (_, _d: string, c: string) => c.toUpperCase()),
    shortDescription: { text: r.description },
    fullDescription: { text: `${r.description} ${applies}` },
    help: {
      text: `${r.description} ${applies} ${fix} See ${url}`,
      markdown: `**${r.id}** (default: ${r.defaultSeverity}): ${r.description}\n\n${applies} ${fix}\n\n[Rule documentation](${url})`,
    },
    helpUri: url,
    defaultConfiguration: { level: LEVEL[r.defaultSeverity] },
    properties: { appliesWhen: r.appliesWhen ?? 'always' },
  };
}

export function toSarif(results: readonly FileResult[], rules: readonly Rule[], options: SarifOptions): string {
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const root = path.resolve(options.root);
  const sarifResults = results.flatMap((r) => {
    const uri = uriOf(path.relative(root, r.path));
    // The same finding twice in a file (two goals with one text) is told apart by its turn.
    const seen = new Map<string, number>();
    return r.diagnostics.map((d) => {
      const key = `${d.rule}\u0000${d.messageId}\u0000${d.message}`;
      const nth = seen.get(key) ?? 0;
      seen.set(key, nth + 1);
      const hash = createHash('sha256').update(`${uri}\u0000${key}\u0000${nth}`).digest('hex').slice(0, 32);
      return {
        ruleId: d.rule,
        ...(index.has(d.rule) ? { ruleIndex: index.get(d.rule) } : {}),
        level: LEVEL[d.severity],
        message: { text: d.message },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri, uriBaseId: '%SRCROOT%' },
              region: {
                startLine: d.range.start.line + 1,
                startColumn: d.range.start.character + 1,
                endLine: d.range.end.line + 1,
                endColumn: d.range.end.character + 1,
              },
            },
          },
        ],
        partialFingerprints: { [FINGERPRINT]: hash },
      };
    });
  });
  const notifications = options.notifications ?? [];
  const log = {
    version: '2.1.0',
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    runs: [
      {
        tool: {
          driver: {
            name: 'tplan',
            fullName: 'Treatment Plan Markdown (tplan)',
            version: options.version,
            semanticVersion: options.version,
            informationUri: 'https://github.com/treatment-plan-markdown/treatment-plan-markdown',
            rules: rules.map(ruleDescriptor),
          },
        },
        // Columns are JavaScript string offsets: UTF-16 code units (§3.14.27 asks for the kind when there are results).
        columnKind: 'utf16CodeUnits',
        originalUriBaseIds: { '%SRCROOT%': { uri: `${pathToFileURL(root).href.replace(/\/?$/, '/')}` } },
        invocations: [
          {
            executionSuccessful: notifications.length === 0,
            ...(notifications.length
              ? { toolExecutionNotifications: notifications.map((text) => ({ level: 'error', message: { text } })) }
              : {}),
          },
        ],
        results: sarifResults,
      },
    ],
  };
  return JSON.stringify(log, null, 2);
}
