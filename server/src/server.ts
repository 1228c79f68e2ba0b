// The language server: LSP glue over the core. It turns requests into core
// calls and core results into LSP messages; nothing clinical is decided here.
// It never logs plan text, and it answers every request whatever the input.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import picomatch from 'picomatch';
import {
  CodeAction,
  CodeActionKind,
  CompletionItemKind,
  DiagnosticSeverity,
  DocumentDiagnosticReportKind,
  InsertTextFormat,
  ProposedFeatures,
  SymbolKind,
  TextDocumentSyncKind,
  TextDocuments,
  createConnection,
  type CompletionItem,
  type Diagnostic as LspDiagnostic,
  type DocumentSymbol,
  type TextEdit as LspTextEdit,
  type WorkspaceDocumentDiagnosticReport,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { defaultConfig, findConfigFile, parseConfig, type ConfigProblem, type PlanConfig } from './config/config';
import { complete, type CompletionKind } from './features/completion';
import { addRevision, newPlanText, toggleStep } from './features/edits';
import { hover } from './features/hover';
import { documentSymbols, foldingRanges, goalLenses, type PlanSymbol } from './features/outline';
import { moduleSnippet } from './features/snippets';
import { fixText } from './fixes';
import type { Library } from './library/library';
import { libraryKey, loadLibrary } from './library/forConfig';
import type { ModuleProblem } from './library/load';
import { lint, textChecker } from './lint';
import { nodeHost } from './cli/nodeHost';
import { markdownFiles } from './cli/files';
import { isIsoDate, localDate } from './plan/dates';
import { isPlanDocument } from './plan/isPlan';
import type { Plan, Severity, Style, Payer } from './plan/model';
import { parsePlan } from './plan/parsePlan';
import { RULE_IDS } from './rules';
import type { Diagnostic, DiagnosticSeverity as Sev, RuleSetting } from './rules/types';
import { ruleDocUrl } from './cli/report';
import { renderBody, renderHtml } from './render/html';
import { toHtml } from 'hast-util-to-html';
import { toFhir } from './export/fhir';
import { toJson as planToJson } from './export/json';

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);

// ---------------------------------------------------------------- settings

interface Settings {
  rules: Record<string, RuleSetting>;
  modules: string[];
  reviewIntervalDays: Partial<Record<Severity, number>>;
  files: string[];
}

const DEFAULT_SETTINGS: Settings = { rules: {}, modules: [], reviewIntervalDays: {}, files: [] };
let settings: Settings = DEFAULT_SETTINGS;
let workspaceFolders: string[] = [];
let fixedToday: string | undefined;
let canPullConfiguration = false;
/** How long to wait after a keystroke before checking: typing bursts cost one check. */
let lintDelayMs = 150;

function today(): string {
  return fixedToday ?? localDate(new Date());
}

async function refreshSettings(): Promise<void> {
  if (!canPullConfiguration) return;
  try {
    const value = (await connection.workspace.getConfiguration('treatmentPlan')) as Partial<Settings> | null;
    settings = { ...DEFAULT_SETTINGS, ...(value ?? {}) };
  } catch {
    settings = DEFAULT_SETTINGS;
  }
}

// ---------------------------------------------------------------- config and library

interface Resolved {
  config: PlanConfig;
  library: Library;
  /** The config file's problems, when it is broken. */
  configProblems: ConfigProblem[];
}

const configCache = new Map<string, { config: PlanConfig; problems: ConfigProblem[] }>();
const libraryCache = new Map<string, Library>();
/** Diagnostics for module and config files, by file path. */
const fileProblems = new Map<string, LspDiagnostic[]>();

function fsPath(uri: string): string | undefined {
  try {
    return uri.startsWith('file:') ? fileURLToPath(uri) : undefined;
  } catch {
    return undefined;
  }
}

function settingsConfig(): PlanConfig {
  const config = defaultConfig();
  for (const [id, value] of Object.entries(settings.rules ?? {})) {
    if (RULE_IDS.includes(id) && ['error', 'warning', 'information', 'hint', 'off'].includes(value))
      config.rules[id] = value;
  }
  const base = workspaceFolders[0] ?? process.cwd();
  config.modules = (settings.modules ?? []).filter((m) => typeof m === 'string').map((m) => path.resolve(base, m));
  for (const sev of ['mild', 'moderate', 'severe'] as const) {
    const days = settings.reviewIntervalDays?.[sev];
    if (typeof days === 'number' && Number.isInteger(days) && days > 0) config.reviewIntervalDays[sev] = days;
  }
  return config;
}

function publishFileProblems(
  file: string,
  problems: Array<{ line: number; column: number; message: string }>,
  source: string,
): void {
  const diagnostics = problems.map((p) => ({
    range: {
      start: { line: p.line - 1, character: p.column - 1 },
      end: { line: p.line - 1, character: p.column - 1 + 80 },
    },
    severity: DiagnosticSeverity.Error,
    source,
    message: p.message,
  }));
  const previous = fileProblems.get(file);
  if (diagnostics.length === 0 && !previous?.length) return;
  fileProblems.set(file, diagnostics);
  void connection.sendDiagnostics({ uri: pathToFileURL(file).href, diagnostics });
}

/** The config file found for each folder (null: none), until a file changes. */
const configFileByDir = new Map<string, string | null>();

function resolveFor(uri: string): Resolved {
  const file = fsPath(uri);
  const dir = file ? path.dirname(file) : undefined;
  let configFile: string | undefined;
  if (dir) {
    let found = configFileByDir.get(dir);
    if (found === undefined) configFileByDir.set(dir, (found = findConfigFile(dir, nodeHost) ?? null));
    configFile = found ?? undefined;
  }
  let config: PlanConfig;
  let configProblems: ConfigProblem[] = [];
  if (configFile) {
    let cached = configCache.get(configFile);
    if (!cached) {
      cached = parseConfig(nodeHost.readFile(configFile) ?? '', configFile, RULE_IDS);
      configCache.set(configFile, cached);
      publishFileProblems(configFile, cached.problems, 'treatment plan config');
    }
    config = cached.config;
    configProblems = cached.problems;
  } else {
    config = settingsConfig();
  }
  const key = libraryKey(config);
  let library = libraryCache.get(key);
  if (!library) {
    const loaded = loadLibrary(nodeHost, config);
    const byFile = new Map<string, ModuleProblem[]>();
    for (const p of loaded.moduleProblems) byFile.set(p.file, [...(byFile.get(p.file) ?? []), p]);
    for (const [f, list] of byFile) if (/\.ya?ml$/i.test(f)) publishFileProblems(f, list, 'treatment plan module');
    // A broken code file is shown on that file; the built-in table is used meanwhile.
    if (config.icd10cm) publishFileProblems(config.icd10cm, loaded.codeProblems, 'treatment plan code file');
    library = loaded.library;
    libraryCache.set(key, library);
  }
  return { config, library, configProblems };
}

// ---------------------------------------------------------------- plans and diagnostics

interface State {
  version: number;
  plan: Plan;
  resolved: Resolved;
  /** Linted on first use: symbols and folding need only the plan. */
  diagnostics?: Diagnostic[];
}

/**
 * Parsed plans of the most recently used documents. A plan is cheap to build
 * again from the chunk cache, so documents not touched lately keep none: 200
 * open plans must not hold 200 models.
 */
const states = new Map<string, State>();
const MAX_STATES = 24;
/** How to cancel the check scheduled for each document. */
const pendingChecks = new Map<string, () => void>();

function isPlan(doc: TextDocument): boolean {
  const file = fsPath(doc.uri) ?? doc.uri;
  if (
    settings.files.length > 0 &&
    picomatch.isMatch(file.split(path.sep).join('/'), settings.files, { dot: true, basename: false, contains: true })
  )
    return true;
  return isPlanDocument(decodeURIComponent(doc.uri), doc.getText());
}

/** The plan for the document's current version: parsed once per version. */
function stateOf(doc: TextDocument): State | undefined {
  const cached = states.get(doc.uri);
  if (cached && cached.version === doc.version) {
    states.delete(doc.uri);
    states.set(doc.uri, cached);
    return cached;
  }
  if (!isPlan(doc)) return undefined;
  // The plan of the version before, when kept, spares the sections that did not change.
  const state: State = {
    version: doc.version,
    plan: parsePlan(doc.getText(), cached ? { previous: cached.plan } : {}),
    resolved: resolveFor(doc.uri),
  };
  states.delete(doc.uri);
  states.set(doc.uri, state);
  if (states.size > MAX_STATES) states.delete(states.keys().next().value as string);
  return state;
}

function diagnosticsOf(doc: TextDocument, state: State): Diagnostic[] {
  state.diagnostics ??= lint(state.plan, {
    today: today(),
    config: state.resolved.config,
    library: state.resolved.library,
    fileName: fsPath(doc.uri) ?? doc.uri,
  });
  return state.diagnostics;
}

const SEVERITY: Record<Sev, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

const DOCS_DIR = path.resolve(__dirname, '..', 'docs', 'rules');

/** The rule's page: the copy shipped with the extension when there is one, so it opens offline. */
const docsUrls = new Map<string, string>();

function docsUrl(rule: string): string {
  let url = docsUrls.get(rule);
  if (!url) {
    const local = path.join(DOCS_DIR, `${rule}.md`);
    url = fs.existsSync(local) ? pathToFileURL(local).href : ruleDocUrl(rule);
    docsUrls.set(rule, url);
  }
  return url;
}

function toLsp(d: Diagnostic): LspDiagnostic {
  return {
    range: d.range,
    severity: SEVERITY[d.severity],
    code: d.rule,
    codeDescription: { href: docsUrl(d.rule) },
    source: 'treatment plan',
    message: d.message,
  };
}

function lspDiagnostics(doc: TextDocument, state: State): LspDiagnostic[] {
  const out = diagnosticsOf(doc, state).map(toLsp);
  if (state.resolved.configProblems.length > 0) {
    const p = state.resolved.configProblems[0]!;
    out.unshift({
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 3 } },
      severity: DiagnosticSeverity.Error,
      source: 'treatment plan',
      code: 'config',
      message: `The config file ${path.basename(p.file)} has ${state.resolved.configProblems.length === 1 ? 'an error' : `${state.resolved.configProblems.length} errors`} (line ${p.line}: ${p.message}); the default settings are used until it is fixed.`,
    });
  }
  return out;
}

function publish(doc: TextDocument): void {
  try {
    const state = stateOf(doc);
    void connection.sendDiagnostics({
      uri: doc.uri,
      version: doc.version,
      diagnostics: state ? lspDiagnostics(doc, state) : [],
    });
  } catch (e) {
    // Only the kind of failure: never plan text.
    connection.console.error(`treatment plan: could not check a document (${(e as Error).name})`);
  }
}

/** Forgets a check scheduled for the document, if any. */
function cancelCheck(uri: string): void {
  pendingChecks.get(uri)?.();
  pendingChecks.delete(uri);
}

function schedule(doc: TextDocument, delay = lintDelayMs): void {
  cancelCheck(doc.uri);
  const run = () => {
    pendingChecks.delete(doc.uri);
    // The document may have changed or closed meanwhile: check what is current.
    const current = documents.get(doc.uri);
    if (current) publish(current);
  };
  // Without a delay (a document just opened) the check runs once the pending
  // messages are read, not after Node's 1 ms minimum timer.
  if (delay === 0) {
    const handle = setImmediate(run);
    pendingChecks.set(doc.uri, () => clearImmediate(handle));
  } else {
    const handle = setTimeout(run, delay);
    pendingChecks.set(doc.uri, () => clearTimeout(handle));
  }
}

function relintAll(): void {
  states.clear();
  for (const doc of documents.all()) schedule(doc, 0);
}

documents.onDidOpen((e) => schedule(e.document, 0));
documents.onDidChangeContent((e) => schedule(e.document));
documents.onDidClose((e) => {
  states.delete(e.document.uri);
  cancelCheck(e.document.uri);
  void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
});

connection.onDidChangeConfiguration(async () => {
  await refreshSettings();
  libraryCache.clear();
  relintAll();
});

connection.onDidChangeWatchedFiles((e) => {
  // A config or module file changed: forget what was read from disk.
  if (e.changes.some((c) => /\.(ya?ml|txt)$/i.test(c.uri))) {
    configCache.clear();
    configFileByDir.clear();
    libraryCache.clear();
    relintAll();
  }
});

// ---------------------------------------------------------------- workspace diagnostics (pull)

connection.languages.diagnostics.on(() => ({ kind: DocumentDiagnosticReportKind.Full, items: [] }));

connection.languages.diagnostics.onWorkspace(() => {
  const items: WorkspaceDocumentDiagnosticReport[] = [];
  for (const folder of workspaceFolders) {
    for (const rel of markdownFiles(folder, () => {})) {
      const file = path.join(folder, rel);
      const uri = pathToFileURL(file).href;
      if (documents.get(uri)) continue; // open plans get pushed diagnostics
      const text = nodeHost.readFile(file);
      if (text === undefined || !isPlanDocument(file, text)) continue;
      const resolved = resolveFor(uri);
      const diagnostics = lint(parsePlan(text), {
        today: today(),
        config: resolved.config,
        library: resolved.library,
        fileName: file,
      });
      items.push({ kind: DocumentDiagnosticReportKind.Full, uri, version: null, items: diagnostics.map(toLsp) });
    }
  }
  return { items };
});

// ---------------------------------------------------------------- completion, hover, outline

const COMPLETION_KIND: Record<CompletionKind, CompletionItemKind> = {
  module: CompletionItemKind.Module,
  step: CompletionItemKind.Event,
  method: CompletionItemKind.Method,
  key: CompletionItemKind.Property,
  value: CompletionItemKind.EnumMember,
  code: CompletionItemKind.Reference,
  date: CompletionItemKind.Constant,
};

connection.onCompletion((params): CompletionItem[] => {
  const doc = documents.get(params.textDocument.uri);
  if (!doc) return [];
  const state = stateOf(doc);
  if (!state) return [];
  const line = doc
    .getText({
      start: { line: params.position.line, character: 0 },
      end: { line: params.position.line + 1, character: 0 },
    })
    .replace(/\r?\n$/, '');
  return complete({
    plan: state.plan,
    position: params.position,
    line,
    library: state.resolved.library,
    today: today(),
    config: state.resolved.config,
  }).map((c) => ({
    label: c.label,
    kind: COMPLETION_KIND[c.kind],
    ...(c.detail ? { detail: c.detail } : {}),
    ...(c.documentation ? { documentation: { kind: 'markdown', value: c.documentation } } : {}),
    ...(c.sortText ? { sortText: c.sortText } : {}),
    ...(c.filterText ? { filterText: c.filterText } : {}),
    insertTextFormat: c.snippet ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
    textEdit: { range: c.range, newText: c.insertText },
  }));
});

connection.onHover((params) => {
  const doc = documents.get(params.textDocument.uri);
  const state = doc && stateOf(doc);
  if (!doc || !state) return null;
  const line = doc.getText({
    start: { line: params.position.line, character: 0 },
    end: { line: params.position.line + 1, character: 0 },
  });
  const h = hover(state.plan, params.position, line, state.resolved.library, diagnosticsOf(doc, state), docsUrl);
  return h ? { contents: { kind: 'markdown', value: h.contents }, ...(h.range ? { range: h.range } : {}) } : null;
});

const SYMBOL_KIND: Record<PlanSymbol['kind'], SymbolKind> = {
  frontmatter: SymbolKind.Object,
  title: SymbolKind.File,
  problem: SymbolKind.Namespace,
  goal: SymbolKind.Class,
  steps: SymbolKind.Array,
  methods: SymbolKind.Array,
  'safety-plan': SymbolKind.Key,
  section: SymbolKind.String,
};

/** LSP symbols by outline symbol: an unchanged problem's outline is converted once. */
const lspSymbols = new WeakMap<PlanSymbol, DocumentSymbol>();

function toSymbol(s: PlanSymbol): DocumentSymbol {
  let out = lspSymbols.get(s);
  if (!out) {
    // Leaves go without `children`: on a long plan every byte of the outline is sent on each change.
    out = {
      name: s.name || ' ',
      ...(s.detail ? { detail: s.detail } : {}),
      kind: SYMBOL_KIND[s.kind],
      range: s.range,
      selectionRange: s.selectionRange,
      ...(s.children.length > 0 ? { children: s.children.map(toSymbol) } : {}),
    };
    lspSymbols.set(s, out);
  }
  return out;
}

connection.onDocumentSymbol((params) => {
  const doc = documents.get(params.textDocument.uri);
  const state = doc && stateOf(doc);
  return state ? documentSymbols(state.plan).map(toSymbol) : [];
});

connection.onFoldingRanges((params) => {
  const doc = documents.get(params.textDocument.uri);
  const state = doc && stateOf(doc);
  return state ? foldingRanges(state.plan) : [];
});

connection.onCodeLens((params) => {
  const doc = documents.get(params.textDocument.uri);
  const state = doc && stateOf(doc);
  if (!state) return [];
  return goalLenses(state.plan, today()).map((l) => ({ range: l.range, command: { title: l.title, command: '' } }));
});

// ---------------------------------------------------------------- code actions

const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.treatmentPlan`;

function fixAllEdit(doc: TextDocument, state: State): LspTextEdit[] | undefined {
  const text = doc.getText();
  const options = {
    today: today(),
    config: state.resolved.config,
    library: state.resolved.library,
    fileName: fsPath(doc.uri) ?? doc.uri,
  };
  const result = fixText(text, textChecker(options, state.plan));
  if (result.fixed === 0) return undefined;
  return [{ range: { start: { line: 0, character: 0 }, end: doc.positionAt(text.length) }, newText: result.text }];
}

connection.onCodeAction((params) => {
  const doc = documents.get(params.textDocument.uri);
  const state = doc && stateOf(doc);
  if (!doc || !state) return [];
  const only = params.context.only;
  const wants = (kind: string) => !only || only.some((k) => kind === k || kind.startsWith(`${k}.`));
  const actions: CodeAction[] = [];
  if (wants(CodeActionKind.QuickFix)) {
    const { start, end } = params.range;
    for (const d of diagnosticsOf(doc, state)) {
      if (!d.fix) continue;
      const overlaps = !(d.range.end.line < start.line || d.range.start.line > end.line);
      if (!overlaps) continue;
      actions.push({
        title: d.fix.title,
        kind: CodeActionKind.QuickFix,
        diagnostics: [toLsp(d)],
        isPreferred: true,
        edit: { changes: { [doc.uri]: d.fix.edits } },
      });
    }
  }
  const fixable = diagnosticsOf(doc, state).filter((d) => d.fix).length;
  // Source actions only when asked for by kind (codeActionsOnSave, "Fix all" menus).
  const wantsFixAll = only !== undefined && wants(FIX_ALL_KIND);
  const wantsQuickFixAll = fixable > 1 && actions.length > 0;
  if (fixable > 0 && (wantsFixAll || wantsQuickFixAll)) {
    const edits = fixAllEdit(doc, state);
    if (edits) {
      if (wantsQuickFixAll)
        actions.push({
          title: 'Fix all treatment plan problems in this file',
          kind: CodeActionKind.QuickFix,
          edit: { changes: { [doc.uri]: edits } },
        });
      if (wantsFixAll)
        actions.push({
          title: 'Fix all treatment plan problems',
          kind: FIX_ALL_KIND,
          edit: { changes: { [doc.uri]: edits } },
        });
    }
  }
  return actions;
});

// ---------------------------------------------------------------- commands (custom requests from the client)

connection.onRequest('treatmentPlan/modules', (params: { uri?: string } | undefined) => {
  const { library } = resolveFor(
    params?.uri ?? (workspaceFolders[0] ? pathToFileURL(path.join(workspaceFolders[0], 'x.plan.md')).href : ''),
  );
  return library.modules.map((m) => ({ id: m.id, name: m.name, summary: m.summary }));
});

connection.onRequest(
  'treatmentPlan/newPlan',
  (params: { uri?: string; modules: string[]; style: Style; payer?: Payer; severity: Severity }) => {
    const { library, config } = resolveFor(params.uri ?? '');
    const modules = params.modules.map((id) => library.byId(id)).filter((m) => m !== undefined);
    return {
      text: newPlanText(
        {
          modules,
          style: params.style,
          severity: params.severity,
          today: today(),
          reviewIntervalDays: config.reviewIntervalDays,
          ...(params.payer ? { payer: params.payer } : {}),
        },
        library,
      ),
    };
  },
);

connection.onRequest('treatmentPlan/moduleSnippet', (params: { uri: string; id: string }) => {
  const m = resolveFor(params.uri).library.byId(params.id);
  return m ? { snippet: moduleSnippet(m).join('\n') } : null;
});

connection.onRequest('treatmentPlan/addRevision', (params: { uri: string; summary: string }) => {
  const doc = documents.get(params.uri);
  const state = doc && stateOf(doc);
  return state ? addRevision(state.plan, today(), params.summary) : [];
});

connection.onRequest('treatmentPlan/toggleStep', (params: { uri: string; line: number }) => {
  const doc = documents.get(params.uri);
  const state = doc && stateOf(doc);
  const edit = state && toggleStep(state.plan, params.line);
  return edit ? [edit] : [];
});

// ---------------------------------------------------------------- preview and exports

connection.onRequest(
  'treatmentPlan/render',
  (params: { uri: string; body?: boolean; script?: { nonce: string; src: string; cspSource: string } }) => {
    const doc = documents.get(params.uri);
    const state = doc && stateOf(doc);
    if (!doc || !state) return null;
    const options = {
      mode: 'preview' as const,
      today: today(),
      library: state.resolved.library,
      diagnostics: diagnosticsOf(doc, state),
      ...(params.script ? { script: params.script } : {}),
    };
    // The body alone for a live update; the whole page (with CSP and script) to open the preview.
    const html = params.body
      ? toHtml(renderBody(state.plan, options))
      : renderHtml(state.plan, options).replace('<body>', `<body data-uri="${encodeURI(doc.uri)}">`);
    return { html, version: doc.version };
  },
);

connection.onRequest('treatmentPlan/export', (params: { uri: string; format: 'html' | 'fhir' | 'json' }) => {
  const doc = documents.get(params.uri);
  const state = doc && stateOf(doc);
  if (!doc || !state) return null;
  if (params.format === 'html')
    return { text: renderHtml(state.plan, { mode: 'export', today: today(), library: state.resolved.library }) };
  const json = params.format === 'fhir' ? toFhir(state.plan, state.resolved.library) : planToJson(state.plan);
  return { text: `${JSON.stringify(json, null, 2)}\n` };
});

// For benchmarks and support: memory figures only, never content.
connection.onRequest('treatmentPlan/memory', () => process.memoryUsage());

// ---------------------------------------------------------------- lifecycle

connection.onInitialize((params) => {
  // Tests and benchmarks fix "today" and the debounce delay; editors send neither.
  const options = (params.initializationOptions ?? {}) as {
    today?: string;
    settings?: Partial<Settings>;
    lintDelay?: number;
  };
  if (options.today && isIsoDate(options.today)) fixedToday = options.today;
  if (typeof options.lintDelay === 'number' && options.lintDelay >= 0) lintDelayMs = options.lintDelay;
  if (options.settings) settings = { ...DEFAULT_SETTINGS, ...options.settings };
  canPullConfiguration = params.capabilities.workspace?.configuration === true;
  workspaceFolders = (params.workspaceFolders ?? [])
    .map((f) => fsPath(f.uri))
    .filter((f): f is string => f !== undefined);
  if (workspaceFolders.length === 0 && params.rootUri) {
    const root = fsPath(params.rootUri);
    if (root) workspaceFolders = [root];
  }
  return {
    capabilities: {
      textDocumentSync: TextDocumentSyncKind.Incremental,
      completionProvider: { triggerCharacters: [':', ' '], resolveProvider: false },
      hoverProvider: true,
      documentSymbolProvider: true,
      foldingRangeProvider: true,
      codeLensProvider: { resolveProvider: false },
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
      diagnosticProvider: { interFileDependencies: false, workspaceDiagnostics: true },
    },
    serverInfo: { name: 'tplan-language-server' },
  };
});

connection.onInitialized(async () => {
  await refreshSettings();
  if (canPullConfiguration) relintAll();
});

// A request that throws must not take the server down: the library answers with an error response.
process.on('uncaughtException', (e) => connection.console.error(`treatment plan: internal error (${e.name})`));

documents.listen(connection);
connection.listen();
