// The Plan of a text that is not parsed or not checked: too large, nested or
// marked up past what remark parses in linear time (guard.ts), over its time
// limit, unreadable, or failed. Empty, with the one finding that says why, on
// the line where it starts.

import { MAX_MARKUP, type Refusal } from './guard';
import type { ChunkFacts } from './blocks';
import { LineIndex } from './lines';
import type { ParseFinding, Plan, Range } from './model';

/**
 * The largest text parsed as a plan. Real plans are a few kilobytes; remark
 * parses about a megabyte a second, and an editor must stay responsive.
 */
export const MAX_PLAN_LENGTH = 2_000_000;

/**
 * A time limit for checking one plan, read between its stages (before each
 * section is parsed, before each rule runs): the caller holds the clock, so
 * the core reads no time and a test can spend it at any stage.
 */
export interface Budget {
  /** True once the time is up. */
  spent(): boolean;
  /** The limit, in seconds (for the finding's message). */
  readonly seconds: number;
}

/** The finding of a plan whose check took longer than its budget: at its first line. */
export function slowFinding(text: string, budget: Budget): ParseFinding {
  return {
    rule: 'plan-too-complex',
    messageId: 'slow',
    data: { seconds: budget.seconds },
    range: lineRange(text, 0),
  };
}

/** The Plan of a file that could not be read ('unreadable', with why) or checked ('failed', with the error's kind). */
export function unchecked(text: string, messageId: 'unreadable' | 'failed', detail: string): Plan {
  return refused(text, {
    rule: 'plan-unchecked',
    messageId,
    data: messageId === 'unreadable' ? { why: detail } : { kind: detail },
    range: lineRange(text, 0),
  });
}

/** The Plan of a text that is not parsed: empty, with the one finding that says why. */
export function refused(text: string, finding: ParseFinding): Plan {
  return {
    text,
    eol: '\n',
    end: finding.range.end,
    meta: {},
    typeFindings: [],
    unknownKeys: [],
    problems: [],
    sections: [],
    measures: [],
    headings: [],
    misplaced: [],
    directives: [],
    chunks: [],
    parseFindings: [finding],
  };
}

/** The range of a whole line of the text (0-based), without its line break. */
function lineRange(text: string, line: number): Range {
  let start = 0;
  for (let l = 0; l < line && start < text.length; start++) {
    const c = text.charCodeAt(start);
    if (c === 10 || (c === 13 && text.charCodeAt(start + 1) !== 10)) l++;
  }
  let end = start;
  while (end < text.length && text.charCodeAt(end) !== 10 && text.charCodeAt(end) !== 13) end++;
  return { start: { line, character: 0 }, end: { line, character: end - start } };
}

/** The Plan of a text too large to parse. */
export function tooLarge(text: string): Plan {
  return refused(text, {
    rule: 'plan-too-large',
    messageId: 'tooLarge',
    data: { size: (text.length / 1_000_000).toFixed(1), limit: MAX_PLAN_LENGTH / 1_000_000 },
    range: lineRange(text, 0),
  });
}

/** The Plan of a text nested or marked up past what remark parses in linear time (guard.ts). */
export function tooComplex(text: string, why: Refusal): Plan {
  return refused(text, {
    rule: 'plan-too-complex',
    messageId: why.kind,
    data:
      why.kind === 'nested'
        ? { depth: why.depth, limit: why.limit }
        : why.kind === 'lazy'
          ? { lines: why.lines }
          : why.kind === 'closing'
            ? { closings: why.closings }
            : why.kind === 'underline'
              ? { headings: why.headings }
              : why.kind === 'bracket'
                ? { words: why.words }
                : why.kind === 'rebuilds'
                  ? undefined
                  : { limit: MAX_MARKUP },
    range: lineRange(text, why.line),
  });
}

/** The facts of a chunk the guard refused: no blocks, and why (its line relative to the chunk). */
export function refusedChunk(text: string, refusal: Refusal): ChunkFacts {
  const lines = new LineIndex(text);
  const last = lines.lineCount - 1;
  return {
    text,
    blocks: [],
    directives: [],
    endsOpen: false,
    end: { line: last, character: text.length - lines.starts[last]! },
    at: { line: 0, character: 0 },
    refusal,
  };
}
