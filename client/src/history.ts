// "Treatment Plan: Summarize Changes Since…": the plan in the editor against
// its last commit, or the version committed when it was last signed; the
// summary opens beside it as a read-only document (nothing to save when it
// is closed), and can become a `revisions` entry.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { AddRevision, PlanStatus, SummarizeChanges } from '../../server/src/protocol';
import { applyEdits, send } from './requests';

/** The scheme of the summaries: documents served from memory, read-only, never asking to be saved. */
export const CHANGES_SCHEME = 'treatment-plan-changes';

/** Serves each summary's Markdown under its own URI, for as long as the window lives. */
export class ChangeNotes implements vscode.TextDocumentContentProvider {
  private readonly notes = new Map<string, string>();
  private count = 0;

  /** A URI for a new summary of the plan (a name that ends in .md, so it opens as Markdown). */
  add(plan: vscode.Uri, markdown: string): vscode.Uri {
    const name =
      plan.path
        .split('/')
        .pop()
        ?.replace(/(\.plan)?\.md$/i, '') ?? 'plan';
    const uri = vscode.Uri.from({ scheme: CHANGES_SCHEME, path: `/${name} changes ${++this.count}.md` });
    this.notes.set(uri.toString(), markdown);
    return uri;
  }

  provideTextDocumentContent(uri: vscode.Uri): string {
    return this.notes.get(uri.toString()) ?? '';
  }
}

export async function summarizeChanges(c: LanguageClient, notes: ChangeNotes): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || editor.document.uri.scheme !== 'file') {
    void vscode.window.showInformationMessage('Open a saved plan to summarize its changes.');
    return;
  }
  const doc = editor.document;
  // The server reads the plan's signatures, and the old version from git.
  const signed = (await send(c, PlanStatus, { uri: doc.uri.toString() }))?.lastSigned;
  const choices = [
    { label: 'Since the last commit', since: { commit: 'HEAD' as const } },
    ...(signed ? [{ label: `Since it was signed (${signed})`, since: { signed } }] : []),
  ];
  const picked =
    choices.length === 1 ? choices[0] : await vscode.window.showQuickPick(choices, { placeHolder: 'Compare with' });
  if (!picked) return;
  const result = await send(c, SummarizeChanges, { uri: doc.uri.toString(), since: picked.since });
  if (!result) return;
  if ('refused' in result) {
    void vscode.window.showWarningMessage(`Cannot summarize the changes: ${result.refused}.`);
    return;
  }
  const note = await vscode.workspace.openTextDocument(notes.add(doc.uri, result.markdown));
  await vscode.window.showTextDocument(note, { viewColumn: vscode.ViewColumn.Beside, preview: true });
  if (result.changes === 0) return;
  const add = 'Add as Revision Entry';
  const answer = await vscode.window.showInformationMessage(
    `${result.changes} change${result.changes === 1 ? '' : 's'}: ${result.summary}`,
    add,
  );
  if (answer !== add) return;
  const edits = await send(c, AddRevision, { uri: doc.uri.toString(), summary: result.summary });
  if (!(await applyEdits(doc.uri, edits)))
    void vscode.window.showWarningMessage('No revision was added: the plan needs a frontmatter that parses.');
}
