// The stdio frame filter finds its place again after any malformed frame: each
// valid message after it is passed on whole, in order, however the bytes are
// split across writes, and no body is ever read as a header.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FrameFilter } from '../../server/src/lsp/framing';

const message = (id: number, extra = '') =>
  JSON.stringify({ jsonrpc: '2.0', id, method: 'shutdown', params: { extra } });
const frame = (body: string, header = `Content-Length: ${Buffer.byteLength(body)}\r\n`) => `${header}\r\n${body}`;

/** What comes out of the filter for these writes: the bodies of the frames it passes on, and how many it dropped. */
async function through(writes: readonly string[]): Promise<{ bodies: string[]; dropped: number }> {
  const filter = new FrameFilter();
  const out: Buffer[] = [];
  filter.on('data', (b: Buffer) => out.push(b));
  for (const w of writes) filter.write(Buffer.from(w, 'latin1'));
  await new Promise<void>((resolve) => filter.end(resolve));
  const all = Buffer.concat(out).toString('latin1');
  // What comes out is well-formed: read it back strictly.
  const bodies: string[] = [];
  for (let at = 0; at < all.length;) {
    const end = all.indexOf('\r\n\r\n', at);
    const length = Number(/Content-Length: (\d+)/i.exec(all.slice(at, end))![1]);
    bodies.push(all.slice(end + 4, end + 4 + length));
    at = end + 4 + length;
  }
  return { bodies, dropped: filter.dropped };
}

const BAD: Array<[string, string]> = [
  ['no Content-Length', frame(message(1), 'Content-Type: application/vscode-jsonrpc; charset=utf-8\r\n')],
  ['a length too short', frame(message(1), 'Content-Length: 20\r\n')],
  ['a length too long', frame(message(1), 'Content-Length: 90\r\n')],
  ['a negative length', frame(message(1), 'Content-Length: -52\r\n')],
  ['a length that is no number', frame(message(1), 'Content-Length: NaN\r\n')],
  ['a length in another notation', frame(message(1), 'Content-Length: 5e1\r\n')],
  ['a huge length', frame(message(1), 'Content-Length: 99999999999999\r\n')],
  ['a length over the limit', frame(message(1), 'Content-Length: 900000000\r\n')],
  ['the length twice, the same', frame(message(1), `Content-Length: 52\r\nContent-Length: 52\r\n`)],
  ['the length twice, different', frame(message(1), `Content-Length: 52\r\nContent-Length: 60\r\n`)],
  ['LF-only header lines', `Content-Length: 52\n\n${message(1)}`],
  ['LF-only after a CR LF line', `Content-Type: x\r\nContent-Length: 52\n\n${message(1)}`],
  ['a line that is no header', frame(message(1), 'Content-Length: 52\r\nhello\r\n')],
  ['an empty header', `\r\n\r\n${message(1)}`],
  ['stray bytes', 'hello world\n'],
  ['a body with no header', message(1)],
];

describe('the frame filter', () => {
  for (const [name, bad] of BAD) {
    it(`answers the next message after ${name}`, async () => {
      const next = [frame(message(2)), frame(message(3))];
      const whole = await through([bad, ...next]);
      expect(whole.bodies).toEqual([message(2), message(3)]);
      expect(whole.dropped).toBeGreaterThan(0);
      // Byte by byte, the same.
      const bytes = await through([...(bad + next.join(''))]);
      expect(bytes.bodies).toEqual([message(2), message(3)]);
    });
  }

  it('passes a message whose text holds a header, and one after a Content-Type', async () => {
    const tricky = message(4, 'Content-Length: 5\r\n\r\n{"x":1}Content-Length: 7');
    const typed = frame(
      message(5),
      `Content-Type: application/vscode-jsonrpc; charset=utf-8\r\nContent-Length: ${message(5).length}\r\n`,
    );
    const r = await through([frame(tricky), typed]);
    expect(r).toEqual({ bodies: [tricky, message(5)], dropped: 0 });
  });

  it('passes every valid frame, in order, among malformed ones split anywhere', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.oneof(fc.nat({ max: BAD.length - 1 }), fc.constant(-1)), { minLength: 1, maxLength: 12 }),
        fc.array(fc.integer({ min: 1, max: 40 }), { minLength: 1, maxLength: 10 }),
        async (pieces, cuts) => {
          let id = 100;
          const expected: string[] = [];
          let text = '';
          for (const p of pieces) {
            if (p >= 0) text += BAD[p]![1];
            // A valid frame after each piece.
            const body = message(++id);
            expected.push(body);
            text += frame(body);
          }
          const writes: string[] = [];
          for (let at = 0, i = 0; at < text.length; i++) {
            const size = cuts[i % cuts.length]!;
            writes.push(text.slice(at, at + size));
            at += size;
          }
          const { bodies } = await through(writes);
          // Every valid frame, in order, none altered: a length too long is found at the next frame's header.
          expect(bodies).toEqual(expected);
        },
      ),
      { numRuns: 300 },
    );
  });
});
