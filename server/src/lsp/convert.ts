// Core values as LSP values: severities, symbol and completion kinds,
// diagnostics with links to the rule pages, symbols, code actions.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  CompletionItemKind,
  DiagnosticSeverity,
  InsertTextFormat,
  SymbolKind,
  type CodeAction,
  type CompletionItem,
  type Diagnostic as LspDiagnostic,
  type DocumentSymbol,
} from 'vscode-languageserver/node';
import type { CompletionKind, Completion } from '../features/completion';
import type { PlanSymbol } from '../features/outline';
import type { Diagnostic, DiagnosticSeverity as Severity } from '../base/diagnostic';
import { RULE_IDS } from '../rules';
import { ruleDocUrl } from '../lint/ruleDocs';
import type { PlanCodeAction } from '../service/actions';
import type { FileError, FileErrorSource } from '../service/types';
import { memoize, weakMemo } from '../base/memo';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

const COMPLETION_KIND: Record<CompletionKind, CompletionItemKind> = {
  module: CompletionItemKind.Module,
  step: CompletionItemKind.Event,
  method: CompletionItemKind.Method,
  key: CompletionItemKind.Property,
  value: CompletionItemKind.EnumMember,
  code: CompletionItemKind.Reference,
  measure: CompletionItemKind.Value,
  date: CompletionItemKind.Constant,
};

const SYMBOL_KIND: Record<PlanSymbol['kind'], SymbolKind> = {
  frontmatter: SymbolKind.Object,
  title: SymbolKind.File,
  problem: SymbolKind.Namespace,
  goal: SymbolKind.Class,
  steps: SymbolKind.Array,
  methods: SymbolKind.Array,
  'safety-plan': SymbolKind.Key,
  section: SymbolKind.Module,
};

// The rule pages ship with the extension: dist/server.js → ../docs/rules.
const DOCS_DIR = path.resolve(__dirname, '..', 'docs', 'rules');

/** The rule's page: the copy shipped with the extension when there is one, so it opens offline. */
export const docsUrl = memoize((rule: string): string => {
  const local = path.join(DOCS_DIR, `${rule}.md`);
  return fs.existsSync(local) ? pathToFileURL(local).href : ruleDocUrl(rule);
}, 200);

export function toLspDiagnostic(d: Diagnostic): LspDiagnostic {
  const rule = RULE_IDS.includes(d.rule);
  return {
    range: d.range,
    severity: SEVERITY[d.severity],
    code: d.rule,
    ...(rule ? { codeDescription: { href: docsUrl(d.rule) } } : {}),
    source: 'treatment plan',
    message: d.message,
  };
}

/** A config, module or code file's errors, shown on its line. */
export function toFileDiagnostic(e: FileError, source: FileErrorSource): LspDiagnostic {
  const line = e.line - 1;
  const character = e.column - 1;
  return {
    range: { start: { line, character }, end: { line, character: character + 80 } },
    severity: DiagnosticSeverity.Error,
    source,
    message: e.message,
  };
}

export function toCompletionItem(c: Completion): CompletionItem {
  return {
    label: c.label,
    kind: COMPLETION_KIND[c.kind],
    ...(c.detail ? { detail: c.detail } : {}),
    ...(c.documentation ? { documentation: { kind: 'markdown', value: c.documentation } } : {}),
    ...(c.sortText ? { sortText: c.sortText } : {}),
    ...(c.filterText ? { filterText: c.filterText } : {}),
    insertTextFormat: c.snippet ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
    textEdit: { range: c.range, newText: c.insertText },
  };
}

/** LSP symbols by outline symbol: an unchanged problem's outline is converted once. */
export const toDocumentSymbol: (s: PlanSymbol) => DocumentSymbol = weakMemo((s: PlanSymbol): DocumentSymbol => ({
  // Leaves go without `children`: on a long plan every byte of the outline is sent on each change.
  name: s.name || ' ',
  ...(s.detail ? { detail: s.detail } : {}),
  kind: SYMBOL_KIND[s.kind],
  range: s.range,
  selectionRange: s.selectionRange,
  ...(s.children.length > 0 ? { children: s.children.map(toDocumentSymbol) } : {}),
}));

export function toCodeAction(a: PlanCodeAction, uri: string): CodeAction {
  return {
    title: a.title,
    kind: a.kind,
    ...(a.diagnostic ? { diagnostics: [toLspDiagnostic(a.diagnostic)] } : {}),
    ...(a.isPreferred ? { isPreferred: true } : {}),
    edit: { changes: { [uri]: [...a.edits] } },
  };
}
