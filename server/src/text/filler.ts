// Words that fill a place without saying anything: "N/A", "none", "-",
// "TBD", "see above", and words that say only that something was or will be
// done elsewhere or later: "discussed in session", "same as last plan", "see
// safety plan in chart", "will complete next session", "reviewed with
// client", "client declined to name anyone". A safety plan's part or a risk
// rationale written so is empty, however it looks. A text with one word of
// its own besides them ("Call my sister Ana; discussed with her in session")
// has content.

import { PLACEHOLDER_SOURCE, isPlaceholder } from '../base/placeholders';

const FILLER = new RegExp(
  String.raw`^(?:n\/?a|n\.a\.?|na|none|nil|nothing|no|x|\?+|\.+|-+|\u2014+|\u2013+|_+|not\s+(?:yet\s+)?(?:discussed|done|completed|addressed|applicable|reviewed|assessed|known|given|provided)|(?:was\s+|were\s+)?(?:discussed|reviewed|addressed|covered|done|completed|ok|okay|fine|yes|same|as\s+above|see\s+above|see\s+below)|tbd|tba|tbc|to\s+be\s+(?:determined|discussed|completed|added|done|confirmed)|see\s+(?:above|below|note|notes|chart|progress\s+notes?|assessment|intake|attached|file)|(?:same\s+)?as\s+(?:above|before|usual)|pending|deferred|later|will\s+(?:discuss|complete|add|do|review)(?:\s+(?:later|next\s+(?:session|time|visit)))?|unknown|unsure|declined|refused|per\s+(?:client|pt|patient)|\(?blank\)?|empty|fill\s+in|todo|to\s+do)$`,
  'i',
);

// Words that say only what was or will be done, where, when, by whom, or that
// nothing is there: a text made of these alone names nothing a reader can use.
// Not among them: any person, place, sign, strategy or number ("mom", "988",
// "work", "the park"), so that a part naming one has content.
const EMPTY_WORDS = new Set(
  // What is done to the document: discussed, reviewed, to be completed.
  (
    'discuss discussed discussing discussion discussions review reviewed reviewing address addressed addressing ' +
    'cover covered complete completed completing finish finished finalize finalized finalise finalised fill filled ' +
    'update updated updating add added revisit revisited assess assessed assessment explore explored process ' +
    'processed document documented note noted notes go going gone over talk talked talking think thinking thought ' +
    'about defer deferred pending tbd tba tbc confirm confirmed determine determined decide decided done do does did ' +
    'doing addressing unchanged change changes changed same previous prior last earlier before above below later ' +
    'next time times soon yet still again elsewhere new working bring brought agreeable agreed agrees agree chose ' +
    'choose section sections question questions item items f u fu follow up followup reports reported states ' +
    'stated says said length ongoing agreement tab worked due come came needs need needed incomplete skipped right dated ' +
    // The parts' own labels, written again as their content: "did not identify any warning signs".
    'warning sign signs coping strategy strategies skills people places settings contacts professionals supports ' +
    'environment means lethal ' +
    // Where it is instead: the chart, the form, the note.
    'see refer refers referred per attached scanned chart charted ehr emr file filed record records progress intake ' +
    'form forms plan plans safety stanley brown crisis copy handout packet paperwork document nursing ' +
    // When and with whom: in session, with client, next visit.
    'session sessions visit visits appt appts appointment appointments meeting today tomorrow yesterday week weeks ' +
    'month months date now currently present moment client clients pt pts patient patients cl clt supervisor ' +
    'supervision ' +
    // Refusal and non-answers.
    'declined declines decline refused refuses refuse unable unwilling want wanted wants answer answered identify ' +
    'identified name named provide provided share shared list listed anyone anybody anything any none nothing ' +
    'nobody noone unknown unsure blank empty na n a ok okay fine yes no not ' +
    // Words that carry no content of their own.
    'a an the and or of to in on at by for with from into as is are was were be been being has have had will would ' +
    'shall should can could may might must this that these those it its there here then than so also just only all ' +
    'each per w wk re he she they him her them his their i me my we us our you your'
  ).split(' '),
);

// Dates say when something was done, not what: "discussed 11/20", "see note 2026-11-02".
const DATE = /\b(?:\d{4}-\d{1,2}-\d{1,2}|\d{1,2}\/\d{1,2}(?:\/\d{2,4})?)\b/g;
// Someone something was done with: "reviewed with client and mom", "discussed w/ pt & family".
const DONE_WITH =
  /\b(discuss\w*|review\w*|address\w*|cover\w*|complet\w*|go(?:ne)?\s+over|went\s+over|talk\w*|process\w*|explor\w*|updat\w*|finaliz\w*|finalis\w*|determin\w*|decid\w*|agreed)\s+with\s+(?:(?:the|his|her|their|my|pt's|client's|and|&|\+)\s+|(?:client|pt|patient|family|parents?|mom|mother|dad|father|guardian|caregivers?|supervisor|team|wife|husband|partner|spouse|her|him|them)\b\s*)+/gi;

// The product's own placeholders, and a template's bracketed instruction ("[insert coping skills]", "<list people
// here>"), inside a text: what is left beside them is the text ("TBD (your practice or agency, …)" says only "TBD").
const TEMPLATE = new RegExp(
  [
    PLACEHOLDER_SOURCE,
    String.raw`[[<{]+\s*(?:insert|enter|add|list|type|write|fill|name|describe|specify)\b[^\]>}]*[\]>}]+`,
  ].join('|'),
  'gi',
);

/** True when a text holds no words of its own: empty, a placeholder, or filler such as "N/A" or "discussed in session". */
export function isFiller(text: string): boolean {
  const t = text
    .replace(/[*_`~"'\u201c\u201d\u2018\u2019]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[.;,:!]+$/, '')
    .trim();
  if (t === '' || isPlaceholder(t) || FILLER.test(t)) return true;
  const words = t
    .replace(TEMPLATE, ' ')
    .replace(/\bno\s+one\b/gi, 'noone')
    .replace(/\bw\//gi, 'with ')
    .replace(DONE_WITH, '$1 ')
    .replace(DATE, ' ')
    .toLowerCase()
    .match(/[\p{L}\p{N}]+/gu);
  return !words || words.every((w) => EMPTY_WORDS.has(w) || /^x+$/.test(w));
}
