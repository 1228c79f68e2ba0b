// A prefilter for the risk reader: the words every way of writing risk that
// the lexicon reads is built on ("suicid…", "die", "cut", "gun", "pill…",
// "threat…", "SI", ...). A passage with none of them (most of a plan: goals,
// steps, methods) is passed over without running the lexicon's hundred-odd
// patterns. Words that are common in plans ("plan", "use", "take", "point")
// count only in the phrases risk is written with ("no point", "take me").
// Read word by word through sets, so a 10,000-line plan costs a few
// milliseconds. It is a shortcut beside the reference path, readRisk with
// `prefilter: false`; test/unit/riskAnchor.test.ts holds that both read the
// same on every corpus sentence, fixture and example.

/** Word beginnings that mark a passage (a word starting with one). */
const PREFIXES = (
  'suic sucid suicd siucid suacid unaliv kill murder dying death alive exist pray heaven harm hurt injur mutilat ' +
  'burn scratch bang bite biting stab punch slam rubb scrub pinch bruis pierc poke prick scald insert wound lacerat ' +
  'cigarett blade razor bleed bled hang jump drown shoot firearm weapon glock revolver pistol rifle shotgun handgun ' +
  'ammo sidearm conceal overdos stockpil hoard stash collect supply supplies bottle insulin lithium oxy benzo xanax ' +
  'klonopin ativan valium ambien seroquel tylenol acetamin paracet fentanyl heroin opioid opiat methadone trazodon ' +
  'gabapentin amitrip melatonin benadryl diphenhyd propranolol bupropion warfarin digoxin narcan naloxone rope noose ' +
  'ligature bedsheet shoelace scarf bleach poison antifreeze cleaner batter remover crash traffic bridge overpass ' +
  'balcony garage carbon inject railing quarry swallow ingest drank letter goodbye farewell funeral obituar rehom ' +
  'password passcode beneficiar research googl browser bought buying purchas borrow intent intend attempt rehears ' +
  'abort interrupt homicid violen revenge threat assault attack chok strangl smother shove slap smack kick aggress ' +
  'snitch suffer bullet throat shank teeth struck batterer perpetrat chase epds edinburgh columbia ninth saving ' +
  'saved leftover tablet capsul gumm pill azepam azolam triptyl tiapine oxetine traline codone trigine zolpidem ' +
  'climb tested wake woke carv happier gave giving given pull asleep worth lived tired despair sewer unkn sertral fluox lorazep clonaz alpraz'
).split(/\s+/);
/** Whole words that mark a passage. */
const WORDS = new Set(
  (
    'die died dies dead kms ctb self cut cuts cutting bit picking scar scars raw nssi sib sh dsh lac lacs od ods ' +
    "od'd od'ing apap gun guns shot colt ccw piece strap heater ar tabs si sa sas hi psi asi fhx fh mgm mgf pgm pgf " +
    'asq cssrs ssrs hit hits hitting beat beats beating beaten push pushed pushing fight fights fighting throw threw ' +
    'thrown dv followed lord god tracks train roof ledge cliff window lake river ocean engine ate took taking used ' +
    'tried trying standing end ending finish finishing gone rather done point worth alive nerve ready quetiapine'
  ).split(/\s+/),
);
// A trie of the prefixes and words, walked character by character: no string is made for a word.
interface Node {
  next: Map<number, Node>;
  /** A prefix ends here: any word going on from here is a hit. */
  prefix?: boolean;
  /** A whole word ends here. */
  word?: boolean;
}
const ROOT: Node = { next: new Map() };
function add(text: string, mark: 'prefix' | 'word'): void {
  let node = ROOT;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let child = node.next.get(c);
    if (!child) node.next.set(c, (child = { next: new Map() }));
    node = child;
  }
  node[mark] = true;
}
for (const p of PREFIXES) add(p, 'prefix');
for (const w of WORDS) add(w, 'word');

const isWordChar = (c: number) => (c >= 97 && c <= 122) || c === 39 || (c >= 65 && c <= 90);
const lowerCode = (c: number) => (c >= 65 && c <= 90 ? c + 32 : c);

/** Forms that are not plain words: shorthand with marks, numbers, and phrases of common words. */
const FORMS =
  /item\s*#?\s*(?:9|nine)\b|9th\s+item|better\s+life|practic\w*\s+(?:tying|with\s+(?:the|a)\s+(?:rope|noose|belt|gun))|months?\s+of\s+\w+\s+on\s+hand|s\/i|h\/i|s\/a|f\/h|s\.i\.|o\.d|sh'|#\s*9|\bq\s*\d|~\s*\d|\.\d\d\b|\w\s*\[x\]|\b9\)\s*[123]|9\s?mm|ar-?15|ak-?47|\d{2,}\s+(?:\w+\s+){0,2}(?:tabs|tablets|pills|caps)|better\s+off|be\s+(?:here|around|over|with)|take\s+me\b|see\s+me\s+off|make\s+(?:it|\w+)\s+(?:stop|pay|suffer)|do\s+it\b|doing\s+it|not\s+sure|can'?t\s+promise|mean\s+it|meant\s+it|(?:worked|figured)\s+out|(?:picked|set|chose)\s+a\s+(?:date|day|place)|on\s+sight|one\s+eye|walk\s+away|in\s+the\s+ground|full\s+of|brings\s+home|unlocked|controlled[- ]substance|off\s+the\s+road|go\s+over|how\s+(?:much|many|long)|ways\s+to|thoughts?\s+(?:are|were|have)|urges?\s+to|put\s+(?:it|them|the|him|her)\b|gave\s+away|given\s+(?:her|his)|(?:wrote|updated|drafted|changed)\s+(?:\w+\s+)?will\b|\bnote\s+(?:to|in)\b|(?:a|the|suicide|goodbye)\s+note\b|search\w*\s+(?:for|how|ways|which)|search\s+(?:hx|history)|look\w*\s+(?:up|into)|\bact\s+on|acting\s+on|plans?\s+(?:to|for|is|was|:)|plan\s*[:=(+]|with\s+(?:a\s+)?plan|w\/\s*plan|(?:going|gonna|i'?ll|will)\s+(?:\w+\s+){0,2}(?:do|jump|hang|drive|take|use|go|finish|end)|set\s+a\s+date|\bmy\s+9\b|the\s+9\b|run\w*\s+over|step\w*\s+(?:off|in\s+front)|driv\w*\s+(?:into|off|out)|family\s+(?:hx|history)/gi;

/**
 * Where in a text the words of risk stand: the offsets of every word that
 * starts with a prefix or is one of the words, and of every form, in order.
 * A passage with none of them cannot be matched by the lexicon.
 */
export function riskAnchors(text: string): number[] {
  const out: number[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (!isWordChar(text.charCodeAt(i)) || (i > 0 && isWordChar(text.charCodeAt(i - 1)))) {
      i++;
      continue;
    }
    const start = i;
    let node: Node | undefined = ROOT;
    let hit = false;
    while (i < n && isWordChar(text.charCodeAt(i))) {
      if (node) {
        node = node.next.get(lowerCode(text.charCodeAt(i)));
        if (node?.prefix) hit = true;
      }
      i++;
    }
    if (hit || node?.word) out.push(start);
  }
  FORMS.lastIndex = 0;
  const lower = text.toLowerCase();
  for (let m = FORMS.exec(lower); m; m = FORMS.exec(lower)) {
    out.push(m.index);
    if (m[0].length === 0) FORMS.lastIndex++;
  }
  return out.sort((a, b) => a - b);
}

/** Whether a passage holds any word risk is written with; false means the lexicon cannot match it. */
export function mayHoldRisk(passage: string): boolean {
  return riskAnchors(passage).length > 0;
}
