// At each lazy line (a line that lacks a container it would need, CommonMark
// 0.31.2, 5.1), micromark 4.0.3's document tokenizer walks back over the
// flow's events to a token that spans the line's start (`writeToChild` in
// lib/initialize/document.js): over the paragraph's lines so far when the
// paragraph goes on, over what came before when the line starts a block. The
// guard's container count (guard-containers.ts) holds this walk: the lazy
// lines' work it counts, plus its closings', plus a share of each line. The
// walk is internal to micromark, so it is counted in a copy of micromark
// bundled here with one line added to that loop.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { containerCosts } from '../../server/src/plan/guard-containers';
import { PLAN_LINES, repeatedLines } from '../helpers/planLines';

const ROOT = path.resolve(__dirname, '../..');
/** The loop's head in micromark's document tokenizer, and the count added at each step of it. */
const LOOP = 'let index = childFlow.events.length;\n      while (index--) {';
const COUNTED = `${LOOP} globalThis.__tplanLazyWalk++;`;

interface Micromark {
  parse: typeof import('micromark').parse;
  postprocess: typeof import('micromark').postprocess;
  preprocess: typeof import('micromark').preprocess;
  gfm: typeof import('micromark-extension-gfm').gfm;
}
let micromark: Micromark;
let folder: string;
const counter = globalThis as unknown as { __tplanLazyWalk: number };

beforeAll(async () => {
  const out = await build({
    stdin: {
      contents:
        "export { parse, postprocess, preprocess } from 'micromark'; export { gfm } from 'micromark-extension-gfm';",
      resolveDir: ROOT,
    },
    bundle: true,
    platform: 'node',
    format: 'esm',
    write: false,
    logLevel: 'silent',
    plugins: [
      {
        name: 'count-lazy-walk',
        setup(b) {
          b.onLoad({ filter: /micromark[\\/]lib[\\/]initialize[\\/]document\.js$/ }, async (args) => {
            const { readFile } = await import('node:fs/promises');
            const source = await readFile(args.path, 'utf8');
            // A micromark whose loop reads otherwise fails here, not silently counts nothing.
            if (!source.includes(LOOP)) throw new Error('micromark changed: the lazy line loop was not found');
            return { contents: source.replace(LOOP, COUNTED), loader: 'js' };
          });
        },
      },
    ],
  });
  folder = mkdtempSync(path.join(tmpdir(), 'tplan-lazy-'));
  const file = path.join(folder, 'micromark.mjs');
  writeFileSync(file, out.outputFiles[0]!.text);
  micromark = (await import(pathToFileURL(file).href)) as Micromark;
});
afterAll(() => {
  if (folder) rmSync(folder, { recursive: true, force: true });
});

/** The steps micromark's lazy line loop took while it read the text's blocks. */
function walkedBy(text: string): number {
  counter.__tplanLazyWalk = 0;
  const { parse, postprocess, preprocess, gfm } = micromark;
  postprocess(
    parse({ extensions: [gfm()] })
      .document()
      .write(preprocess()(text, undefined, true)),
  );
  return counter.__tplanLazyWalk;
}

describe("micromark's look-back at lazy lines", () => {
  it('is counted: a quote with lines that lack its `>` walks back over the paragraph at each', () => {
    const text = `> a note\n${'a line\n'.repeat(100)}`;
    const counted = containerCosts(text);
    expect(counted.lazy).toBeGreaterThan(4_000);
    // Two events a line of the paragraph (its chunk's enter and exit), at each of 100 lazy lines.
    expect(walkedBy(text)).toBeGreaterThan(2 * counted.lazy - 200);
  });

  it('stays within the lazy lines and closings the guard counts, and a share of each line', () => {
    // Link definitions too: they make more events, not more look-back.
    const texts = repeatedLines([...PLAN_LINES, '[a]: b']);
    fc.assert(
      fc.property(texts, (text) => {
        const counted = containerCosts(text);
        if (counted.refusal) return;
        const lines = text.split('\n').length;
        expect(walkedBy(text), JSON.stringify(text.slice(0, 120))).toBeLessThanOrEqual(
          4 * (counted.lazy + counted.closing) + 20 * lines,
        );
      }),
      { numRuns: 300 },
    );
  });
});
