// The server's life as LSP 3.17 ("Lifecycle Messages") has it: before
// `initialize` is answered, a request gets ServerNotInitialized and a
// notification is dropped; after `shutdown`, a request gets InvalidRequest
// (-32600) and a notification is dropped, until `exit`.

import { ErrorCodes, ResponseError, type Connection } from 'vscode-languageserver/node';

export class Lifecycle {
  private initialized = false;
  private shutDown = false;

  constructor(connection: Connection) {
    connection.onShutdown(() => {
      this.shutDown = true;
    });
  }

  /** `initialize` is answered: requests and notifications are served from now on. */
  started(): void {
    this.initialized = true;
  }

  /** A request handler that errors before initialize and after shutdown. */
  readonly request =
    <A extends unknown[], R>(handler: (...args: A) => R) =>
    (...args: A): R => {
      if (!this.initialized)
        throw new ResponseError(ErrorCodes.ServerNotInitialized, 'The server is not initialized yet.');
      if (this.shutDown) throw new ResponseError(ErrorCodes.InvalidRequest, 'The server is shut down.');
      return handler(...args);
    };

  /** A notification handler that does nothing before initialize or after shutdown. */
  readonly notification =
    <A extends unknown[]>(handler: (...args: A) => void) =>
    (...args: A): void => {
      if (this.initialized && !this.shutDown) handler(...args);
    };
}
