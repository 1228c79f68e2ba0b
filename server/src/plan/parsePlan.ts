// parsePlan: text → Plan. The text is split into its frontmatter and top-level
// sections (split.ts); each piece is parsed on its own, and a parse given the
// plan of the version before reuses every piece whose text did not change, so a
// re-parse after an edit costs about one section. Never throws.

import type { Block, ChunkFacts } from './blocks';
import { parseChunk } from './blocks';
import { TooManyRebuilds, withRebuildLimit } from './rebuilds';
import { scanPlainChunk } from './scan';
import { shortcutsOn } from '../base/shortcuts';
import { frontmatterOf, type FrontmatterFacts } from './frontmatter';
import type { Chunk, Directive, Frontmatter, ParseFinding, Plan, Position } from './model';
import { split, type SplitResult, type TextChunk } from './split';
import { buildOutline } from './structure';
import { place } from './place';
import { chunkRefusal } from './guard';
import { MAX_PLAN_LENGTH, refused, refusedChunk, slowFinding, tooComplex, tooLarge, type Budget } from './refused';

export { MAX_PLAN_LENGTH } from './refused';

export interface ParseOptions {
  /** Parse the whole text in one piece (the reference the section-wise parse is tested against). */
  whole?: boolean;
  /** The plan of an earlier version of the same text: its unchanged sections are not parsed again. */
  previous?: Plan;
  /** Where the splitter starts cutting a chunk at any heading or paragraph (tests set it low). */
  softChunkLimit?: number;
  /** A time limit, read before each section is parsed: once spent, the plan is one `plan-too-complex` finding. */
  budget?: Budget;
}

/**
 * The parsed chunks of each plan, by chunk key. The next parse of the same
 * document (`previous`) takes the chunks whose text did not change from here,
 * so a re-parse after an edit costs about one section. Held only as long as
 * the plan is: a document nobody keeps a plan of costs no memory.
 */
const chunksOf = new WeakMap<Plan, Map<string, ChunkFacts>>();

/** Drops every cached frontmatter parse (tests and benchmarks measure cold parses with it). */
export function clearParseCache(): void {
  frontmatterOf.clear();
}

/** A string that holds only its own characters (not a view into a larger one). */
function flat(s: string): string {
  return ` ${s}`.slice(1);
}

/** A chunk's key in the cache: its text, and which parser reads it (they differ only on a text that starts with `---`). */
export function chunkKey(chunk: { text: string; frontmatter: boolean }): string {
  return `${chunk.frontmatter ? 'f' : 'b'}${chunk.text}`;
}

function chunkFacts(
  chunk: TextChunk,
  previous: Map<string, ChunkFacts> | undefined,
  current: Map<string, ChunkFacts>,
): ChunkFacts {
  const { text, frontmatter } = chunk;
  const key = chunkKey(chunk);
  let facts = current.get(key) ?? previous?.get(key);
  // Parsed from a copy: the facts' strings are slices of what was parsed, and
  // a slice of the document would keep this whole version of it alive.
  // A plain chunk is read line by line (scan.ts, a shortcut); any other goes to remark.
  if (!facts) {
    const copy = flat(text);
    const at = { line: chunk.line, character: chunk.character };
    // What the guard refuses is not parsed at all: its facts say why.
    const refusal = chunkRefusal(copy, frontmatter);
    facts = refusal
      ? refusedChunk(copy, refusal)
      : ((shortcutsOn() ? scanPlainChunk(copy, frontmatter, at) : undefined) ?? remarkChunk(copy, frontmatter));
  }
  current.set(key, facts);
  return facts;
}

/** A chunk as remark reads it, or refused when the parser's own count of its rebuilds passes its limit. */
function remarkChunk(text: string, frontmatter: boolean): ChunkFacts {
  const facts = withRebuildLimit(text.length, () => parseChunk(text, frontmatter));
  return facts instanceof TooManyRebuilds ? refusedChunk(text, { kind: 'rebuilds', line: facts.line }) : facts;
}

/** The whole-document reference parse: the text in one piece, or, after a prelude, the prelude and the rest. */
function wholeChunks(text: string, bom: number, result: SplitResult, fmChunk: TextChunk | undefined): TextChunk[] {
  const prelude = result.prelude ? result.chunks[0] : undefined;
  if (prelude && fmChunk) {
    return [
      prelude,
      { offset: fmChunk.offset, line: fmChunk.line, character: 0, text: text.slice(fmChunk.offset), frontmatter: true },
    ];
  }
  return [{ offset: bom, line: 0, character: bom, text: text.slice(bom), frontmatter: fmChunk !== undefined }];
}

/**
 * A chunk without the byte order marks at its start (a document may hold a
 * second after the first, which parsePlan drops): remark drops a text's
 * leading U+FEFF and counts positions without it, so its offsets would no
 * longer fit the text. Dropped here, they move the chunk's first column.
 */
function withoutLeadingBom(chunk: TextChunk): TextChunk {
  let n = 0;
  while (chunk.text.charCodeAt(n) === 0xfeff) n++;
  if (n === 0) return chunk;
  return { ...chunk, offset: chunk.offset + n, character: chunk.character + n, text: chunk.text.slice(n) };
}

/** The finding that the frontmatter comes after comments: its range is the comments. */
function preludeFinding(text: string, bom: number, fmChunk: TextChunk): ParseFinding {
  const before = text.slice(bom, fmChunk.offset).trimEnd();
  const lines = before.split(/\r\n|\r|\n/);
  const last = lines.length - 1;
  const end = { line: last, character: (last === 0 ? bom : 0) + (lines[last]?.length ?? 0) };
  return {
    rule: 'frontmatter-position',
    messageId: 'afterComments',
    range: { start: { line: 0, character: bom }, end },
  };
}

export function parsePlan(text: string, options: ParseOptions = {}): Plan {
  if (text.length > MAX_PLAN_LENGTH) return tooLarge(text);
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const splitResult = split(text, options.softChunkLimit);
  // Leading comments before the frontmatter (a prelude) are a chunk of their own.
  const fmIndex = splitResult.prelude ? 1 : 0;
  const fmChunk = splitResult.chunks[fmIndex]?.frontmatter ? splitResult.chunks[fmIndex] : undefined;
  const chunks: TextChunk[] = options.whole ? wholeChunks(text, bom, splitResult, fmChunk) : splitResult.chunks;
  const read = readChunks(text, chunks, options, bom);
  if ('refused' in read) return read.refused;
  const { used, chunkBlocks, directives, factsOf, endPos, lastFacts, current } = read;
  const { frontmatter, fm, parseFindings } = frontmatterPart(
    text,
    bom,
    splitResult,
    fmChunk,
    chunkBlocks[fmIndex]?.[0],
    factsOf[fmIndex],
  );
  if (fm) directives.push(...fm.directives);

  const outline = buildOutline(chunkBlocks, endPos);
  const plan: Plan = {
    text,
    eol: /\r\n/.test(text.slice(0, 10_000)) ? '\r\n' : '\n',
    end: endPos,
    ...(frontmatter ? { frontmatter } : {}),
    meta: fm?.meta ?? {},
    typeFindings: fm?.typeFindings ?? [],
    unknownKeys: fm?.unknownKeys ?? [],
    ...(outline.title ? { title: outline.title } : {}),
    problems: outline.problems,
    ...(outline.safetyPlan ? { safetyPlan: outline.safetyPlan } : {}),
    sections: outline.sections,
    measures: outline.measures,
    headings: outline.headings,
    misplaced: outline.misplaced,
    directives,
    parseFindings,
    ...(lastFacts?.endsOpen && lastFacts.blocks.length > 0
      ? { openBlockStart: lastFacts.blocks[lastFacts.blocks.length - 1]!.range.start }
      : {}),
    // The chunks' texts are the parsed copies: a rule that keeps one (phi's memo) keeps no whole document.
    chunks: used.map((c): Chunk => ({
      text: c.text,
      line: c.line,
      character: c.character,
      frontmatter: c.frontmatter,
    })),
  };
  chunksOf.set(plan, current);
  return plan;
}

/** What the chunks gave, in order; or the plan refused, when one is too complex or the time ran out. */
type ChunksRead =
  | { refused: Plan }
  | {
      used: TextChunk[];
      chunkBlocks: Array<readonly Block[]>;
      directives: Directive[];
      factsOf: ChunkFacts[];
      endPos: Position;
      lastFacts: ChunkFacts | undefined;
      current: Map<string, ChunkFacts>;
    };

function readChunks(text: string, chunks: readonly TextChunk[], options: ParseOptions, bom: number): ChunksRead {
  const chunkBlocks: Array<readonly Block[]> = [];
  const directives: Directive[] = [];
  const factsOf: ChunkFacts[] = [];
  let endPos: Position = { line: 0, character: bom };
  let lastFacts: ChunkFacts | undefined;
  const used: TextChunk[] = [];
  const previous = options.previous ? chunksOf.get(options.previous) : undefined;
  const current = new Map<string, ChunkFacts>();
  for (let i = 0; i < chunks.length; i++) {
    if (options.budget?.spent()) return { refused: refused(text, slowFinding(text, options.budget)) };
    let chunk = withoutLeadingBom(chunks[i]!);
    let facts = chunkFacts(chunk, previous, current);
    if (facts.refusal)
      return { refused: tooComplex(text, { ...facts.refusal, line: chunk.line + facts.refusal.line }) };
    // The splitter cannot see every container; when a piece ends inside a
    // fence or an HTML block, the cut after it was wrong: join the next piece,
    // then twice as many each time it still ends open, so that a block left
    // open over many cuts is parsed again a few times, not once a cut.
    for (let join = 1; facts.endsOpen && i + 1 < chunks.length; join *= 2) {
      const next = chunks.slice(i + 1, i + 1 + join);
      i += next.length;
      chunk = { ...chunk, text: chunk.text + next.map((c) => c.text).join('') };
      facts = chunkFacts(chunk, previous, current);
      if (facts.refusal)
        return { refused: tooComplex(text, { ...facts.refusal, line: chunk.line + facts.refusal.line }) };
    }
    used.push({ ...chunk, text: facts.text });
    place(facts, chunk);
    lastFacts = facts;
    factsOf.push(facts);
    chunkBlocks.push(facts.blocks);
    for (const d of facts.directives) directives.push(d);
    endPos =
      facts.end.line === 0
        ? { line: chunk.line, character: chunk.character + facts.end.character }
        : { line: chunk.line + facts.end.line, character: facts.end.character };
  }
  return { used, chunkBlocks, directives, factsOf, endPos, lastFacts, current };
}

/** The frontmatter as read (its entries, its typed values, its findings), or the finding of one left open. */
function frontmatterPart(
  text: string,
  bom: number,
  splitResult: ReturnType<typeof split>,
  fmChunk: TextChunk | undefined,
  first: Block | undefined,
  fmFacts: ChunkFacts | undefined,
): {
  frontmatter?: Frontmatter;
  fm?: FrontmatterFacts & { directives: Directive[] };
  parseFindings: ParseFinding[];
} {
  const parseFindings: ParseFinding[] = [];
  if (fmChunk && first?.kind === 'yaml' && first.range.start.line === fmChunk.line && fmFacts) {
    const fm = frontmatterOf(`${fmChunk.line + 1}\u0000${fmFacts.yaml ?? ''}`);
    const start = first.range.start;
    const frontmatter: Frontmatter = {
      range: first.range,
      openRange: { start, end: { line: start.line, character: start.character + 3 } },
      insertAt: { line: first.range.end.line, character: 0 },
      ok: fm.ok,
      entries: fm.entries,
    };
    parseFindings.push(...fm.parseFindings);
    if (splitResult.prelude) parseFindings.push(preludeFinding(text, bom, fmChunk));
    return { frontmatter, fm, parseFindings };
  }
  const u = splitResult.unterminatedFrontmatter;
  if (u)
    parseFindings.push({
      rule: 'frontmatter-yaml',
      messageId: 'unclosed',
      range: {
        start: { line: u.line, character: u.character },
        end: { line: u.line, character: u.character + u.length },
      },
    });
  return { parseFindings };
}
