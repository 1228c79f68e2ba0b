// "Sign Plan…": asks who is signing, then lets the server add the signature
// (with the digest of what the plan says now). A plan with errors is signed
// only when the clinician says so: a signature vouches for the plan.

import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { SignPlan, type SignParams } from '../../server/src/protocol';
import { applyEdits, send } from './requests';

/** Arguments that skip the questions (tests, keybindings). */
export type SignArgs = Partial<Omit<SignParams, 'uri'>>;

const ROLES: ReadonlyArray<{ label: string; role: SignParams['role']; detail: string }> = [
  { label: 'Clinician', role: 'clinician', detail: 'The clinician who wrote the plan, with credentials' },
  { label: 'Client', role: 'client', detail: 'The client, showing they took part in the plan' },
  { label: 'Supervisor', role: 'supervisor', detail: 'A supervisor reviewing the plan' },
  { label: 'Guardian', role: 'guardian', detail: 'A parent or legal guardian' },
];

export async function signPlan(c: LanguageClient, args: SignArgs = {}): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) return;
  const role =
    args.role ?? (await vscode.window.showQuickPick(ROLES, { placeHolder: 'Who is signing the plan?' }))?.role;
  if (!role) return;
  const name =
    args.name ??
    (await vscode.window.showInputBox({
      prompt: `The ${role}'s name as it should appear on the plan`,
      validateInput: (v) => (v.trim() ? undefined : 'A signature needs a name'),
    }));
  if (name === undefined) return;
  let credentials = args.credentials;
  if (credentials === undefined && (role === 'clinician' || role === 'supervisor')) {
    credentials = await vscode.window.showInputBox({
      prompt: 'Credentials (e.g. LPC, LCSW, PsyD)',
      validateInput: (v) =>
        role === 'clinician' && !v.trim() ? 'Reviewers check who wrote the plan: add credentials' : undefined,
    });
    if (credentials === undefined) return;
  }
  const params: SignParams = {
    uri: editor.document.uri.toString(),
    role,
    name,
    ...(credentials ? { credentials } : {}),
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
    void vscode.window.showInformationMessage(`Signed as ${role} ${name.trim()} on ${result.date ?? 'today'}.`);
}
