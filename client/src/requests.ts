// Sends a request of the shared protocol (server/src/protocol.ts): the name
// and the types come from there, never from a string written here; and
// applies the edits the server answers with.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import type { Range, RequestDef, TextEdit } from '../../server/src/protocol';

export function send<P, R>(client: LanguageClient, request: RequestDef<P, R>, params: P): Promise<R> {
  return client.sendRequest(request.method, params) as Promise<R>;
}

function toRange(r: Range): vscode.Range {
  return new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character);
}

/** Applies the server's edits to a document; false when there were none or the editor refused them. */
export async function applyEdits(uri: vscode.Uri, edits: readonly TextEdit[]): Promise<boolean> {
  if (edits.length === 0) return false;
  const edit = new vscode.WorkspaceEdit();
  for (const e of edits) edit.replace(uri, toRange(e.range), e.newText);
  return vscode.workspace.applyEdit(edit);
}
