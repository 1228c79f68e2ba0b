// JSON-RPC over stdio frames each message with a `Content-Length` header. A
// malformed frame (a client bug, a stray write to the pipe) makes the
// protocol library's reader lose its place for good; this filter passes on
// only well-formed frames, drops the rest, and finds its place again at the
// next `Content-Length: N` header line: never by reading a body as a header.
//
// A header is `Name: value` lines, each ended by CR LF, then an empty line,
// with exactly one `Content-Length` of digits (at most MAX_CONTENT_LENGTH).
// Anything else (LF alone, a negative, non-numeric, huge or repeated length,
// a line that is no header) is dropped up to the next header. A body must be
// one JSON object (`{` … `}`): a length too short cuts it, and the rest is
// dropped up to the next header; a length too long takes in the next frame's
// header, which a body cannot hold (a JSON string escapes CR LF), so the frame
// is dropped there and the next one read.

import { Transform, type TransformCallback } from 'node:stream';

/** More than any plan's message (a 2-million-character plan, escaped): a header claiming more is not believed. */
const MAX_CONTENT_LENGTH = 64 * 1024 * 1024;
/** A header block longer than this is no header. */
const MAX_HEADER = 64 * 1024;
const HEADER_END = Buffer.from('\r\n\r\n');
/** Where a frame starts: a Content-Length line, ended by CR LF (as no JSON body can hold it). */
const NEXT_FRAME = /content-length:[ \t]*\d+[ \t]*\r\n/i;
const HEADER_LINE = /^[A-Za-z0-9-]+:[^\r\n]*$/;
const LENGTH_LINE = /^content-length:[ \t]*(\d{1,9})[ \t]*$/i;

type Header = { length: number; end: number } | 'wait' | 'bad';

export class FrameFilter extends Transform {
  private buffer: Buffer = Buffer.alloc(0);
  /** How much of the body at the start of the buffer was searched for a next header (each byte once). */
  private searched = 0;
  /** Frames dropped so far (support and tests; never their content). */
  dropped = 0;

  constructor(
    private readonly onDrop: (reason: string) => void = () => {},
    /** Told when bytes come in (the server's background checks wait while they do). */
    private readonly onData: () => void = () => {},
  ) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    this.onData();
    this.buffer = this.buffer.length ? Buffer.concat([this.buffer, chunk]) : chunk;
    while (this.buffer.length > 0) {
      const header = readHeader(this.buffer);
      if (header === 'wait') break;
      if (header === 'bad') {
        this.resync('a malformed header');
        continue;
      }
      const total = header.end + header.length;
      const body = this.buffer.subarray(header.end, Math.min(total, this.buffer.length));
      // The next frame's header inside this one's body: its length was too long.
      const from = Math.max(0, this.searched - 64);
      const found = latin1(body.subarray(from)).search(NEXT_FRAME);
      this.searched = body.length;
      if (found >= 0) {
        this.move(header.end + from + found);
        this.discard('a Content-Length longer than its message');
        continue;
      }
      if (this.buffer.length < total) break;
      const frame = this.buffer.subarray(0, total);
      this.move(total);
      if (isObject(body)) this.push(frame);
      else this.discard('a Content-Length shorter than its message');
    }
    done();
  }

  /** Drops what starts the buffer up to the next frame's header (or all but a tail that may begin one). */
  private resync(reason: string): void {
    const text = latin1(this.buffer);
    const next = text.slice(1).search(NEXT_FRAME);
    if (next >= 0) this.move(next + 1);
    // No header yet: keep only what could be the start of one, split across writes.
    else this.move(Math.max(1, this.buffer.length - 64));
    this.discard(reason);
  }

  private move(offset: number): void {
    this.buffer = this.buffer.subarray(offset);
    this.searched = 0;
  }

  private discard(reason: string): void {
    this.dropped++;
    this.onDrop(reason);
  }
}

function latin1(bytes: Buffer): string {
  return bytes.toString('latin1');
}

/** A body that is one JSON object, as far as its first and last characters show. */
function isObject(body: Buffer): boolean {
  const text = latin1(body).trim();
  return text.startsWith('{') && text.endsWith('}');
}

/** The header at the start of the buffer: its Content-Length and where the body starts, or wait for more, or bad. */
function readHeader(buffer: Buffer): Header {
  const end = buffer.indexOf(HEADER_END);
  const text = latin1(end >= 0 ? buffer.subarray(0, end) : buffer.subarray(0, MAX_HEADER + 1));
  // A line ended by LF alone, or anything but header lines, is no header, whole or not.
  const lines = text.split('\r\n');
  const whole = end >= 0 ? lines : lines.slice(0, -1);
  const partial = end >= 0 ? '' : lines[lines.length - 1]!;
  if (end > MAX_HEADER || /(?:^|[^\r])\n/.test(text) || whole.some((l) => !HEADER_LINE.test(l))) return 'bad';
  if (end < 0) {
    if (text.length > MAX_HEADER || !/^[A-Za-z0-9-]*(?::[^\r\n]*)?\r?$/.test(partial)) return 'bad';
    return 'wait';
  }
  const lengths = whole.map((l) => LENGTH_LINE.exec(l)).filter((m) => m !== null);
  const named = whole.filter((l) => /^content-length:/i.test(l)).length;
  if (lengths.length !== 1 || named !== 1) return 'bad';
  const length = Number(lengths[0]![1]);
  if (length > MAX_CONTENT_LENGTH) return 'bad';
  return { length, end: end + HEADER_END.length };
}
