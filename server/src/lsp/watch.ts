// Config, module and code files change on disk while plans are open. A client
// that can register file watchers dynamically is asked to watch them for the
// server (LSP 3.17, workspace/didChangeWatchedFiles): without a registration,
// editors other than VS Code never say that `.planrc.yaml` or a module changed.

import {
  DidChangeWatchedFilesNotification,
  type ClientCapabilities,
  type Connection,
} from 'vscode-languageserver/node';

/** The files whose change means every plan is checked again: the config, module files, code files. */
export const WATCHED = ['**/.planrc.yaml', '**/*.{yaml,yml}', '**/*.txt'];

/** Registers the watchers when the client can be asked to (after `initialized`). */
export function watchConfigFiles(connection: Connection, capabilities: ClientCapabilities): void {
  if (capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration !== true) return;
  void connection.client
    .register(DidChangeWatchedFilesNotification.type, { watchers: WATCHED.map((globPattern) => ({ globPattern })) })
    .catch(() => undefined);
}
