// A term of the risk lexicon: the words of one category, and how the reader
// treats them.
import type { RiskCategory } from './categories';

/**
 * `act` is not a category of its own: an act that may be an attempt
 * ("swallowed a bottle of her lamotrigine", "jumped from the window"),
 * which the reader names an attempt when the same passage says it was meant
 * to end the person's life, or keeps as self-injury or drops otherwise.
 */
export type TermCategory = RiskCategory | 'act';

export interface Term {
  readonly category: TermCategory;
  readonly re: RegExp;
  /** Read on the text as written (capitals matter: "SI", "HI", "OD"). */
  readonly cased?: boolean;
  /** Words that count only beside another suicide-related mention in the same passage ("wrote a note"). */
  readonly weak?: boolean;
  /** A threat or intent stays one under "if" ("if I see him again, I'll kill him"). */
  readonly conditional?: boolean;
  /** Read on the whole passage, across its sentences ("Asked if she would act on it? Maybe."). */
  readonly passage?: boolean;
  /** Counts only in a passage these words are in ("Q4 yes" only beside "C-SSRS"). */
  readonly within?: RegExp;
  /** Who acts is read for it as for an act ("his friend shot himself"), though the category is not one. */
  readonly act?: boolean;
  /** Counts only beside all of these categories in the passage ("tonight" beside intent and a method). */
  readonly needs?: readonly TermCategory[];
  /** Counts only beside one of these ("the train" beside a plan or intent). */
  readonly needsAny?: readonly TermCategory[];
  /** Does not count beside any of these ("the garage" of an attempt is the attempt's). */
  readonly unless?: readonly TermCategory[];
  /** Not read as care or work ("works as a range safety officer" is access, not study of the topic). */
  readonly plain?: boolean;
}

export const T = (category: TermCategory, source: string, options: Omit<Term, 'category' | 're'> = {}): Term => ({
  category,
  re: new RegExp(source, options.cased ? 'g' : 'gi'),
  ...options,
});

/**
 * Every match of a global pattern in a text. `String.prototype.matchAll`
 * copies the pattern, compiling it again each call: with a hundred long
 * patterns over every sentence of a plan that is most of the time spent.
 */
export function* execAll(re: RegExp, text: string): Generator<RegExpExecArray> {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    yield m;
    if (m[0].length === 0) re.lastIndex++;
  }
}
