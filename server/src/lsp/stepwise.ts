// Long requests (the workspace's diagnostics, the caseload) are answered a
// step at a time: between steps the connection reads what came in, so a
// `$/cancelRequest` is seen, and a cancelled request stops with
// RequestCancelled (-32800, LSP 3.17) instead of finishing work nobody waits for.

import { LSPErrorCodes, ResponseError, type CancellationToken } from 'vscode-languageserver/node';

const turn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Runs the steps of a request to its result, yielding to the event loop between them. */
export async function stepwise<T>(steps: Iterator<unknown, T>, token: CancellationToken): Promise<T> {
  for (;;) {
    await turn();
    if (token.isCancellationRequested)
      throw new ResponseError(LSPErrorCodes.RequestCancelled, 'The request was cancelled.');
    const next = steps.next();
    if (next.done) return next.value;
  }
}
