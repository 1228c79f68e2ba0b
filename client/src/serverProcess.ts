// The language server's process. It is started as the extension's bundle
// begins to load (extension.ts imports this module first, and it imports no
// library), not when activate() is called: the server's own start (a second
// in a fresh window of the e2e suite) runs while the extension host reads
// the rest of the bundle and the client starts. The client takes this first
// process; a restart starts another. Over IPC, as vscode-languageclient's own
// TransportKind.ipc starts it.

import { fork, type ChildProcess } from 'node:child_process';
import * as path from 'node:path';

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

/** The server's process for the client: the one started at load the first time, a new one after. */
export function takeServerProcess(output: { append(text: string): void }): ChildProcess {
  const proc = first ?? start();
  first = undefined;
  current = proc;
  // What the server writes outside the protocol (a crash) goes to its output channel, never plan text.
  proc.stderr?.on('data', (d: Buffer) => output.append(String(d)));
  proc.stdout?.on('data', (d: Buffer) => output.append(String(d)));
  return proc;
}

/** Ends the server's process if the client's shutdown left it running (or the client never took it). */
export function endServerProcess(): void {
  for (const proc of [first, current]) if (proc && proc.exitCode === null && proc.signalCode === null) proc.kill();
  first = current = undefined;
}
