// The language server's process. It is started when the extension's code is
// loaded, not when activate() is called: in between, VS Code prepares the
// extension's context (its stored state, a round trip to the window), which
// took half a second in a fresh window of the e2e suite while the server's
// own start (a second there) could already run. activate() hands this first
// process to the client; a restart starts another. Over IPC, as
// vscode-languageclient's own TransportKind.ipc starts it.

import { fork, type ChildProcess } from 'node:child_process';
import * as path from 'node:path';
import type * as vscode from 'vscode';
import { IPCMessageReader, IPCMessageWriter, type MessageTransports } from 'vscode-languageclient/node';

/** dist/server.js, beside this bundle's folder (dist/client). */
const SERVER = path.join(__dirname, '..', 'server.js');

/** An extension host run under a debugger starts the server to be debugged too (as vscode-languageclient does). */
const debugging = process.execArgv.some((a) => /^--(?:debug|inspect)(?:-brk)?(?:=|$)/.test(a));

function start(): ChildProcess {
  return fork(SERVER, ['--node-ipc', `--clientProcessId=${process.pid}`], {
    // The server's V8 flags keep its memory small (see scripts/build.mjs).
    execArgv: [...__SERVER_NODE_FLAGS__, ...(debugging ? ['--nolazy', '--inspect=6010'] : [])],
    // VS Code's executable runs as Node for it.
    env: { ...process.env, ELECTRON_RUN_AS_NODE: '1', ELECTRON_NO_ASAR: '1' },
    silent: true,
  });
}

let first: ChildProcess | undefined = start();
let current: ChildProcess | undefined;

/** The server's transports for the client: the process started at load the first time, a new one after. */
export function serverTransports(output: vscode.OutputChannel): Promise<MessageTransports> {
  const proc = first ?? start();
  first = undefined;
  current = proc;
  // What the server writes outside the protocol (a crash) goes to its output channel, never plan text.
  proc.stderr?.on('data', (d: Buffer) => output.append(String(d)));
  proc.stdout?.on('data', (d: Buffer) => output.append(String(d)));
  return Promise.resolve({ reader: new IPCMessageReader(proc), writer: new IPCMessageWriter(proc), detached: false });
}

/** Ends the server's process if the client's shutdown left it running (or the client never took it). */
export function endServerProcess(): void {
  for (const proc of [first, current]) if (proc && proc.exitCode === null && proc.signalCode === null) proc.kill();
  first = current = undefined;
}
