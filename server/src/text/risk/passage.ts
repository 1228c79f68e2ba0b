// A passage (a paragraph, list item or table row) read whole, once each of
// its sentences has given its mentions: levels (suicidal thoughts are the
// generic level, a method, intent or plan is named instead), the purpose of
// an act ("took 30 tablets ... wanted to die" is an attempt; "not trying to
// die, only to hurt" is self-injury), words that count only beside another
// sign, means the passage says are out of reach, jokes taken back, a family
// history written as one, and dates carried from "no SI since June".
import { modifiers } from './context';
import { type Found, normalize, overlaps } from './found';
import { execAll, type Term, type TermCategory } from './term';
import { sinceWhen } from './time';

const SUICIDAL: ReadonlySet<TermCategory> = new Set([
  'wish-to-die',
  'suicidal-ideation',
  'method',
  'intent',
  'plan',
  'preparatory-act',
  'attempt',
  'act',
  'phq9-item9',
]);
// Words that mark a passage as about ending one's life, for weak terms.
const MARKER =
  /\b(?:si|it\s+was\s+(?:really\s+)?for\s+(?:me|him|her)|for\s+when\s+i'?m\s+ready|when\s+(?:the\s+)?time\s+(?:is|comes)|(?:for\s+)?after\s+i'?m\s+gone|so\s+(?:nobody|no\s+one)\s+(?:has|would\s+have)\s+to|won'?t\s+need\s+(?:it|them)|just\s+in\s+case|for\s+(?:him|her|them)sel(?:f|ves)|to\s+end\s+it|c-?ssrs|columbia|bridge|suicid\w*|to\s+die\b|noose|hang\w*)\b/i;
// A purpose of ending a life, said of an act.
const PURPOSE =
  /\b(?:intend\w*|hop\w*|tr(?:y|ied|ying)|want\w*|mean\w*|meant|in\s+order|in\s+an\s+attempt|with\s+(?:the\s+)?intent(?:ion)?|intent)\s+(?:to\s+)?(?:die|end\s+(?:it|(?:her|his|their|my)\s+(?:own\s+)?life)|kill\s+(?:her|him|them|my)sel(?:f|ves)|be\s+dead|not\s+wake\s+up)\b|\bto\s+die\b|\bwanted\s+it\s+(?:all\s+)?to\s+(?:be\s+over|end|stop)\b|\bon\s+purpose\b|\bdeliberately\b|\bintentional(?:ly)?\b|\bintent\s+to\s+die\s+confirmed\b|\bhop\w*\s+(?:i|she|he)\s+(?:wouldn'?t|won'?t|would\s+not)\s+wake\s+up\b|\bto\s+make\s+(?:it|the\s+pain|everything)\s+(?:all\s+)?stop\b/i;
// An ordinary reason for what would otherwise read as getting ready to die.
const ORDINARY =
  /\b(?:lawyer|attorney|estate\s+plan\w*|after\s+(?:her|his|their)\s+\w+'s\s+death|as\s+part\s+of|routine|retir\w+|moving|outgrown|thrift|donat\w+\s+(?:to|at)|declutter\w*|new\s+baby|got\s+married|for\s+(?:the|a|her|his)\s+(?:gym|climbing|bouldering|camping|hiking|boat|project|class|hunting\s+trip|deer\s+season)|in\s+case\s+the\s+(?:clinic|pharmacy)\s+(?:closes|runs\s+out)|lockbox)\b/i;
const NOT_TO_DIE =
  /\b(?:not\s+(?:trying\s+|wanting\s+|meaning\s+)?to\s+die|(?:didn'?t|did\s+not|doesn'?t|does\s+not)\s+(?:want|mean|intend)\s+to\s+die|denies\s+(?:wanting|any\s+wish|(?:suicidal\s+)?intent)|without\s+(?:suicidal\s+)?intent|to\s+(?:hurt|feel\s+(?:the\s+)?(?:pressure|pain|something)|punish|cope|release)|only\s+to\s+hurt)\b/i;
const ACCIDENTAL = /\b(?:accident\w*|unintentional\w*|by\s+mistake|as\s+a\s+toddler|as\s+a\s+child|mistook)\b/i;
// A means the passage says is out of reach now (not "agreed to", "will" or "plans to").
const MEANS_REMOVED =
  /\b(?<!(?:will|would|agreed\s+to|plans?\s+to|going\s+to|declined\s+to|refused\s+to|willing\s+to|considering|could|may|might)\s+(?:\w+\s+)?)(?:removed|sold|surrendered|turned\s+in|got\s+rid\s+of|disposed\s+of|seized|confiscated|taken\s+(?:away|by)|picked\s+(?:them|it)\s+up|gave\s+(?:them|it|his\s+guns|her\s+guns)\s+to|moved\s+(?:the|all|his|her)?\s*(?:guns?|firearms?|rifles?|pistols?)\s+to|(?:were|was|have\s+been|has\s+been)\s+(?:moved|removed|taken|transferred|given|locked\s+up)\s+(?:to|at|out|away|from)|handed\s+(?:over|in)|no\s+longer\s+(?:has|owns|keeps)|has\s+none\s+now|kept\s+at\s+(?:his|her|their)\s+\w+'s|stored\s+(?:off-?site|at\s+(?:his|her|their|a)\s+\w+'s)|locked\s+(?:up\s+)?at\s+(?:his|her|their)\s+\w+'s|in\s+(?:temporary\s+)?storage\s+at\s+(?:the\s+)?(?:sheriff|police|gun\s+(?:shop|store)))\b|\bno\s+(?:guns?|firearms?)\s+in\s+the\s+(?:house|home)\s+now\b|\bstorage\s+unit\s+only\s+(?:he|she)\s+can\s+open\b|\bconfirmed\s+receipt\b|\b(?:has\s+)?no\s+access\b|\b(?:brother|sister|father|mother|dad|mom|son|daughter|friend|wife|husband|partner|uncle|aunt|cousin)\s+(?:has|holds|keeps)\s+(?:my|his|her|the|all\s+(?:my|his|her|the))\s+(?:guns?|pistol|rifles?|shotguns?|firearms?|pills|meds|medications?)\b|\brecovered\s+by\s+(?:the\s+)?police\b|\bin\s+police\s+custody\b|\b(?:went|go|gone|were\s+taken)\s+to\s+(?:her|his|their|the)\s+\w+(?:-in-law)?'s\b|\b(?:remains?|stays?|are|is|kept)\s+(?:now\s+)?with\s+(?:her|his|their)\s+[\w-]+\b|\bconfirmed\s+(?:by\s+phone\s+)?that\s+(?:he|she|they)\s+(?:has|have|holds?)\s+(?:it|them)\b/i;
const SINCE_DATE =
  /\b(?:no|not|denies|without)\b[^.;]{0,40}?\bsince\s+[^.;]{0,30}?\b(?:(?:19|20)\d\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b/i;
const BEFORE_THAT = /\b(?:before\s+that|prior\s+to\s+that|until\s+then|before\s+then)\b/i;
const REHEARSAL = /\bto\s+see\s+how\s+it\s+(?:felt|feels|would\s+feel)\b|\bthen\s+took\s+it\s+off\b|\bpractic\w+\b/i;
const TRYING_TO_DIE = /\b(?:trying|tried|wanted|meant|intending|hoping)\s+to\s+die\b/i;
// A family history written as one ("FHx: mother - 2 SAs"): its attempts are the relatives'.
const FAMILY_PASSAGE = /^\W*(?:fhx|fh|f\/h|family\s+(?:hx|history|psych\w*\s+hx))\b/i;
const JOKE_DENIED =
  /\b(?:no\s+si|denies\s+(?:si|any|suicidal|wishing)|no\s+safety\s+concerns|clarified\s+(?:it\s+was\s+a\s+)?joke)\b/i;
const JOKE = /\b(?:laugh\w*|jok\w+|kidding|teasing|sarcastic\w*)\b/i;

const SUICIDE_LEVELS: ReadonlySet<TermCategory> = new Set([
  'wish-to-die',
  'suicidal-ideation',
  'method',
  'intent',
  'plan',
]);

/** Which category's words, inside which others', are not named again. */
const INSIDE: Partial<Record<TermCategory, readonly TermCategory[]>> = {
  attempt: ['method', 'plan', 'intent', 'harm-to-others', 'family-history'],
  act: ['method', 'plan', 'intent', 'harm-to-others', 'family-history', 'attempt'],
  'self-injury': ['method', 'attempt', 'act', 'plan', 'harm-to-others', 'family-history', 'intent'],
  'suicidal-ideation': [
    'method',
    'intent',
    'plan',
    'attempt',
    'preparatory-act',
    'family-history',
    'harm-to-others',
    'act',
  ],
  'wish-to-die': ['harm-to-others', 'phq9-item9', 'family-history', 'attempt'],
  method: ['harm-to-others', 'attempt', 'family-history', 'act'],
  'preparatory-act': ['family-history', 'act', 'attempt'],
  intent: ['attempt'],
  'medication-access': ['family-history'],
};

/** A passage read whole: levels, purposes, weak words, means out of reach, jokes. */
// The order in which overlapping words are given to a category: the more specific first.
const PRIORITY: readonly TermCategory[] = [
  'family-history',
  'harm-to-others',
  'plan',
  'method',
  'intent',
  'attempt',
  'act',
  'preparatory-act',
  'phq9-item9',
  'wish-to-die',
  'self-injury',
  'suicidal-ideation',
  'firearm-access',
  'medication-access',
];

export function readPassage(found: Found[], text: string, start: number, end: number, terms: readonly Term[]): Found[] {
  const passage = text.slice(start, end);
  found = found.filter((f) => !f.term.within || f.term.within.test(passage));
  // Words that count only beside others are weighed before overlaps are settled, on what the passage
  // holds, until nothing more is dropped: a word dropped vouches for no other ("Saturday", with no plan
  // beside it, does not make "the lake" a method).
  // "Unless" is weighed on what stands once the needs are settled, and the needs again after it.
  const present = (c: TermCategory, f: Found) => found.some((g) => g !== f && g.category === c);
  const settle = () => {
    for (let before = -1; before !== found.length; ) {
      before = found.length;
      found = found.filter(
        (f) =>
          (!f.term.needs || f.term.needs.every((c) => present(c, f))) &&
          (!f.term.needsAny || f.term.needsAny.some((c) => present(c, f))),
      );
    }
  };
  settle();
  found = found.filter((f) => !f.term.unless || !f.term.unless.some((c) => present(c, f)));
  settle();
  // Terms read across the passage's sentences: a question and its answer.
  const lower = normalize(passage);
  for (const term of terms) {
    if (!term.passage) continue;
    term.re.lastIndex = 0;
    for (const m of execAll(term.re, lower)) {
      const at = start + m.index;
      found.push({
        category: term.category,
        index: at,
        end: at + m[0].length,
        term,
        modifiers: modifiers(lower, m.index, m.index + m[0].length),
        sentence: [start, end],
      });
    }
  }
  if (found.length === 0) return [];
  let kept: Found[] = [];
  for (const category of PRIORITY)
    for (const f of found)
      if (
        f.category === category &&
        !(INSIDE[category] ?? []).some((c) => kept.some((g) => g.category === c && overlaps(f, g)))
      )
        kept.push(f);
  // "Passive and active SI": both levels are named.
  kept = kept.filter(
    (f) =>
      !(
        f.category === 'suicidal-ideation' &&
        kept.some((g) => g.category === 'wish-to-die' && overlaps(f, g) && !/active/.test(text.slice(g.index, g.end)))
      ),
  );
  const has = (c: TermCategory) => kept.some((f) => f.category === c);
  const purpose = PURPOSE.test(passage);
  const notToDie = NOT_TO_DIE.test(passage);
  const accidental = ACCIDENTAL.test(passage);
  const ordinary = ORDINARY.test(passage);
  const familyPassage = FAMILY_PASSAGE.test(passage);
  const out: Found[] = [];
  for (const f of kept.sort((a, b) => a.index - b.index)) {
    let category = f.category;
    const words = text.slice(f.index, f.end);
    if (familyPassage && (category === 'attempt' || category === 'act')) category = 'family-history';
    // A relative's act is their suicide or attempt only when the passage says so ("an accidental fentanyl OD" is not).
    if (
      category === 'family-history' &&
      f.term.category !== 'family-history' &&
      !familyPassage &&
      (accidental || !/suicid|attempt|kill|on\s+purpose|to\s+die|intentional|deliberate|\bsa\b|\bods?\b/i.test(passage))
    )
      continue;
    const sentencePurpose = PURPOSE.test(text.slice(f.sentence[0], f.sentence[1]));
    if (category === 'preparatory-act' && (ordinary || (notToDie && /ligature|noose/i.test(words)))) continue;
    // Trying a ligature on "to see how it felt", then taking it off: a rehearsal, a preparatory act.
    if ((category === 'act' || category === 'attempt') && REHEARSAL.test(passage)) category = 'preparatory-act';
    else if (
      category === 'act' ||
      (category === 'self-injury' &&
        (sentencePurpose || TRYING_TO_DIE.test(passage)) &&
        !notToDie &&
        /\b(?:cut|slit|neck|throat|wrists?|strangl|ligature)/i.test(words))
    ) {
      if (accidental && !purpose) continue;
      if (notToDie) category = 'self-injury';
      else if (purpose || has('attempt') || category === 'act') category = 'attempt';
    } else if (category === 'attempt') {
      if (accidental && !purpose) continue;
      if (notToDie && !/suicid/i.test(words)) category = 'self-injury';
    }
    // "Plan: yes | overdose on her Seroquel": beside a plan, an overdose not said to have happened is its method.
    if (category === 'attempt' && has('plan') && /^(?:overdose|od)\s+on\b/i.test(words)) category = 'method';
    // The purpose of an attempt is not a wish or intent of its own.
    if (
      (category === 'wish-to-die' || category === 'intent' || category === 'suicidal-ideation') &&
      (has('attempt') || has('act')) &&
      PURPOSE.test(text.slice(f.index, f.end + 24))
    )
      continue;
    if (f.term.weak && !MARKER.test(passage) && !kept.some((g) => g !== f && !g.term.weak && SUICIDAL.has(g.category)))
      continue;
    // "SA 2021 (cut wrists while intoxicated)": the attempt's own account, not self-injury beside it.
    if (
      category === 'self-injury' &&
      kept.some(
        (g) =>
          g.category === 'attempt' &&
          g.end <= f.index &&
          /^[^.;]{0,20}\($/.test(text.slice(g.end, f.index).replace(/\s+$/, '')),
      )
    )
      continue;
    if ((category === 'firearm-access' || category === 'medication-access') && MEANS_REMOVED.test(passage)) continue;
    if (
      category === 'firearm-access' &&
      kept.some((g) => g.category === 'family-history' && g.sentence[0] === f.sentence[0]) &&
      /\b(?:with|using)\s+(?:(?:his|her|their)\s+)?(?:\w+\s+)?$/i.test(
        text.slice(Math.max(f.sentence[0], f.index - 30), f.index),
      )
    )
      continue;
    if (category === 'harm-to-others' && JOKE.test(passage)) continue;
    // A joke the client took back, and a denial said with it: not a thought of dying.
    if (SUICIDE_LEVELS.has(category) && JOKE.test(passage) && JOKE_DENIED.test(passage)) continue;
    out.push(category === f.category ? f : { ...f, category });
  }
  // "No SI since June; before that, daily thoughts of driving off the overpass": until June.
  const since = SINCE_DATE.exec(passage);
  if (since)
    for (let i = 0; i < out.length; i++) {
      const f = out[i]!;
      const sentence = text.slice(f.sentence[0], f.sentence[1]);
      if (f.sentence[0] > start + since.index && BEFORE_THAT.test(sentence) && !f.modifiers.when.date)
        out[i] = { ...f, modifiers: { ...f.modifiers, when: { ...f.modifiers.when, ...sinceWhen(since[0]) } } };
    }
  // Suicidal thoughts are the generic level: a method, intent or plan is named instead.
  const specific = out.some((f) => f.category === 'method' || f.category === 'intent' || f.category === 'plan');
  return specific ? out.filter((f) => f.category !== 'suicidal-ideation') : out;
}
