// "New Plan from Modules": the file name first (checked as it is typed, so no
// answer is lost to a name already taken), then the problem modules (at
// least one), style, payer and severity (each explained on its own line),
// and the diagnoses the clinician has made among the modules' codes. The
// server writes the plan; nothing clinical is decided here.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import {
  Modules,
  NewPlan,
  PlanFileName,
  type ModuleSummary,
  type Payer,
  type Severity,
  type Style,
} from '../../server/src/protocol';
import { send } from './requests';

export async function pickModules(
  c: LanguageClient,
  uri: string | undefined,
  many: boolean,
): Promise<{ ids: string[]; modules: ModuleSummary[] } | undefined> {
  const modules = await send(c, Modules, uri ? { uri } : {});
  const items = modules.map((m) => ({ label: m.name, description: m.id, detail: m.summary, id: m.id }));
  if (!many) {
    const picked = await vscode.window.showQuickPick(items, {
      placeHolder: 'Problem module to insert',
      matchOnDetail: true,
    });
    return picked ? { ids: [picked.id], modules } : undefined;
  }
  // A plan is built from its problems: at least one (it is renamed and adapted afterwards).
  // OK with none ticked asks again, saying why in the title: a placeholder is cut off in a narrow window.
  let title = 'New plan: the problems to start from';
  const placeHolder = 'Tick one or more (Space ticks the one selected); you adapt them afterwards';
  for (;;) {
    const picked = await vscode.window.showQuickPick(items, {
      canPickMany: true,
      title,
      placeHolder,
      matchOnDetail: true,
    });
    if (!picked) return undefined;
    if (picked.length > 0) return { ids: picked.map((p) => p.id), modules };
    title = 'Tick at least one problem: the plan is written from it';
  }
}

/**
 * The diagnosis codes the clinician picks among the chosen modules', by their
 * official titles; none picked is an answer (no diagnosis is written). Only
 * the clinician can make a diagnosis, so nothing is picked in advance.
 */
async function pickDiagnoses(chosen: readonly ModuleSummary[]): Promise<string[] | undefined> {
  const seen = new Set<string>();
  const items: Array<vscode.QuickPickItem & { code: string }> = [];
  for (const m of chosen)
    for (const d of m.diagnoses) {
      if (seen.has(d.code)) continue;
      seen.add(d.code);
      items.push({ label: d.code, description: d.title ?? '(not in the code table)', detail: m.name, code: d.code });
    }
  if (items.length === 0) return [];
  const picked = await vscode.window.showQuickPick(items, {
    canPickMany: true,
    placeHolder: 'Diagnoses you have made (pick none to add them later); each still needs its basis and review',
    matchOnDescription: true,
  });
  return picked?.map((p) => p.code);
}

/** One choice with what it means, on a line of its own (a placeholder is cut off and gone once typing starts). */
async function choose<T extends string>(
  title: string,
  options: ReadonlyArray<readonly [T, string]>,
): Promise<T | undefined> {
  const picked = await vscode.window.showQuickPick(
    options.map(([label, detail]) => ({ label, detail })),
    { title, placeHolder: title },
  );
  return picked?.label as T | undefined;
}

/** What "New plan" asks for; a caller (a test, a task) may pass it and skip the questions. */
export interface NewPlanArgs {
  modules: string[];
  style: Style;
  payer: Payer;
  severity: Severity;
  /** The codes the clinician picked; none when absent. */
  diagnoses?: string[];
  fileName: string;
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

/** Why a file name will not do, or undefined when it will: what makes a plan's name is the server's to say. */
export async function fileNameProblem(
  c: LanguageClient,
  folder: vscode.Uri,
  name: string,
): Promise<string | undefined> {
  const trimmed = name.trim();
  const notAPlan = await send(c, PlanFileName, { name: trimmed });
  if (notAPlan) return notAPlan;
  if (/(^|[\\/])\.\.([\\/]|$)/.test(trimmed) || /^[\\/]/.test(trimmed))
    return 'Name a file inside the workspace folder';
  if (await exists(vscode.Uri.joinPath(folder, trimmed))) return `${trimmed} already exists: choose another name`;
  return undefined;
}

/** The first of new.plan.md, new-2.plan.md, … that is free. */
async function freeName(folder: vscode.Uri): Promise<string> {
  for (let n = 1; ; n++) {
    const name = n === 1 ? 'new.plan.md' : `new-${n}.plan.md`;
    if (!(await exists(vscode.Uri.joinPath(folder, name)))) return name;
  }
}

async function askNewPlan(
  c: LanguageClient,
  folder: vscode.WorkspaceFolder | undefined,
): Promise<NewPlanArgs | undefined> {
  let fileName = '';
  if (folder) {
    const name = await vscode.window.showInputBox({
      title: 'New plan: file name',
      prompt: 'The plan is written here, in the workspace folder (use initials or a pseudonym, never a full name)',
      value: await freeName(folder.uri),
      validateInput: (v) => fileNameProblem(c, folder.uri, v),
    });
    if (!name) return undefined;
    fileName = name.trim();
  }
  const picked = await pickModules(c, folder ? vscode.Uri.joinPath(folder.uri, fileName).toString() : undefined, true);
  if (!picked) return undefined;
  const modules = picked.ids;
  const style = await choose<Style>('Style of the plan', [
    ['informal', 'Checks the structure: each problem has goals, each goal steps and methods.'],
    ['formal', 'Also wants each step measurable and dated (by YYYY-MM-DD), and the services given.'],
  ]);
  if (!style) return undefined;
  const payer = await choose<Payer>('Who pays', [
    ['self-pay', 'The client pays: diagnoses are optional.'],
    [
      'insurance',
      'Insurance pays: each diagnosis with its ICD-10-CM code, basis and the date reviewed with the client.',
    ],
    ['other', 'Another payer (a grant, an employer): diagnoses are optional.'],
  ]);
  if (!payer) return undefined;
  const severity = await choose<Severity>('Severity of the problems', [
    ['mild', 'Review the plan every 6 months by default (reviewIntervalMonths in the config or settings).'],
    ['moderate', 'Review every 3 months by default.'],
    ['severe', 'Review every month by default. The suicide risk level is recorded apart, as risk: in the plan.'],
  ]);
  if (!severity) return undefined;
  const diagnoses = await pickDiagnoses(picked.modules.filter((m) => modules.includes(m.id)));
  if (!diagnoses) return undefined;
  return { modules, style, payer, severity, diagnoses, fileName };
}

export async function newPlan(c: LanguageClient, given?: NewPlanArgs): Promise<vscode.Uri | undefined> {
  const folder = vscode.workspace.workspaceFolders?.[0];
  const args = given ?? (await askNewPlan(c, folder));
  if (!args) return undefined;
  const target = folder ? vscode.Uri.joinPath(folder.uri, args.fileName) : undefined;
  const { text } = await send(c, NewPlan, {
    ...(target ? { uri: target.toString() } : {}),
    modules: args.modules,
    style: args.style,
    payer: args.payer,
    severity: args.severity,
    ...(args.diagnoses ? { diagnoses: args.diagnoses } : {}),
  });
  if (!target || !folder) {
    const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: text });
    await vscode.window.showTextDocument(doc);
    return doc.uri;
  }
  // Taken meanwhile (or a name given by a caller): never overwrite a plan.
  const problem = await fileNameProblem(c, folder.uri, args.fileName);
  if (problem) {
    void vscode.window.showErrorMessage(`${problem}.`);
    return undefined;
  }
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(text));
  await vscode.window.showTextDocument(target);
  return target;
}
