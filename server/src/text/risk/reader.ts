// The risk reader: every risk a text speaks of, with its category, its words
// and when it happened. Passage by passage (a paragraph, list item or table
// row; segments.ts), the words of each category (lexicon-*.ts) are found,
// each term tried only in a passage that holds the words it cannot match
// without (screen.ts; most passages hold none and are passed over), then
// the context of each mention's sentence (context.ts) decides: a negated,
// supposed or watched-for mention is left out, another person's risk too,
// and a relative's suicide or attempt becomes a family history. The passage
// is then read whole (passage.ts).

import type { RiskCategory } from './categories';
import { modifiers, WINDOW, type Modifiers } from './context';
import { type Found, normalize, written } from './found';
import { readPassage } from './passage';
import { SUICIDE_TERMS } from './lexicon-suicide';
import { OTHER_TERMS } from './lexicon-other';
import { NARRATIVE_TERMS } from './lexicon-narrative';
import { segments, type Segment } from './segments';
import { shortcutsOn } from '../../base/shortcuts';
import { createScreen, type Screen } from './screen';
import { MADE } from './screen-made';
import { execAll, type Term } from './term';
import { isPast } from './time';

export interface RiskMention {
  readonly category: RiskCategory;
  /** Where the words stand in the text, and how long they are. */
  readonly index: number;
  readonly length: number;
  readonly modifiers: Modifiers;
}

// An item's own wording ("the PHQ-9 question about being better off dead") is not the client's.
const ABOUT_ITEM =
  /\b(?:question|item|q\d?)\s+(?:about|on|regarding|re:?)\s+(?:being\s+|feeling\s+)?$|\b(?:item|q)\s*#?\s*\d+\s*\(\s*(?:[\w']+\s+){0,8}$/i;

/** Every term of the lexicon, in the order the reader tries them. */
export const ALL_TERMS: readonly Term[] = [...SUICIDE_TERMS, ...OTHER_TERMS, ...NARRATIVE_TERMS];

/** The longest passage read as one, in characters. */
const MAX_PASSAGE = 3000;

// Built on first use, from the data the bundles carry (screen-made.ts) or made then.
let screen: Screen | undefined;

/**
 * The mentions of one passage, each kept or left out by the context of its
 * sentence. Each term is run once over the passage, not once per sentence:
 * a hundred patterns per sentence cost more in calls than in matching. A
 * sentence's end (".", ";", "?") stops every pattern but the passage-wide ones.
 */
function readSentences(text: string, sentences: readonly Segment[], out: Found[], terms: readonly Term[]): void {
  const start = sentences[0]!.start;
  const end = sentences[sentences.length - 1]!.end;
  const raw = text.slice(start, end);
  const lower = normalize(raw);
  const cased = written(raw);
  let s: number;
  for (const term of terms) {
    if (term.passage) continue;
    s = 0;
    for (const m of execAll(term.re, term.cased ? cased : lower)) {
      const words = m[0].replace(/\s+$/, '');
      if (words.trim() === '') continue;
      const index = m.index + (m[0].length - m[0].trimStart().length);
      // The sentence the match starts in (matches come in order).
      while (s < sentences.length - 1 && sentences[s]!.end - start <= index) s++;
      const sentence = sentences[s]!;
      const from = sentence.start - start;
      const to = sentence.end - start;
      const matchEnd = Math.min(index + words.length, to);
      // Only the words near a mention modify it (context.ts reads WINDOW characters either side).
      const a = Math.max(from, index - WINDOW);
      const b = Math.min(to, matchEnd + WINDOW);
      const mods = modifiers(lower.slice(a, b), index - a, matchEnd - a);
      if (mods.negated || (mods.process && !term.plain) || (mods.conditional && !term.conditional)) continue;
      let category = term.category;
      // A firearm is access whoever keeps it in the home; an act with one is the actor's.
      if (mods.experiencer && category !== 'family-history') {
        if (category === 'medication-access') {
          // Medication in the household is within reach; a friend's is not.
          if (mods.experiencer === 'other' && !mods.household) continue;
        } else if (category === 'firearm-access') {
          if (term.act || !mods.household) continue;
        } else if (mods.experiencer === 'relative' && (category === 'attempt' || category === 'act')) {
          category = 'family-history';
        } else continue;
      }
      // An item's own wording ("the PHQ-9 question about being better off dead") is not the client's wish.
      if (ABOUT_ITEM.test(lower.slice(Math.max(from, index - 60), index))) continue;
      out.push({
        category,
        index: start + index,
        end: start + matchEnd,
        term,
        modifiers: mods,
        sentence: [sentence.start, sentence.end],
      });
    }
  }
}

export interface ReadOptions {
  /**
   * Try each term only in a passage that holds the words it cannot match
   * without (screen.ts), and pass over a passage where no term can match:
   * most of a plan. False reads every passage with every term, the reference
   * path the shortcut is checked against. By default, the one switch of the
   * shortcuts (base/shortcuts.ts).
   */
  readonly prefilter?: boolean;
}

/** Every risk mention of a text that counts as a signal, in order. */
export function readRisk(text: string, options: ReadOptions = {}): RiskMention[] {
  const out: RiskMention[] = [];
  const reach = new Map<string, number>();
  // The terms that may match in each passage (a shortcut): in most, none.
  const passages =
    (options.prefilter ?? shortcutsOn()) ? (screen ??= createScreen(ALL_TERMS, MADE)).passages(text) : null;
  const read = (sentences: Segment[]) => {
    if (sentences.length === 0) return;
    const start = sentences[0]!.start;
    const end = sentences[sentences.length - 1]!.end;
    const terms = passages ? passages.termsIn(start, end) : ALL_TERMS;
    if (terms.length === 0) return;
    const found: Found[] = [];
    readSentences(text, sentences, found, terms);
    for (const f of readPassage(found, text, start, end, terms)) {
      if (f.category === 'act') continue;
      // One mention per category and place: mentions come in order, so one that overlaps
      // an earlier one of its category starts before the furthest end read so far.
      if (f.index < (reach.get(f.category) ?? -1)) continue;
      reach.set(f.category, Math.max(reach.get(f.category) ?? -1, f.end));
      out.push({ category: f.category, index: f.index, length: f.end - f.index, modifiers: f.modifiers });
    }
  };
  let passage: Segment[] = [];
  for (const seg of segments(text)) {
    // A passage past MAX_PASSAGE is read in parts of whole sentences: what links sentences
    // (a question and its answer) stands close, and the reading of a part costs its square.
    if (seg.passageStart || (passage.length > 0 && seg.end - passage[0]!.start > MAX_PASSAGE)) {
      read(passage);
      passage = [];
    }
    passage.push(seg);
  }
  read(passage);
  return out.sort((a, b) => a.index - b.index);
}

/** Whether a mention is history on `today` (YYYY-MM-DD). A family history is never history: it stays. */
export function mentionIsPast(mention: RiskMention, today: string): boolean {
  return mention.category !== 'family-history' && isPast(mention.modifiers.when, today);
}
