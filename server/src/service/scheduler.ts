// When a document is checked: once the pending messages are read after it
// opens, and after a pause in typing after it changes, so that a burst of
// keystrokes costs one check. Each document has at most one check waiting.

import type { Timers } from './types';

export class CheckScheduler {
  private readonly pending = new Map<string, () => void>();

  constructor(
    private readonly timers: Timers,
    private readonly run: (uri: string) => void,
  ) {}

  /** Checks the document after `delayMs` (0: as soon as the pending messages are read), replacing any check waiting. */
  schedule(uri: string, delayMs: number): void {
    this.cancel(uri);
    const fire = () => {
      this.pending.delete(uri);
      this.run(uri);
    };
    if (delayMs === 0) {
      // Not Node's 1 ms minimum timer: a just-opened plan is checked at once.
      const handle = this.timers.setImmediate(fire);
      this.pending.set(uri, () => this.timers.clearImmediate(handle));
    } else {
      const handle = this.timers.setTimeout(fire, delayMs);
      this.pending.set(uri, () => this.timers.clearTimeout(handle));
    }
  }

  /** Forgets the check waiting for a document, if any. */
  cancel(uri: string): void {
    this.pending.get(uri)?.();
    this.pending.delete(uri);
  }

  get waiting(): number {
    return this.pending.size;
  }
}
