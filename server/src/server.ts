// `tplan-language-server`: the language server over stdio (editors) or IPC
// (the VS Code extension). Runs with V8 flags for a small heap, set once in
// scripts/build.mjs (the bin's shebang, the client's execArgv, the benchmark).

import { ProposedFeatures, createConnection } from 'vscode-languageserver/node';
import { startServer } from './lsp/server';
import { nodeHost } from './node/nodeHost';

const connection = createConnection(ProposedFeatures.all);
startServer(connection, { host: nodeHost });

// A request that throws must not take the server down: the library answers with an error response.
process.on('uncaughtException', (e) => connection.console.error(`treatment plan: internal error (${e.name})`));
