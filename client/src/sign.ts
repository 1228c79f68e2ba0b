// "Sign Plan…": asks who is signing and how (offering the plan's clinician as
// the name and credentials), then lets the server add the signature (with
// the digest of what the plan says now). What may be signed is the server's
// to say; a plan with errors is signed only when the clinician says so: a
// signature vouches for the plan.

import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { SignDefaults, SignPlan, type SignParams } from '../../server/src/protocol';
import { applyEdits, send } from './requests';

/** Arguments that skip the questions (tests, keybindings). */
export type SignArgs = Partial<Omit<SignParams, 'uri'>>;

const ROLES: ReadonlyArray<{ label: string; role: SignParams['role']; detail: string }> = [
  { label: 'Clinician', role: 'clinician', detail: 'The clinician who wrote the plan, with credentials' },
  { label: 'Client', role: 'client', detail: 'The client, recording that they agreed to the plan' },
  { label: 'Supervisor', role: 'supervisor', detail: 'A supervisor reviewing the plan, with credentials' },
  { label: 'Guardian', role: 'guardian', detail: 'A parent or legal guardian' },
];

const METHODS: ReadonlyArray<{ label: string; method: NonNullable<SignParams['method']>; detail: string }> = [
  { label: 'Electronic', method: 'electronic', detail: 'Signed in this software or another electronic record' },
  { label: 'Wet ink, on file', method: 'wet-ink', detail: 'Signed on paper; the signed copy is kept on file' },
  { label: 'Verbal, with a witness', method: 'verbal', detail: 'Agreed aloud (e.g. by phone) before a named witness' },
];

const credentialed = (role: string) => role === 'clinician' || role === 'supervisor';

export async function signPlan(c: LanguageClient, args: SignArgs = {}): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) return;
  const uri = editor.document.uri.toString();
  const role =
    args.role ?? (await vscode.window.showQuickPick(ROLES, { placeHolder: 'Who is signing the plan?' }))?.role;
  if (!role) return;
  const defaults = role === 'clinician' ? await send(c, SignDefaults, { uri }) : null;
  const name =
    args.name ??
    (await vscode.window.showInputBox({
      title: 'Sign Plan',
      prompt: `The ${role}'s name as it should appear on the plan`,
      value: defaults?.name ?? '',
      validateInput: (v) => (v.trim() ? undefined : 'A signature needs a name'),
    }));
  if (name === undefined) return;
  let credentials = args.credentials;
  if (credentials === undefined && credentialed(role)) {
    credentials = await vscode.window.showInputBox({
      title: 'Sign Plan',
      prompt: 'Credentials (e.g. LPC, LCSW, PsyD)',
      value: name.trim() === defaults?.name ? (defaults.credentials ?? '') : '',
      validateInput: (v) => (v.trim() ? undefined : 'Reviewers check who signed the plan: add credentials'),
    });
    if (credentials === undefined) return;
  }
  // A clinician or supervisor signs here, electronically; how a client or guardian signed is asked.
  const method =
    args.method ??
    (credentialed(role)
      ? 'electronic'
      : (await vscode.window.showQuickPick(METHODS, { placeHolder: `How did the ${role} sign?` }))?.method);
  if (!method) return;
  let witness = args.witness;
  if (method === 'verbal' && witness === undefined) {
    witness = await vscode.window.showInputBox({
      title: 'Sign Plan',
      prompt: 'Who witnessed the verbal signature (name, role)?',
      validateInput: (v) => (v.trim() ? undefined : 'A verbal signature names its witness'),
    });
    if (witness === undefined) return;
  }
  const params: SignParams = {
    uri,
    role,
    name,
    method,
    ...(credentials ? { credentials } : {}),
    ...(witness ? { witness } : {}),
    ...(args.date ? { date: args.date } : {}),
    ...(args.allowErrors ? { allowErrors: true } : {}),
  };
  let result = await send(c, SignPlan, params);
  if (result.errors > 0 && result.edits.length === 0 && !result.refused) {
    const choice = await vscode.window.showWarningMessage(
      `The plan has ${result.errors} error${result.errors === 1 ? '' : 's'}. A signature vouches for the plan: fix ${result.errors === 1 ? 'it' : 'them'} first?`,
      { modal: true },
      'Sign anyway',
      'Show problems',
    );
    if (choice === 'Show problems') await vscode.commands.executeCommand('workbench.actions.view.problems');
    if (choice !== 'Sign anyway') return;
    result = await send(c, SignPlan, { ...params, allowErrors: true });
  }
  if (result.refused) {
    void vscode.window.showWarningMessage(`The plan was not signed: ${result.refused}.`);
    return;
  }
  if (await applyEdits(editor.document.uri, result.edits))
    void vscode.window.showInformationMessage(
      `Signature recorded: ${role} ${name.trim()} (${method}, ${result.date ?? 'today'}).`,
    );
}
