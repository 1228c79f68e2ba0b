// An editor that hands the server its settings in initialize (the extension
// does: client/src/languageClient.ts) is not asked to pull every plan's
// diagnostics again when the server then pulls the same settings; other
// settings than those it started with still are.
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import {
  StreamMessageReader,
  StreamMessageWriter,
  createProtocolConnection,
} from 'vscode-languageserver-protocol/node';
import { ROOT } from '../helpers/library';

const SETTINGS = { rules: { phi: 'error' }, profile: 'insurance' };

/** The requests the server sends after initialized (of the two that matter here), given the settings in initialize and those it then pulls. */
async function afterStart(initial: unknown, pulled: unknown): Promise<string[]> {
  const proc = spawn(process.execPath, [path.join(ROOT, 'dist', 'server.js'), '--stdio'], { stdio: 'pipe' });
  const connection = createProtocolConnection(
    new StreamMessageReader(proc.stdout),
    new StreamMessageWriter(proc.stdin),
  );
  const asked: string[] = [];
  let pulledSettings!: () => void;
  const settingsPulled = new Promise<void>((resolve) => (pulledSettings = resolve));
  connection.onRequest('workspace/configuration', () => {
    asked.push('workspace/configuration');
    setImmediate(pulledSettings);
    return [pulled];
  });
  connection.onRequest('workspace/diagnostic/refresh', () => {
    asked.push('workspace/diagnostic/refresh');
    return null;
  });
  connection.onRequest('client/registerCapability', () => null);
  connection.listen();
  try {
    const root = pathToFileURL(mkdtempSync(path.join(tmpdir(), 'tplan-first-settings-'))).href;
    await connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: root,
      workspaceFolders: [{ uri: root, name: 'ws' }],
      capabilities: {
        workspace: { configuration: true, diagnostics: { refreshSupport: true } },
        textDocument: { diagnostic: {} },
      },
      initializationOptions: { settings: initial },
    });
    await connection.sendNotification('initialized', {});
    await settingsPulled;
    // A round trip after the settings' answer: a refresh it caused is sent before this answer.
    await connection.sendRequest('workspace/diagnostic', { previousResultIds: [] });
    return asked;
  } finally {
    connection.dispose();
    proc.kill();
  }
}

describe('the settings an editor gives in initialize', () => {
  it('are not a change when the server pulls the same', async () => {
    expect(await afterStart(SETTINGS, SETTINGS)).toEqual(['workspace/configuration']);
  });

  it('other settings pulled after them are, and the editor is asked to pull again', async () => {
    expect(await afterStart({}, SETTINGS)).toEqual(['workspace/configuration', 'workspace/diagnostic/refresh']);
  });
});
