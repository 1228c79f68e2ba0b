// The language server in process, over in-memory streams: the real connection
// code of both ends, no child process. Each test listens and initializes in its
// own way (fake timers, an event log, a pulling client), so only the wiring is here.
import { PassThrough } from 'node:stream';
import {
  ProposedFeatures,
  StreamMessageReader,
  StreamMessageWriter,
  createConnection,
} from 'vscode-languageserver/node';
import {
  StreamMessageReader as ClientReader,
  StreamMessageWriter as ClientWriter,
  createProtocolConnection,
  type ProtocolConnection,
} from 'vscode-languageserver-protocol/node';
import { startServer } from '../../server/src/lsp/server';

/** Starts a server with these options; returns the client's end, not yet listening. */
export function inMemoryServer(options: Parameters<typeof startServer>[1]): ProtocolConnection {
  const toServer = new PassThrough();
  const toClient = new PassThrough();
  startServer(
    createConnection(ProposedFeatures.all, new StreamMessageReader(toServer), new StreamMessageWriter(toClient)),
    options,
  );
  return createProtocolConnection(new ClientReader(toClient), new ClientWriter(toServer));
}
