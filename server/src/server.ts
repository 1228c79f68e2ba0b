// `tplan-language-server`: the language server over stdio (editors) or IPC
// (the VS Code extension). Runs with V8 flags for a small heap, set once in
// scripts/build.mjs (the bin's shebang, the client's execArgv, the benchmark).

import {
  ProposedFeatures,
  StreamMessageReader,
  StreamMessageWriter,
  createConnection,
  type Connection,
} from 'vscode-languageserver/node';
import * as path from 'node:path';
import { FrameFilter } from './lsp/framing';
import { runBigPlanWorker } from './lsp/bigPlans';
import { startServer } from './lsp/server';
import { nodeHost } from './node/nodeHost';
import { setShortcuts, shortcutsIn } from './base/shortcuts';

// Messages coming in: the service's background checks wait until they stop (service/scheduler.ts).
let incoming = (): void => {};

function stdioConnection(): Connection {
  // Malformed frames are dropped before the protocol library reads them.
  const input = process.stdin.pipe(
    new FrameFilter(
      (reason) => process.stderr.write(`treatment plan: dropped ${reason}\n`),
      () => incoming(),
    ),
  );
  return createConnection(
    ProposedFeatures.all,
    new StreamMessageReader(input),
    new StreamMessageWriter(process.stdout),
  );
}

// The shortcuts' switch, from the environment (the big-plan worker inherits the server's).
setShortcuts(shortcutsIn(process.env));
// Started as the worker that holds big plans (lsp/bigPlans.ts): no connection of its own.
if (!runBigPlanWorker()) {
  const connection = process.argv.includes('--stdio') ? stdioConnection() : createConnection(ProposedFeatures.all);
  // The executable that loaded this bundle (dist/server.js, with its code cache), which the big-plan
  // worker runs; not the sources under a test runner, nor the build's code-cache run.
  const entry = process.argv[1];
  const bigPlanScript = entry && /[\\/]server\.js$/.test(entry) ? path.resolve(entry) : undefined;
  const service = startServer(connection, { host: nodeHost, ...(bigPlanScript ? { bigPlanScript } : {}) });
  incoming = () => service.scheduler.touch();
  // Over IPC (the VS Code extension), each message is a process message.
  process.on('message', () => incoming());

  // A request that throws must not take the server down: the library answers with an error response.
  process.on('uncaughtException', (e) => connection.console.error(`treatment plan: internal error (${e.name})`));
}
