// The extension-host suite: runs inside a real VS Code (code-server here,
// @vscode/test-electron where VS Code can be downloaded) with the real API.
// It writes its results beside the workspace, for the driver to read.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { CARF_PLAN } from '../../helpers/plans';

type Test = [string, () => Promise<void>];
const tests: Test[] = [];
const test = (name: string, fn: () => Promise<void>) => tests.push([name, fn]);

async function waitFor<T>(what: string, probe: () => T | undefined | Promise<T | undefined>, ms = 20_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

function workspace(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'a workspace folder is open');
  return folder.uri;
}

async function open(name: string): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(workspace(), name));
  return vscode.window.showTextDocument(doc);
}

test('the extension activates on a Markdown file', async () => {
  await open('no-methods.plan.md');
  const ext = await waitFor('the extension', () =>
    vscode.extensions.all.find((e) => e.packageJSON.name === 'treatment-plan-markdown'),
  );
  await waitFor('activation', () => (ext.isActive ? true : undefined));
  const ms = (ext.exports as { activationMs: number }).activationMs;
  fs.writeFileSync(path.join(workspace().fsPath, '.e2e-activation-ms'), String(ms));
});

test('diagnostics appear for a plan', async () => {
  // A plan not opened before: the time from opening it to its first squiggle, as a user waits (printed, not asserted).
  // Twice: the first plan opened just after activation (the server starting), then another.
  const times: number[] = [];
  for (const name of ['first-squiggle-1.plan.md', 'first-squiggle-2.plan.md']) {
    const fresh = vscode.Uri.joinPath(workspace(), name);
    await vscode.workspace.fs.writeFile(fresh, fs.readFileSync(path.join(workspace().fsPath, 'no-methods.plan.md')));
    const opening = Date.now();
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(fresh));
    await waitFor('its first squiggle', () => (vscode.languages.getDiagnostics(fresh).length > 0 ? true : undefined));
    times.push(Date.now() - opening);
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    await vscode.workspace.fs.delete(fresh);
  }
  fs.writeFileSync(path.join(workspace().fsPath, '.e2e-first-squiggle-ms'), times.join(' '));
  const editor = await open('no-methods.plan.md');
  const diagnostics = await waitFor('diagnostics', () => {
    const d = vscode.languages.getDiagnostics(editor.document.uri);
    return d.length > 0 ? d : undefined;
  });
  const codes = diagnostics.map((d) => (typeof d.code === 'object' ? d.code.value : d.code));
  // The goal has no methods, and its one step is still empty.
  assert.deepEqual(codes, ['goal-has-methods', 'empty-text']);
  assert.equal(diagnostics[0]!.range.start.line, 8);
  assert.match(diagnostics[0]!.message, /has no methods/);
});

test('completion offers the module steps in a Steps list', async () => {
  const editor = await open('no-methods.plan.md');
  const line = editor.document.lineAt(12);
  const list = await waitFor('completion', async () => {
    const result = await vscode.commands.executeCommand<vscode.CompletionList>(
      'vscode.executeCompletionItemProvider',
      editor.document.uri,
      line.range.end,
    );
    return result.items.length > 0 ? result : undefined;
  });
  // Labelled by the step's start; the whole step is what the item filters on and explains.
  const steps = list.items.map((i) => i.filterText ?? '');
  assert.ok(
    steps.includes('Score below 5 on the PHQ-9 at two sessions in a row (remission)'),
    steps.slice(0, 5).join(' | '),
  );
});

test('a quick fix adds the missing Methods section', async () => {
  const editor = await open('no-methods.plan.md');
  const diagnostic = vscode.languages.getDiagnostics(editor.document.uri)[0]!;
  const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
    'vscode.executeCodeActionProvider',
    editor.document.uri,
    diagnostic.range,
    vscode.CodeActionKind.QuickFix.value,
  );
  const fix = actions.find((a) => a.title === "Add a '#### Methods' section");
  assert.ok(fix?.edit, actions.map((a) => a.title).join(' | '));
  assert.ok(await vscode.workspace.applyEdit(fix.edit));
  assert.match(editor.document.getText(), /#### Methods\n\n- \(a therapy method\)/);
  // The skeleton is not a method: the plan keeps an error at it until the clinician names one.
  const left = await waitFor('the finding to move to the placeholder', () => {
    const d = vscode.languages.getDiagnostics(editor.document.uri);
    const codes = d.map((x) => (typeof x.code === 'object' ? x.code.value : x.code));
    return codes.includes('goal-has-methods') || !codes.includes('placeholder') ? undefined : d;
  });
  assert.equal(left[0]!.severity, vscode.DiagnosticSeverity.Error);
  await vscode.commands.executeCommand('workbench.action.files.revert');
});

test('the outline shows Problem › Goal › Steps / Methods', async () => {
  const editor = await open('formal-insurance-depression.plan.md');
  const symbols = await waitFor('symbols', async () => {
    const s = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>(
      'vscode.executeDocumentSymbolProvider',
      editor.document.uri,
    );
    return s && s.length > 0 ? s : undefined;
  });
  // VS Code's own Markdown extension adds its heading symbols (`# …`); ours are the plan's.
  const ours = symbols.filter((s) => !s.name.startsWith('#'));
  assert.deepEqual(
    ours.map((s) => s.name),
    ['Frontmatter', 'Treatment plan', 'Depression', 'Generalized anxiety', 'Strengths'],
  );
  assert.deepEqual(
    ours[2]!.children.map((g) => g.name),
    ['Lift depressed mood and return to full-time work', 'Reconnect with friends'],
  );
});

test('"New plan from modules" writes only what the clinician chose, and waits for the rest', async () => {
  const uri = await vscode.commands.executeCommand<vscode.Uri>('treatmentPlan.newPlan', {
    modules: ['depression', 'panic'],
    style: 'formal',
    payer: 'insurance',
    severity: 'severe',
    diagnoses: ['F33.1'],
    fileName: 'created.plan.md',
  });
  assert.ok(uri, 'a file was created');
  const text = fs.readFileSync(uri.fsPath, 'utf8');
  assert.match(text, /## Problem: Panic/);
  // The one code picked, with its official title; no review date the clinician did not set.
  assert.match(text, /- code: F33\.1\n {4}name: Major depressive disorder, recurrent, moderate\n/);
  assert.equal(text.match(/code: /g)?.length, 1);
  assert.match(text, /reviewed: YYYY-MM-DD/);
  // Severity is not risk: no safety plan for these modules.
  assert.doesNotMatch(text, /## Safety plan/);
  const codes = await waitFor('the first check', () => {
    const d = vscode.languages.getDiagnostics(uri);
    return d.length > 0 ? new Set(d.map((x) => (typeof x.code === 'object' ? x.code.value : x.code))) : undefined;
  });
  assert.deepEqual([...codes].sort(), ['placeholder', 'risk-review']);
  // Leave the workspace as it was: the UI checks read its Problems panel.
  await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  await vscode.workspace.fs.delete(uri);
});

test('"Mark step met / open" toggles the task box', async () => {
  const editor = await open('no-methods.plan.md');
  editor.selection = new vscode.Selection(12, 3, 12, 3);
  await vscode.commands.executeCommand('treatmentPlan.toggleStep');
  await waitFor('the box to be checked', () =>
    editor.document.lineAt(12).text.startsWith('- [x]') ? true : undefined,
  );
  await vscode.commands.executeCommand('workbench.action.files.revert');
});

const codesOf = (uri: vscode.Uri) =>
  vscode.languages.getDiagnostics(uri).map((d) => (typeof d.code === 'object' ? d.code.value : d.code));

test('"Sign Plan…" writes a signature, and an edit then raises signature-stale', async () => {
  const uri = vscode.Uri.joinPath(workspace(), 'to-sign.plan.md');
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(CARF_PLAN));
  const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
  await waitFor('signature-required', () => (codesOf(uri).includes('signature-required') ? true : undefined));
  const args = { role: 'clinician', name: 'A. Rivera', credentials: 'LPC', date: '2026-11-20' };
  await vscode.commands.executeCommand('treatmentPlan.signPlan', args);
  await vscode.commands.executeCommand('treatmentPlan.signPlan', {
    role: 'client',
    name: 'J.D.',
    method: 'wet-ink',
    date: '2026-11-20',
  });
  await waitFor('both signatures', () =>
    (editor.document.getText().match(/hash: /g) ?? []).length === 2 ? true : undefined,
  );
  assert.match(
    editor.document.getText(),
    /signatures:\n {2}- role: clinician\n {4}name: A\. Rivera\n {4}credentials: LPC\n {4}method: electronic\n {4}date: 2026-11-20\n {4}hash: /,
  );
  await waitFor('no signature finding', () =>
    codesOf(uri).some((c) => String(c).startsWith('signature-')) ? undefined : true,
  );
  const line = editor.document
    .getText()
    .split('\n')
    .findIndex((l) => l.includes('Work 3 days a week'));
  const col = editor.document.lineAt(line).text.indexOf('3 days');
  await editor.edit((e) => e.replace(new vscode.Range(line, col, line, col + 1), '4'));
  await waitFor('signature-stale', () =>
    codesOf(uri).filter((c) => c === 'signature-stale').length === 2 ? true : undefined,
  );
  const stale = vscode.languages
    .getDiagnostics(uri)
    .find((d) => (typeof d.code === 'object' ? d.code.value : d.code) === 'signature-stale');
  assert.match(stale!.message, /: steps changed since\./);
  await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  await vscode.workspace.fs.delete(uri);
});

test('the Plans view and the status bar show what each plan needs', async () => {
  const rows = (await vscode.commands.executeCommand('treatmentPlan.refreshPlans')) as Array<{
    file: string;
    group: string;
    headline: string;
    errors: number;
  }>;
  const by = Object.fromEntries(rows.map((r) => [r.file, r]));
  assert.strictEqual(by['overdue-review.plan.md']?.group, 'overdue');
  assert.match(by['overdue-review.plan.md']!.headline, /^Review overdue by \d+ days?$/);
  assert.ok(by['no-methods.plan.md']!.errors > 0);
  // Most urgent first.
  assert.strictEqual(rows[0]?.file, 'overdue-review.plan.md');
  await open('overdue-review.plan.md');
  const said = (await vscode.commands.executeCommand('treatmentPlan.planStatus')) as string | undefined;
  assert.match(said ?? '', /^Review overdue by \d+ days?$/);
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
});

test('"Summarize Changes Since…" shows what changed since the last commit', async () => {
  // A repository of its own, inside the workspace, with the plan committed.
  const dir = path.join(workspace().fsPath, 'history');
  fs.mkdirSync(dir, { recursive: true });
  const original = fs.readFileSync(path.join(workspace().fsPath, 'formal-insurance-depression.plan.md'), 'utf8');
  fs.writeFileSync(path.join(dir, 'h.plan.md'), original);
  const git = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=T', '-c', 'user.email=t@example.invalid', ...args], {
      cwd: dir,
      stdio: 'pipe',
    });
  git('init', '-q');
  git('add', '.');
  git('commit', '-q', '-m', 'plan');
  const editor = await open('history/h.plan.md');
  const line = editor.document
    .getText()
    .split('\n')
    .findIndex((l) => l.includes('Keep a daily activity'));
  assert.ok(line > 0);
  await editor.edit((e) => e.replace(new vscode.Range(line, 0, line, 5), '- [ ]'));
  await editor.document.save();
  // The command ends with a question (Add as Revision Entry): not awaited.
  void vscode.commands.executeCommand('treatmentPlan.summarizeChanges');
  const note = await waitFor('the summary beside the plan', () =>
    vscode.workspace.textDocuments.find((d) => d.getText().startsWith('### Changes since')),
  );
  assert.match(
    note.getText(),
    /^### Changes since the last commit\n\n\*\*Steps\*\*\n\n- Step reopened \('Depression' › /,
  );
  // A read-only document, neither untitled nor modified: it closes without asking to be saved.
  assert.equal(note.uri.scheme, 'treatment-plan-changes');
  assert.equal(note.isUntitled, false);
  assert.equal(note.isDirty, false);
  assert.equal(note.languageId, 'markdown');
  await vscode.window.showTextDocument(note);
  await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  await waitFor('the summary to close', () =>
    vscode.window.tabGroups.all
      .flatMap((g) => g.tabs)
      .some((t) => t.input instanceof vscode.TabInputText && t.input.uri.toString() === note.uri.toString())
      ? undefined
      : true,
  );
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  fs.rmSync(dir, { recursive: true, force: true });
});

test('the preview opens beside the plan', async () => {
  await open('formal-insurance-depression.plan.md');
  await vscode.commands.executeCommand('treatmentPlan.openPreviewToSide');
  await waitFor('a preview tab', () =>
    vscode.window.tabGroups.all
      .flatMap((g) => g.tabs)
      .some((t) => t.input instanceof vscode.TabInputWebview && t.input.viewType.endsWith('treatmentPlan.preview'))
      ? true
      : undefined,
  );
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
});

export async function run(): Promise<void> {
  const results: Array<{ name: string; ok: boolean; error?: string; ms: number }> = [];
  for (const [name, fn] of tests) {
    const t = Date.now();
    try {
      await fn();
      results.push({ name, ok: true, ms: Date.now() - t });
    } catch (e) {
      results.push({ name, ok: false, error: String((e as Error).stack ?? e), ms: Date.now() - t });
    }
  }
  fs.writeFileSync(path.join(workspace().fsPath, '.e2e-results.json'), JSON.stringify(results, null, 2));
  const failed = results.filter((r) => !r.ok);
  if (failed.length) throw new Error(`${failed.length} of ${results.length} extension-host tests failed`);
}
