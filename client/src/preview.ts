// The preview webview: the core renders the HTML (through the server), this
// file only hosts it. Security as the VS Code webview guide says: scripts only
// with a fresh nonce, resources only from the extension's media folder, a CSP
// of default-src 'none', and every piece of plan text sanitized by the renderer.

import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { Export, Render, type EXPORT_FORMATS } from '../../server/src/protocol';
import { send } from './requests';

const VIEW_TYPE = 'treatmentPlan.preview';
const UPDATE_DELAY_MS = 50;

export class PreviewManager {
  private panels = new Map<string, vscode.WebviewPanel>();
  private timers = new Map<string, ReturnType<typeof setTimeout>>();
  /** While the editor scrolls because the preview asked, the preview is not told back. */
  private echoUntil = 0;

  constructor(
    private readonly context: vscode.ExtensionContext,
    private readonly client: LanguageClient,
    whenReady: () => Promise<void>,
  ) {
    context.subscriptions.push(
      vscode.workspace.onDidChangeTextDocument((e) => this.scheduleUpdate(e.document.uri)),
      vscode.window.onDidChangeTextEditorVisibleRanges((e) => this.syncFromEditor(e.textEditor)),
      vscode.window.registerWebviewPanelSerializer(VIEW_TYPE, {
        deserializeWebviewPanel: async (panel, state: { uri?: string } | undefined) => {
          await whenReady();
          if (!state?.uri) {
            panel.dispose();
            return;
          }
          await this.attach(panel, vscode.Uri.parse(state.uri));
        },
      }),
    );
  }

  async open(uri: vscode.Uri | undefined, toSide: boolean): Promise<vscode.WebviewPanel | undefined> {
    const target = uri ?? vscode.window.activeTextEditor?.document.uri;
    if (!target) return undefined;
    const existing = this.panels.get(target.toString());
    if (existing) {
      existing.reveal(undefined, true);
      return existing;
    }
    const panel = vscode.window.createWebviewPanel(
      VIEW_TYPE,
      'Preview',
      { viewColumn: toSide ? vscode.ViewColumn.Beside : vscode.ViewColumn.Active, preserveFocus: toSide },
      this.options(),
    );
    await this.attach(panel, target);
    return panel;
  }

  private options(): vscode.WebviewOptions & vscode.WebviewPanelOptions {
    return {
      enableScripts: true,
      localResourceRoots: [vscode.Uri.joinPath(this.context.extensionUri, 'media')],
      retainContextWhenHidden: false,
    };
  }

  private async attach(panel: vscode.WebviewPanel, uri: vscode.Uri): Promise<void> {
    const key = uri.toString();
    this.panels.set(key, panel);
    panel.webview.options = this.options();
    panel.title = `Preview ${uri.path.split('/').pop() ?? ''}`;
    panel.onDidDispose(() => this.panels.delete(key));
    panel.webview.onDidReceiveMessage((msg: { type: string; line?: number }) => this.onMessage(uri, msg));
    const doc = await vscode.workspace.openTextDocument(uri);
    const nonce = randomBytes(16).toString('base64');
    const src = panel.webview
      .asWebviewUri(vscode.Uri.joinPath(this.context.extensionUri, 'media', 'preview.js'))
      .toString();
    const result = await send(this.client, Render, {
      uri: doc.uri.toString(),
      script: { nonce, src, cspSource: panel.webview.cspSource },
    });
    panel.webview.html =
      result?.html ?? '<!DOCTYPE html><html><body><p>This file is not a treatment plan.</p></body></html>';
  }

  private scheduleUpdate(uri: vscode.Uri): void {
    const key = uri.toString();
    const panel = this.panels.get(key);
    if (!panel) return;
    clearTimeout(this.timers.get(key));
    this.timers.set(
      key,
      setTimeout(async () => {
        const result = await send(this.client, Render, {
          uri: key,
          body: true,
        });
        if (result) void panel.webview.postMessage({ type: 'update', html: result.html });
      }, UPDATE_DELAY_MS),
    );
  }

  private syncFromEditor(editor: vscode.TextEditor): void {
    const panel = this.panels.get(editor.document.uri.toString());
    if (!panel || Date.now() < this.echoUntil) return;
    const line = editor.visibleRanges[0]?.start.line ?? 0;
    void panel.webview.postMessage({ type: 'scroll', line });
  }

  private async onMessage(uri: vscode.Uri, msg: { type: string; line?: number }): Promise<void> {
    if (typeof msg.line !== 'number') return;
    const editor = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === uri.toString());
    const position = new vscode.Position(msg.line, 0);
    if (msg.type === 'reveal' && editor) {
      this.echoUntil = Date.now() + 300;
      editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.AtTop);
    } else if (msg.type === 'click') {
      const shown = editor ?? (await vscode.window.showTextDocument(uri, { viewColumn: vscode.ViewColumn.One }));
      shown.selection = new vscode.Selection(position, position);
      shown.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.InCenter);
    }
  }
}

/** "Export as …", one command per export format: the core's output, saved where the clinician chooses. */
export async function exportPlan(client: LanguageClient, format: (typeof EXPORT_FORMATS)[number]): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) return;
  const result = await send(client, Export, {
    uri: editor.document.uri.toString(),
    format: format.id,
  });
  if (!result) {
    void vscode.window.showWarningMessage('This file is not a treatment plan.');
    return;
  }
  // A plan with errors is not ready to share: the clinician decides, knowing it.
  if (result.errors > 0) {
    const answer = await vscode.window.showWarningMessage(
      `This plan is not ready to share: ${result.errors} error${result.errors === 1 ? '' : 's'} (${result.blocking}).`,
      {
        modal: true,
        detail: format.marksNotReady
          ? 'An export made anyway says "Not ready to share" at its top.'
          : `A ${format.label} export made anyway does not say so: check it before it is shared.`,
      },
      // The first button is the default (Enter): the safe choice.
      'Show problems',
      'Export anyway',
    );
    if (answer === 'Show problems') await vscode.commands.executeCommand('workbench.actions.view.problems');
    if (answer !== 'Export anyway') return;
  }
  const base = editor.document.uri.path.replace(/(\.plan)?\.(md|markdown)$/i, '');
  const target = await vscode.window.showSaveDialog({
    defaultUri: editor.document.uri.with({ path: `${base}.${format.extension}` }),
    // The dialog matches a filter on the last part of a name: `fhir.json` files by `json`.
    filters: { [format.label]: [format.extension.split('.').pop()!] },
  });
  if (!target) return;
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(result.text));
  void vscode.window.showInformationMessage(
    `Exported to ${target.path.split('/').pop()}. It holds health information: share it only as you would the plan.`,
  );
}
