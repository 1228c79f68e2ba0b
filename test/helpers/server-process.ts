// The built language server as a process, over stdio, initialized as an
// editor would (no workspace folder) with the options tests and benchmarks
// fix: today, the wait before a check. For the benchmarks and the soak run.
import { spawn, type ChildProcess } from 'node:child_process';
import * as path from 'node:path';
import {
  StreamMessageReader,
  StreamMessageWriter,
  createProtocolConnection,
  type ProtocolConnection,
} from 'vscode-languageserver-protocol/node';

export interface ServerProcess {
  proc: ChildProcess;
  conn: ProtocolConnection;
  /** Sends initialize and initialized, once the caller's handlers are set. */
  start(initializationOptions: Record<string, unknown>): Promise<void>;
}

/** `node [flags] dist/server.js --stdio`, or the file itself (its shebang's flags) when no flags are given. */
export function serverProcess(dist: string, nodeFlags?: readonly string[]): ServerProcess {
  const server = path.join(dist, 'server.js');
  const proc =
    nodeFlags === undefined
      ? spawn(server, ['--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] })
      : spawn(process.execPath, [...nodeFlags, server, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const conn = createProtocolConnection(new StreamMessageReader(proc.stdout!), new StreamMessageWriter(proc.stdin!));
  return {
    proc,
    conn,
    async start(initializationOptions) {
      conn.listen();
      await conn.sendRequest('initialize', {
        processId: process.pid,
        rootUri: null,
        workspaceFolders: null,
        capabilities: {},
        initializationOptions,
      });
      await conn.sendNotification('initialized', {});
    },
  };
}
