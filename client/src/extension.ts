// The VS Code extension: starts the language server once per window and
// registers the commands. It holds no plan logic: every edit comes from the
// server, which asks the core.

// First: the server's process is forked before the rest of the bundle is read.
import { endServerProcess } from './serverProcess';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { AddRevision, EXPORT_FORMATS, ModuleSnippet, ToggleStep } from '../../server/src/protocol';
import { newPlan, pickModules, type NewPlanArgs } from './newPlan';
import { PreviewManager, exportPlan } from './preview';
import { applyEdits, send } from './requests';
import { signPlan, type SignArgs } from './sign';
import { PlanStatusItem, PlansView } from './caseload';
import { CHANGES_SCHEME, ChangeNotes, summarizeChanges } from './history';
import { takeClient } from './languageClient';

let client: LanguageClient | undefined;
let ready: Promise<void> = Promise.resolve();

async function insertModule(c: LanguageClient): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) return;
  const picked = await pickModules(c, editor.document.uri.toString(), false);
  if (!picked) return;
  const [id] = picked.ids;
  if (!id) return;
  const result = await send(c, ModuleSnippet, { uri: editor.document.uri.toString(), id });
  if (result) await editor.insertSnippet(new vscode.SnippetString(result.snippet));
}

async function addRevision(c: LanguageClient): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) return;
  const summary = await vscode.window.showInputBox({
    prompt: 'What changed in the plan, and why?',
    placeHolder: 'e.g. Added a sleep goal after the review with the client',
  });
  if (summary === undefined) return;
  const edits = await send(c, AddRevision, { uri: editor.document.uri.toString(), summary });
  if (!(await applyEdits(editor.document.uri, edits)))
    void vscode.window.showWarningMessage('No revision was added: the plan needs a frontmatter that parses.');
}

async function toggleStep(c: LanguageClient): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) return;
  const edits = await send(c, ToggleStep, { uri: editor.document.uri.toString(), line: editor.selection.active.line });
  if (!(await applyEdits(editor.document.uri, edits)))
    void vscode.window.showInformationMessage(
      'Put the cursor on a step (a list item under #### Steps) to mark it met or open.',
    );
}

export interface TreatmentPlanApi {
  /** How long activation took; the server starts after it (the e2e suite reports it). */
  activationMs: number;
}

export async function activate(context: vscode.ExtensionContext): Promise<TreatmentPlanApi> {
  const started = Date.now();
  // Made and started when the bundle loaded (languageClient.ts): the plan being opened may be checked already.
  const taken = takeClient();
  client = taken.client;
  const c = client;
  const plans = new PlansView(c, () => ready);
  const status = new PlanStatusItem(c, () => ready);
  context.subscriptions.push(taken.output, ...commands(context, c, plans, status), ...watchers(c, plans, status));
  // Activation does not wait for the server: the editor stays responsive, and
  // the commands wait for it (ready) before their first request.
  ready = taken.started.then(
    () => {
      plans.refresh(0);
      status.update(0);
    },
    (e: unknown) => {
      void vscode.window.showErrorMessage(`The treatment plan language server did not start (${(e as Error).name}).`);
    },
  );
  return { activationMs: Date.now() - started };
}

/** The commands, each waiting for the server before its first request. */
function commands(
  context: vscode.ExtensionContext,
  c: LanguageClient,
  plans: PlansView,
  status: PlanStatusItem,
): vscode.Disposable[] {
  const previews = new PreviewManager(context, c, () => ready);
  const changeNotes = new ChangeNotes();
  return [
    vscode.commands.registerCommand(
      'treatmentPlan.newPlan',
      async (args?: NewPlanArgs) => (await ready, newPlan(c, args)),
    ),
    vscode.commands.registerCommand('treatmentPlan.insertModule', async () => (await ready, insertModule(c))),
    vscode.commands.registerCommand('treatmentPlan.addRevision', async () => (await ready, addRevision(c))),
    vscode.commands.registerCommand('treatmentPlan.toggleStep', async () => (await ready, toggleStep(c))),
    vscode.commands.registerCommand(
      'treatmentPlan.signPlan',
      async (args?: SignArgs) => (await ready, signPlan(c, args)),
    ),
    vscode.commands.registerCommand(
      'treatmentPlan.openPreview',
      async (uri?: vscode.Uri) => (await ready, previews.open(uri, false)),
    ),
    vscode.commands.registerCommand(
      'treatmentPlan.openPreviewToSide',
      async (uri?: vscode.Uri) => (await ready, previews.open(uri, true)),
    ),
    // One command per format of the export registry (package.json lists them: npm run generate).
    ...EXPORT_FORMATS.map((format) =>
      vscode.commands.registerCommand(format.command, async () => (await ready, exportPlan(c, format))),
    ),
    vscode.commands.registerCommand(
      'treatmentPlan.summarizeChanges',
      async () => (await ready, summarizeChanges(c, changeNotes)),
    ),
    vscode.workspace.registerTextDocumentContentProvider(CHANGES_SCHEME, changeNotes),
    vscode.commands.registerCommand('treatmentPlan.refreshPlans', () => plans.load()),
    vscode.commands.registerCommand('treatmentPlan.filterPlans', () => plans.filterByClinician()),
    vscode.commands.registerCommand('treatmentPlan.planStatus', () => status.show()),
  ];
}

/** The Plans view and the status item, kept current by file watchers and editor events, never by polling. */
function watchers(c: LanguageClient, plans: PlansView, status: PlanStatusItem): vscode.Disposable[] {
  const plansView = vscode.window.createTreeView('treatmentPlan.plans', { treeDataProvider: plans });
  const watcher = vscode.workspace.createFileSystemWatcher('**/*.md');
  const settingsWatcher = vscode.workspace.createFileSystemWatcher('**/*.{yaml,yml,txt}');
  const onPlanFile = (uri: vscode.Uri) => {
    if (!uri.path.includes('/node_modules/')) plans.refresh(300, uri);
  };
  return [
    plansView,
    plans.attach(plansView),
    watcher,
    // A config, module or code file, or the settings: every row may change.
    settingsWatcher,
    settingsWatcher.onDidCreate(() => plans.refresh()),
    settingsWatcher.onDidChange(() => plans.refresh()),
    settingsWatcher.onDidDelete(() => plans.refresh()),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('treatmentPlan')) plans.refresh();
    }),
    watcher.onDidCreate(onPlanFile),
    watcher.onDidChange(onPlanFile),
    watcher.onDidDelete(onPlanFile),
    vscode.workspace.onDidSaveTextDocument((d) => onPlanFile(d.uri)),
    vscode.window.onDidChangeActiveTextEditor(() => status.update(0)),
    vscode.workspace.onDidChangeTextDocument((e) => {
      if (e.document === vscode.window.activeTextEditor?.document) status.update();
    }),
    status,
    // Trust granted: a server that reads the workspace's modules and code file.
    vscode.workspace.onDidGrantWorkspaceTrust(() => {
      ready = ready.then(() => c.restart());
    }),
  ];
}

export async function deactivate(): Promise<void> {
  await ready;
  await client?.stop();
  endServerProcess();
}
