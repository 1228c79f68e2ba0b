// The language client. It is made and started when the extension's bundle
// loads (at its end, the server's process already forked), not in
// activate(): VS Code calls activate() only once the extension's context is
// ready (its stored state, a round trip to the window) and once the modules
// of the extensions activated with it, or just after it, are read, which
// took half a second and more in a fresh window of the e2e suite. Until then
// the client can already start the server and check the plan being opened:
// it needs the VS Code API only, which an extension has from its first line.
// activate() takes this client and adds the commands and views.

import * as vscode from 'vscode';
import {
  IPCMessageReader,
  IPCMessageWriter,
  LanguageClient,
  type LanguageClientOptions,
  type MessageTransports,
} from 'vscode-languageclient/node';
import { takeServerProcess } from './serverProcess';

const CLIENT_OPTIONS: LanguageClientOptions = {
  documentSelector: [
    { scheme: 'file', language: 'markdown' },
    { scheme: 'untitled', language: 'markdown' },
  ],
  // The server registers its own watchers for config, module and code files (lsp/watch.ts).
  synchronize: { configurationSection: 'treatmentPlan' },
  initializationOptions: () => ({
    // In a workspace not trusted, the server reads no path the workspace names (built-in library only).
    trusted: vscode.workspace.isTrusted,
    // The settings as the server would pull them after `initialized`: the same answer then changes
    // nothing, where a first check under other settings would be redone and every plan pulled again.
    settings: vscode.workspace.getConfiguration().get('treatmentPlan') ?? {},
  }),
  // The server answers pulls and does not also push to a client that pulls.
  diagnosticPullOptions: { onChange: true, onSave: true, onTabs: false },
};

export interface StartedClient {
  client: LanguageClient;
  output: vscode.LogOutputChannel;
  /** Settles when the server has answered initialize (rejects if it could not start). */
  started: Promise<void>;
}

function startClient(): StartedClient {
  const output = vscode.window.createOutputChannel('Treatment Plan', { log: true });
  const transports = (): Promise<MessageTransports> => {
    const proc = takeServerProcess(output);
    return Promise.resolve({ reader: new IPCMessageReader(proc), writer: new IPCMessageWriter(proc), detached: false });
  };
  const client = new LanguageClient('treatmentPlan', 'Treatment Plan', transports, {
    ...CLIENT_OPTIONS,
    outputChannel: output,
  });
  return { client, output, started: client.start() };
}

let first: StartedClient | undefined = startClient();

/** The client started at load, the first time; another, started now, after (a host that activates us again). */
export function takeClient(): StartedClient {
  const taken = first ?? startClient();
  first = undefined;
  return taken;
}
