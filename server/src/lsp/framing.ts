// JSON-RPC over stdio frames each message with a `Content-Length` header. A
// frame without one (a client bug, a stray write to the pipe) makes the
// protocol library's reader stop for good; this filter passes on only
// well-formed frames and drops the rest, so the server reads on.

import { Transform, type TransformCallback } from 'node:stream';

const HEADER_END = Buffer.from('\r\n\r\n');
/** More than any plan's message (a 2-million-character plan, escaped): a header claiming more is not believed. */
const MAX_CONTENT_LENGTH = 64 * 1024 * 1024;

export class FrameFilter extends Transform {
  private buffer: Buffer = Buffer.alloc(0);
  /** Frames dropped so far (support and tests; never their content). */
  dropped = 0;

  constructor(private readonly onDrop: (reason: string) => void = () => {}) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    this.buffer = this.buffer.length ? Buffer.concat([this.buffer, chunk]) : chunk;
    for (;;) {
      const end = this.buffer.indexOf(HEADER_END);
      if (end < 0) {
        // A header never ends: keep at most a little of it while waiting.
        if (this.buffer.length > 64 * 1024) this.discard('a header over 64 kB');
        break;
      }
      const length = contentLength(this.buffer.subarray(0, end).toString('ascii'));
      if (length === undefined) {
        this.buffer = this.buffer.subarray(end + HEADER_END.length);
        this.discard('a message without a valid Content-Length');
        continue;
      }
      const total = end + HEADER_END.length + length;
      if (this.buffer.length < total) break;
      this.push(this.buffer.subarray(0, total));
      this.buffer = this.buffer.subarray(total);
    }
    done();
  }

  private discard(reason: string): void {
    if (reason.startsWith('a header over')) this.buffer = Buffer.alloc(0);
    this.dropped++;
    this.onDrop(reason);
  }
}

/** The Content-Length of a header block, or undefined when it has none that can be believed. */
function contentLength(header: string): number | undefined {
  let length: number | undefined;
  for (const line of header.split('\r\n')) {
    const m = /^content-length:\s*(\d+)\s*$/i.exec(line);
    if (m) length = Number(m[1]);
    else if (!/^[\w-]+:/.test(line)) return undefined;
  }
  return length !== undefined && length <= MAX_CONTENT_LENGTH ? length : undefined;
}
