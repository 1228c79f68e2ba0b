// Sends a request of the shared protocol (server/src/protocol.ts): the name
// and the types come from there, never from a string written here.
import type { LanguageClient } from 'vscode-languageclient/node';
import type { RequestDef } from '../../server/src/protocol';

export function send<P, R>(client: LanguageClient, request: RequestDef<P, R>, params: P): Promise<R> {
  return client.sendRequest(request.method, params) as Promise<R>;
}
