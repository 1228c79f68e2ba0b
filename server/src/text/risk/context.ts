// What surrounds a mention, read the way ConText reads clinical text
// (Harkema et al., J Biomed Inform 42(5):839-851, 2009, after NegEx, Chapman
// et al., J Biomed Inform 34(5):301-310, 2001): a trigger modifies the
// mentions within its scope, and the scope ends at the sentence's end or at a
// word that turns the sentence ("but", "though", "; she reports ..."). Four
// modifiers:
// - negated: "denies SI", "SI: none", "no access to firearms", "-HI";
// - hypothetical: "call 988 if SI returns", "screen for self-harm";
// - when: history, a date, or now (time.ts);
// - someone else: "her friend self-harms" (not the client's), "his father
//   died by suicide" (a relative: family history).
// A third party's report of the client's words ("mother reports he said he
// wants to die") stays the client's. A negation followed by "since <date>"
// ("no SI since June") says the thoughts were there until then.

import { when, type When } from './time';
import { execAll } from './term';

/** Words that end a trigger's reach inside a sentence. */
const TERMINATOR = new RegExp(
  String.raw`\||,\s+(?:i|she|he|they|pt|client)\s+(?:just\s+|really\s+|only\s+|also\s+|still\s+|even\s+)?(?:don'?t|do|does|doesn'?t|want|wants|feel|feels|am|is|was|have|has|had|think|thinks|say|says|can'?t|cannot|will|would)\b|,\s+(?:i|she|he|they|pt|client)(?=\s+(?!and\b|or\b|nor\b)[a-z']{2,}\b)|\b(?:but|however|though|although|yet|except|apart\s+from|aside\s+from|whereas|which|who|whose|otherwise|nevertheless|instead|because)\b|[,(]?\s*(?:and|or|,|then)\s+(?:(?:she|he|they|pt|client|patient|mother|father|mom|dad|parent|partner|wife|husband|the\s+\w+)\s+)?(?:now\s+|still\s+|also\s+|later\s+)?(?:reports?|reported|endorses?|endorsed|admits?|admitted|acknowledges?|acknowledged|states?|stated|says|said|describes?|described|discloses?|disclosed|notes?|noted|expresses?|expressed|shares?|shared|has|had|have|owns?|owned|keeps?|kept|feels?|felt|wants?|wanted|thinks?|thought|continues?|continued|is|was|were|are|took|takes|drank|cut|cuts|burned|hit|made|wrote|gave|told|tells|mentions?|mentioned|presents?|presented|appears?|appeared|talks?|talked|spoke|did|does|became|becomes|got|gets|started|starts|began|remains?|remained|bought|carries|stores|plans?|planned|intends?|agreed|agrees|could\s+not|couldn'?t|was\s+unable|unable|refused|declined|wishes|wished|hopes|hoped|prays|prayed|asks|asked|cries|cried|uses|used|goes|went|sees|saw|hears|heard|lives|lived|drinks|drank|works|worked|scratches|scratched|bites|bit|hits|burns|picks|picked|slams|slammed|bangs|banged|stabs|stabbed|threatened|threatens|posted|sent|texted|searched|googled|researched|bought|purchased|gave|wrote)\b`,
  'gi',
);

const NEGATION_BEFORE = new RegExp(
  String.raw`\b(?:no|not|nor|never|none|without|w\/o|denies|denied|deny|denying|denial\s+of|negative\s+for|neg\s+for|free\s+(?:of|from)|absence\s+of|absent|no\s+evidence\s+of|no\s+signs?\s+of|no\s+reports?\s+of|no\s+indication\s+of|no\s+history\s+of|no\s+hx\s+of|no\s+h\/o|rules?\s+out|ruled\s+out|doesn'?t|does\s+not|didn'?t|did\s+not|don'?t|do\s+not|hasn'?t|has\s+not|haven'?t|have\s+not|hadn'?t|had\s+not|isn'?t|is\s+not|wasn'?t|was\s+not|aren'?t|are\s+not|weren'?t|were\s+not|cannot|can'?t|won'?t|wouldn'?t|unable\s+to|refutes|refuted|rejects|disavows|disavowed|resolved|resolution\s+of|zero|all\s+(?:answered\s+)?(?:no|negative)|none\s+of\s+the\s+following|neither)\b|(?:^|[\s,(:;/])[-\u2212\u2013]$|(?<!\d\)\s*)\b0\s*$`,
  'gi',
);
/** Phrases that look like a negation and are not one. */
const PSEUDO = new RegExp(
  String.raw`\b(?:no|n|yes|y)\s*[,;]|\b(?:not\s+only|no\s+(?:change|increase|decrease|improvement|worsening|reduction|difference)\s+in|not\s+necessarily|not\s+ruled\s+out|cannot\s+(?:be\s+)?rule[d]?\s+out|can'?t\s+(?:be\s+)?rule[d]?\s+out|could\s+not\s+(?:be\s+)?rule[d]?\s+out|unable\s+to\s+rule\s+out|no\s+longer\s+(?:denies|deny|able\s+to\s+deny)|(?:does|did|do)\s+not\s+deny|(?:doesn|didn|don)'?t\s+deny|not\s+denying|not\s+(?:been\s+)?(?:able\s+to\s+)?(?:stop|resist|control)|not\s+always|not\s+(?:just|merely|simply)|without\s+(?:telling|warning|anyone\s+knowing)|never\s+(?:told|disclosed|reported|mentioned)|didn'?t\s+(?:tell|disclose|report|mention)|did\s+not\s+(?:tell|disclose|report|mention)|not\s+(?:tell|telling|disclose|disclosing)|(?:the\s+\w+|va|court|insurance|judge|they)\s+denies\s+(?:his|her|their|the|my)\s+(?:claim|request|application|appeal|benefits|parole|custody|visit)|not\s+sure|doesn'?t\s+know|don'?t\s+know|didn'?t\s+know|no\s+(?:regrets?|remorse)|no\s+one|nobody|nothing\s+(?:left|to\s+live\s+for)|could\s+not\s+say|couldn'?t\s+say|unable\s+to\s+say|can'?t\s+say|cannot\s+say|won'?t\s+(?:promise|commit)|unable\s+to\s+(?:promise|commit|guarantee|contract|agree)|not\s+(?:able\s+to\s+)?(?:promise|commit|guarantee|contract)|without\s+a\s+plan,|no\s+plan,)\b`,
  'gi',
);
/** A negation written after the mention: "SI: none", "suicidal ideation was denied", "| HI | Denied |", "SI 0/10". */
const NEGATION_AFTER = new RegExp(
  String.raw`^\s*\[\s*\]|^(?:\s+(?:in|at)\s+(?:the\s+)?(?:home|house))?[\s:=\-\u2013\u2014/(),|]*(?:(?:\/|and|or|,)\s*(?:hi|si|avh|sib|nssi|h\/i|s\/i|intent|plan|self[- ]harm)\s*)*[\s:=\-\u2013\u2014(,|]*(?:(?:is|was|were|are|has\s+been|have\s+been|been|currently|at\s+this\s+time|today|reported|all|both|rated)\s+)*(?:denied|deny|denies|none|neg(?:ative)?|no|nil|absent|not\s+(?:present|endorsed|reported|indicated|elicited|noted)|negated|ruled\s+out|resolved|n(?=\s*(?:$|[,;.)|]))|0\s*\/\s*\d+|0(?![\d.\/])|not\s+at\s+all|[-\u2212](?=\s*(?:$|[,;.)\/|:]|\s+\w)))(?!\s+(?:plan|intent|method|means|preparatory|behaviou?r|access|history|hx|specific|clear|current\s+plan|longer)\b)(?=\s*(?:$|[,;.)\]:|\/]|\s+(?:and|or|but|per|on|at|in|x|today|currently|reported|noted|endorsed|all|this|since|at\s+this\s+time)\b))`,
  'i',
);
/** An answer that affirms what a question asked: "asked about SI, pt said 'yes'". */
const AFFIRMED_AFTER =
  /^[^.;]{0,25}?\b(?:said|says|answered|replied|responded|stated|endorsed)\b\W{0,3}(?:yes|probably|sometimes|maybe|a\s+little)\b|^\W{0,3}(?:yes|\+|positive|endorsed|present)\b/i;
/** The client's thoughts presupposed by a negated intent: "denies intent to act on her suicidal thoughts". */
const PRESUPPOSED = /\b(?:act(?:ing|s|ed)?|follow(?:ing)?\s+through)\s+(?:up)?on\b/i;
/** "no SI since June": the negation says the thoughts stopped then. */
const SINCE =
  /^\W{0,3}(?:since|after)\s+(?!last\s+(?:session|visit|appointment)|intake|admission|then|the\s+last\s+session)/i;

/** "If", "should", "in case": a mention under them is only supposed. */
const CONDITIONAL =
  /\b(?:if|unless|in\s+case|in\s+the\s+event|should\s+(?:she|he|they|pt|client|there|urges|thoughts)|whenever|once\s+(?:the\s+)?(?:urges?|thoughts?)|when\s+(?:the\s+)?(?:urges?|thoughts?|cravings?))\b/i;
/** Care that watches for a risk: screening, monitoring, teaching, safety planning. */
const PROCESS = new RegExp(
  String.raw`\b(?:monitor\w*|screen(?:ed|ing|s)?|assess\w*|evaluat\w+|watch(?:ing)?|ask(?:s|ed|ing)?\s+(?:about|if|whether|regarding)|inquir\w+|check\w*|re-?assess\w*|track\w*|review\w*\s+(?:for|of|the\s+(?:risk|warning|signs|safety))|educat\w+|psychoeducation|teach\w*|taught|learn\w*|discuss\w*|prevent\w*|reduc\w+\s+(?:the\s+)?risk|risk\s+(?:of|for)|at\s+risk|(?<!(?:cannot|can't|not|unable\s+to|could\s+not)\s)rule\s+out|r\/o|protect\w*\s+against|warning\s+signs|signs\s+of|symptoms\s+of|what\s+to\s+do|handout|training|course|class|documentary|research\w*|study\w*|studies|paper|essay|article|book|film|movie|lecture|seminar|works?\s+(?:as|in|at)|career|job|presentation|sermon|podcast|show|game|novel|course|exam|homework|thesis|dissertation|(?:bsp|behaviou?r\s+(?:support\s+)?plan)\s+targets?|lived\s+experience|own\s+(?:story|experience|history)|remain|remains|will\s+(?:have|report|be|remain|stay|maintain|use|call|text|go|tell|reach|contact)|would\s+(?:call|text|use|go|tell|reach)|plans?\s+to\s+(?:call|text|use|contact|reach)|safety\s+plan\w*|coping\s+(?:plan|skills)|crisis\s+(?:plan|line)|follow[- ]up\s+(?:on|for))\b`,
  'i',
);
/** Words that name someone other than the client as the one who acts or thinks. */
const OTHER = new RegExp(
  String.raw`(?:^|\b(?:her|his|their|pt's|client's|the\s+client's|a|an|the|one|another|two|maternal|paternal|older|younger|late|biological|twin|[\w']+'s))\s*(?:[\w'-]+\s+)?(?:(?<!\bthe\s)(?:sons?|daughters?|child)|friends?|roommates?|classmates?|peers?|coworkers?|co-workers?|colleagues?|neighbou?rs?|boyfriend|girlfriend|bf|gf|partner|husband|wife|spouse|ex|cousin|brother|sister|mother|father|mom|mum|dad|aunt|uncle|sibling|parents?|grand\w+|teammates?|bandmate|acquaintance|stepfather|stepmother|stepbrother|stepsister|stepdad|stepmom|half-?(?:brother|sister)|nephew|niece|celebrity|character|buddy|bunkmate|cellmate|foster\s+(?:brother|sister|parent)|nurse|doctor|psychiatrist|therapist|officer|chaplain|teacher|coach|boss|supervisor|sponsor|mentor|pastor)\b|\b(?:someone|somebody|a\s+(?:person|man|woman|boy|girl|kid|teen|student|peer))\s+(?:she|he|they)\s+(?:knew|knows|dated|met)\b|\b(?:another|a|other|the\s+other)\s+patients?\b|\bex-?(?:partner|husband|wife|boyfriend|girlfriend|spouse)\b`,
  'gi',
);
/** A relative: their suicide or attempt is the client's family history. */
const RELATIVE =
  /\b(?:mother|father|mom|mum|dad|brother|sister|sibling|aunt|uncle|cousin|grand\w+|sons?|daughters?|parents?|stepfather|stepmother|stepdad|stepmom|twin|half-?(?:brother|sister)|step-?(?:father|mother|dad|mom|brother|sister)|nephew|niece|husband|wife|spouse)\b/i;
const HOUSEHOLD =
  /\b(?:partner|spouse|husband|wife|boyfriend|girlfriend|bf|gf|roommate|housemate|mother|father|mom|mum|dad|parents?|brother|sister|sibling|son|daughter|grand\w+|step\w+)\b/i;
/** A person named as the object of a verb or preposition ("found by her mother", "asked the nurse") is not the one who acts. */
const OBJECT_OF =
  /\b(?:asked|asks|told|tells|tell|sent|sends|handed|mailed|to|with|by|at|for|from|about|of|showed|shows|gave|gives|called|calls|texted|texts|visited|emailed|hit|hits|punched|kicked|slapped|pushed|shoved|threatened|attacked|assaulted|stabbed|kill|killing|hurt|hurting|harm|harming|against|toward|towards|looking\s+at|and)\s*$/i;
/** Words that carry what another person said or saw of the client. */
const REPORTING =
  /\b(?:reports?|reported|reporting|says|said|states?|stated|told|tells|notes?|noted|describes?|described|shares?|shared|found|finds|saw|sees|noticed|notices|discovered|worried|worries|concerned|called|calls|texted|heard|hears|overheard|learned|fears?|feared|believes?|believed|informed|disclosed|expressed|alleges?|alleged|relays?|relayed|indicates?|indicated|mentioned|mentions?|admits?|admitted|per|according\s+to|brought\s+(?:her|him|them)|pulled\s+(?:her|him|them)|stopped\s+(?:her|him|them)|(?:client|pt|patient|she|he|they|i|i'm|im)\b|the\s+(?:youth|teen|student|veteran|daughter|son))\b/i;

export interface Modifiers {
  readonly negated: boolean;
  readonly conditional: boolean;
  readonly process: boolean;
  readonly when: When;
  /** Someone else does or thinks it: 'relative' or 'other'; undefined for the client. */
  readonly experiencer?: 'relative' | 'other';
  /** That someone lives with the client (a partner, a parent, a roommate): their firearm or medication is within reach. */
  readonly household?: boolean;
}

// Only the words near a mention can modify it; a 20,000-character sentence is read in windows.
export const WINDOW = 240;

/** Where the scope of triggers before `start` begins: after the last terminator that starts before the mention. */
function scopeStart(sentence: string, from: number, start: number): number {
  let cut = from;
  TERMINATOR.lastIndex = from;
  for (let m = TERMINATOR.exec(sentence); m && m.index < start; m = TERMINATOR.exec(sentence)) {
    cut = Math.min(start, m.index + m[0].length);
    if (m[0].length === 0) TERMINATOR.lastIndex++;
  }
  return cut;
}
function scopeEnd(sentence: string, end: number, to: number): number {
  TERMINATOR.lastIndex = end;
  let m = TERMINATOR.exec(sentence);
  // A table cell's own end: "| HI | Denied |" reads the next cell too.
  if (m && m[0] === '|' && sentence.slice(end, m.index).trim() === '') {
    TERMINATOR.lastIndex = m.index + 1;
    m = TERMINATOR.exec(sentence);
  }
  return m && m.index < to ? m.index : to;
}

const lastWords = (s: string, n: number) => {
  const words = s.split(/\s+/);
  return words.length <= n ? s : words.slice(-n).join(' ');
};

function negatedBefore(scope: string): boolean {
  const window = lastWords(scope, 16);
  const pseudo = [...execAll(PSEUDO, window)].map((m) => [m.index, m.index + m[0].length] as const);
  NEGATION_BEFORE.lastIndex = 0;
  const triggers = [...execAll(NEGATION_BEFORE, window)].filter(
    (m) =>
      !pseudo.some(([s, e]) => m.index >= s && m.index < e) &&
      // "denies intent to act on her suicidal thoughts": the negation is of the intent, the thoughts stand.
      !PRESUPPOSED.test(window.slice(m.index + m[0].length)),
  );
  const last = triggers[triggers.length - 1];
  if (!last) return false;
  // "No SI, no HI, cutting 2x this week": a list that negates each item with its own word leaves
  // an item without one affirmed ("denies SI, HI or cutting" negates all three).
  if (triggers.length > 1 && /,/.test(window.slice(last.index + last[0].length))) return false;
  return true;
}

/**
 * "Her son said he wants to die": the possessive says the client is "her", so
 * the "he" who speaks is the son, telling of himself. ("Her husband said she
 * wants to die" stays the client's.)
 */
function ownWords(person: string, between: string): boolean {
  const whose = /^\W*(her|his)\b/.exec(person)?.[1];
  const said = /\b(?:said|says|reports?|reported|states?|stated|told\s+\w+|tells\s+\w+)\s+(?:that\s+)?(he|she)\b/.exec(
    between,
  )?.[1];
  return !!whose && !!said && (whose === 'her') === (said === 'he');
}

/** The modifiers of the mention at [start, end) of `sentence` (lowercased, quotes blanked). */
export function modifiers(sentence: string, start: number, end: number): Modifiers {
  const from = Math.max(0, start - WINDOW);
  const to = Math.min(sentence.length, end + WINDOW);
  const scopedFrom = scopeStart(sentence, from, start);
  const scopedTo = scopeEnd(sentence, end, to);
  const before = sentence.slice(scopedFrom, start);
  const after = sentence.slice(end, scopedTo);
  const words = sentence.slice(start, end);
  const affirmed = AFFIRMED_AFTER.test(sentence.slice(end, to));
  let negated = !affirmed && (negatedBefore(before) || NEGATION_AFTER.test(after));
  let w = when(sentence.slice(from, start), `${before} ${words} ${after}`);
  // "No suicidal thoughts since June": there until June.
  if (negated && SINCE.test(after) && w.date) {
    negated = false;
    w = { ...w, recent: false, since: false };
  }
  // A question and its answer: "when asked about intent: I don't know if I'd stop myself".
  const near = lastWords(before.slice(before.lastIndexOf(':') + 1), 10);
  const conditional = !affirmed && CONDITIONAL.test(near);
  const process = !affirmed && PROCESS.test(near);
  // Someone else named before the mention in its sentence, with no word of reporting, or of the client, between.
  const whole = sentence.slice(from, start);
  let other: RegExpExecArray | undefined;
  OTHER.lastIndex = 0;
  // "Found by her mother", "stopped by police": the one who acts on the client is not the one at risk.
  for (const m of execAll(OTHER, whole))
    if (
      m[0].trim() &&
      // "her late wife's birthday": a possessive names whose thing, not who acts.
      !/^'s\b/.test(whole.slice(m.index + m[0].length)) &&
      // "about his friend who shot himself": the object of one verb is the subject of the next.
      (!OBJECT_OF.test(whole.slice(Math.max(0, m.index - 24), m.index)) ||
        /^\s+who\b/.test(whole.slice(m.index + m[0].length)))
    )
      other = m as RegExpExecArray;
  let experiencer: Modifiers['experiencer'];
  if (other) {
    const between = whole.slice(other.index + other[0].length);
    const own = /\b(?:her|his|their)\s+own\b/.test(between);
    if (own || !REPORTING.test(between) || ownWords(other[0], between))
      experiencer = RELATIVE.test(other[0]) ? 'relative' : 'other';
  }
  const household = !!other && HOUSEHOLD.test(other[0]) && !/\bex\b|\bex-/i.test(other[0]);
  return { negated, conditional, process, when: w, ...(experiencer ? { experiencer, household } : {}) };
}
