// "Treatment Plan: Summarize Changes Since…": the plan in the editor against
// its last commit, or the version committed when it was last signed; the
// summary opens beside it as a read-only document (nothing to save when it
// is closed), and can become a `revisions` entry.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { GitError, commitOnOrBefore, textAtRevision } from '../../server/src/node/git';
import { AddRevision, SummarizeChanges } from '../../server/src/protocol';
import { applyEdits, send } from './requests';

/** The last signature date written in the frontmatter, if any (the server checks its form). */
function lastSignatureDate(text: string): string | undefined {
  const block = /^signatures:\s*\n((?:[ \t]+.*\n?)+)/m.exec(text)?.[1] ?? '';
  return [...block.matchAll(/\bdate:\s*['"]?(\d{4}-\d{2}-\d{2})/g)]
    .map((m) => m[1]!)
    .sort()
    .at(-1);
}

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
  const file = doc.uri.fsPath;
  const signed = lastSignatureDate(doc.getText());
  const choices = [
    { label: 'Since the last commit', rev: 'HEAD', since: 'the last commit' },
    ...(signed
      ? [{ label: `Since it was signed (${signed})`, rev: undefined, since: `it was signed on ${signed}` }]
      : []),
  ];
  const picked =
    choices.length === 1 ? choices[0] : await vscode.window.showQuickPick(choices, { placeHolder: 'Compare with' });
  if (!picked) return;
  let oldText: string;
  try {
    const rev = picked.rev ?? commitOnOrBefore(file, signed!);
    if (!rev) throw new GitError(`no commit of this plan on or before ${signed}`);
    oldText = textAtRevision(file, vscode.workspace.asRelativePath(doc.uri), rev);
  } catch (e) {
    if (!(e instanceof GitError)) throw e;
    void vscode.window.showWarningMessage(`Cannot summarize the changes: ${e.message}.`);
    return;
  }
  const result = await send(c, SummarizeChanges, { uri: doc.uri.toString(), oldText, since: picked.since });
  if (!result) return;
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
