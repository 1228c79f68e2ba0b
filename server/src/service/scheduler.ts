// When a document is checked: once the pending messages are read after it
// opens, and after a pause in typing after it changes, so that a burst of
// keystrokes costs one check. Each document has at most one check waiting.
//
// Documents opened (or all checked again) wait in a background queue that
// runs one check per turn of the event loop, and only in a turn when no new
// message came in; while more than a few wait, only after no message came in
// for QUIET_MS. So 10,000 documents opened at once are checked after the
// messages that follow them are answered, not before (the next request used
// to wait for every one of those checks).

/** More background checks than this waiting: a burst, checked only once messages pause for QUIET_MS. */
const BURST = 16;
const QUIET_MS = 5;

import type { Timers } from './types';

export class CheckScheduler {
  private readonly pending = new Map<string, () => void>();
  /** Background checks, oldest first. */
  private readonly background = new Set<string>();
  private turn: unknown;
  /** Counts what came in (schedules, messages): a background check runs only in a turn when it did not move. */
  private activity = 0;
  private seen = -1;

  constructor(
    private readonly timers: Timers,
    private readonly run: (uri: string) => void,
  ) {}

  /**
   * Checks the document after `delayMs` (0: as soon as the pending messages
   * are read), replacing any check waiting; `background`: when no message
   * is coming in, after the background checks before it.
   */
  schedule(uri: string, delayMs: number, background = false): void {
    this.cancel(uri);
    this.activity++;
    const fire = () => {
      this.pending.delete(uri);
      this.run(uri);
    };
    if (background) {
      this.background.add(uri);
      this.pending.set(uri, () => this.background.delete(uri));
      this.wake();
    } else if (delayMs === 0) {
      // Not Node's 1 ms minimum timer: a just-changed plan is checked at once.
      const handle = this.timers.setImmediate(fire);
      this.pending.set(uri, () => this.timers.clearImmediate(handle));
    } else {
      const handle = this.timers.setTimeout(fire, delayMs);
      this.pending.set(uri, () => this.timers.clearTimeout(handle));
    }
  }

  /** A message came in: the background checks wait for a quiet turn. */
  touch(): void {
    this.activity++;
  }

  /** Forgets the check waiting for a document, if any. */
  cancel(uri: string): void {
    this.pending.get(uri)?.();
    this.pending.delete(uri);
  }

  get waiting(): number {
    return this.pending.size;
  }

  private wake(ms = 0): void {
    if (this.turn !== undefined) return;
    this.turn = ms > 0 ? this.timers.setTimeout(() => this.step(), ms) : this.timers.setImmediate(() => this.step());
  }

  private step(): void {
    this.turn = undefined;
    const [uri] = this.background;
    if (uri === undefined) return;
    // Messages are still coming in: they go first.
    if (this.activity !== this.seen) {
      this.seen = this.activity;
      this.wake(this.background.size > BURST ? QUIET_MS : 0);
      return;
    }
    this.background.delete(uri);
    this.pending.delete(uri);
    this.run(uri);
    if (this.background.size > 0) this.wake();
  }
}
