// The words a passage is weighed by once its sentences have given their
// mentions (passage.ts): purposes, ordinary reasons, accidents, means out of
// reach, jokes, and which category's words give way to which.
import type { TermCategory } from './term';

export const SUICIDAL: ReadonlySet<TermCategory> = new Set([
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
export const MARKER =
  /\b(?:si|it\s+was\s+(?:really\s+)?for\s+(?:me|him|her)|for\s+when\s+i'?m\s+ready|when\s+(?:the\s+)?time\s+(?:is|comes)|(?:for\s+)?after\s+i'?m\s+gone|so\s+(?:nobody|no\s+one)\s+(?:has|would\s+have)\s+to|won'?t\s+need\s+(?:it|them)|just\s+in\s+case|for\s+(?:him|her|them)sel(?:f|ves)|to\s+end\s+it|c-?ssrs|columbia|bridge|suicid\w*|to\s+die\b|noose|hang\w*)\b/i;
// A purpose of ending a life, said of an act.
export const PURPOSE =
  /\b(?:intend\w*|hop\w*|tr(?:y|ied|ying)|want\w*|mean\w*|meant|in\s+order|in\s+an\s+attempt|with\s+(?:the\s+)?intent(?:ion)?|intent)\s+(?:to\s+)?(?:die|end\s+(?:it|(?:her|his|their|my)\s+(?:own\s+)?life)|kill\s+(?:her|him|them|my)sel(?:f|ves)|be\s+dead|not\s+wake\s+up)\b|\bto\s+die\b|\bwanted\s+it\s+(?:all\s+)?to\s+(?:be\s+over|end|stop)\b|\bon\s+purpose\b|\bdeliberately\b|\bintentional(?:ly)?\b|\bintent\s+to\s+die\s+confirmed\b|\bhop\w*\s+(?:i|she|he)\s+(?:wouldn'?t|won'?t|would\s+not)\s+wake\s+up\b|\bto\s+make\s+(?:it|the\s+pain|everything)\s+(?:all\s+)?stop\b/i;
// An ordinary reason for what would otherwise read as getting ready to die.
export const ORDINARY =
  /\b(?:lawyer|attorney|estate\s+plan\w*|after\s+(?:her|his|their)\s+\w+'s\s+death|as\s+part\s+of|routine|retir\w+|moving|outgrown|thrift|donat\w+\s+(?:to|at)|declutter\w*|new\s+baby|got\s+married|for\s+(?:the|a|her|his)\s+(?:gym|climbing|bouldering|camping|hiking|boat|project|class|hunting\s+trip|deer\s+season)|in\s+case\s+the\s+(?:clinic|pharmacy)\s+(?:closes|runs\s+out)|lockbox)\b/i;
export const NOT_TO_DIE =
  /\b(?:not\s+(?:trying\s+|wanting\s+|meaning\s+)?to\s+die|(?:didn'?t|did\s+not|doesn'?t|does\s+not)\s+(?:want|mean|intend)\s+to\s+die|denies\s+(?:wanting|any\s+wish|(?:suicidal\s+)?intent)|without\s+(?:suicidal\s+)?intent|to\s+(?:hurt|feel\s+(?:the\s+)?(?:pressure|pain|something)|punish|cope|release)|only\s+to\s+hurt)\b/i;
export const ACCIDENTAL = /\b(?:accident\w*|unintentional\w*|by\s+mistake|as\s+a\s+toddler|as\s+a\s+child|mistook)\b/i;
// A means the passage says is out of reach now (not "agreed to", "will" or "plans to").
export const MEANS_REMOVED =
  /\b(?<!(?:will|would|agreed\s+to|plans?\s+to|going\s+to|declined\s+to|refused\s+to|willing\s+to|considering|could|may|might)\s+(?:\w+\s+)?)(?:removed|sold|surrendered|turned\s+in|got\s+rid\s+of|disposed\s+of|seized|confiscated|taken\s+(?:away|by)|picked\s+(?:them|it)\s+up|gave\s+(?:them|it|his\s+guns|her\s+guns)\s+to|moved\s+(?:the|all|his|her)?\s*(?:guns?|firearms?|rifles?|pistols?)\s+to|(?:were|was|have\s+been|has\s+been)\s+(?:moved|removed|taken|transferred|given|locked\s+up)\s+(?:to|at|out|away|from)|handed\s+(?:over|in)|no\s+longer\s+(?:has|owns|keeps)|has\s+none\s+now|kept\s+at\s+(?:his|her|their)\s+\w+'s|stored\s+(?:off-?site|at\s+(?:his|her|their|a)\s+\w+'s)|locked\s+(?:up\s+)?at\s+(?:his|her|their)\s+\w+'s|in\s+(?:temporary\s+)?storage\s+at\s+(?:the\s+)?(?:sheriff|police|gun\s+(?:shop|store)))\b|\bno\s+(?:guns?|firearms?)\s+in\s+the\s+(?:house|home)\s+now\b|\bstorage\s+unit\s+only\s+(?:he|she)\s+can\s+open\b|\bconfirmed\s+receipt\b|\b(?:has\s+)?no\s+access\b|\b(?:brother|sister|father|mother|dad|mom|son|daughter|friend|wife|husband|partner|uncle|aunt|cousin)\s+(?:has|holds|keeps)\s+(?:my|his|her|the|all\s+(?:my|his|her|the))\s+(?:guns?|pistol|rifles?|shotguns?|firearms?|pills|meds|medications?)\b|\brecovered\s+by\s+(?:the\s+)?police\b|\bin\s+police\s+custody\b|\b(?:went|go|gone|were\s+taken)\s+to\s+(?:her|his|their|the)\s+\w+(?:-in-law)?'s\b|\b(?:remains?|stays?|are|is|kept)\s+(?:now\s+)?with\s+(?:her|his|their)\s+[\w-]+\b|\bconfirmed\s+(?:by\s+phone\s+)?that\s+(?:he|she|they)\s+(?:has|have|holds?)\s+(?:it|them)\b/i;
export const SINCE_DATE =
  /\b(?:no|not|denies|without)\b[^.;]{0,40}?\bsince\s+[^.;]{0,30}?\b(?:(?:19|20)\d\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b/i;
export const BEFORE_THAT = /\b(?:before\s+that|prior\s+to\s+that|until\s+then|before\s+then)\b/i;
export const REHEARSAL =
  /\bto\s+see\s+how\s+it\s+(?:felt|feels|would\s+feel)\b|\bthen\s+took\s+it\s+off\b|\bpractic\w+\b/i;
export const TRYING_TO_DIE = /\b(?:trying|tried|wanted|meant|intending|hoping)\s+to\s+die\b/i;
// A family history written as one ("FHx: mother - 2 SAs"): its attempts are the relatives'.
export const FAMILY_PASSAGE = /^\W*(?:fhx|fh|f\/h|family\s+(?:hx|history|psych\w*\s+hx))\b/i;
export const JOKE_DENIED =
  /\b(?:no\s+si|denies\s+(?:si|any|suicidal|wishing)|no\s+safety\s+concerns|clarified\s+(?:it\s+was\s+a\s+)?joke)\b/i;
export const JOKE = /\b(?:laugh\w*|jok\w+|kidding|teasing|sarcastic\w*)\b/i;

export const SUICIDE_LEVELS: ReadonlySet<TermCategory> = new Set([
  'wish-to-die',
  'suicidal-ideation',
  'method',
  'intent',
  'plan',
]);

/** Which category's words, inside which others', are not named again. */
export const INSIDE: Partial<Record<TermCategory, readonly TermCategory[]>> = {
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

// The order in which overlapping words are given to a category: the more specific first.
export const PRIORITY: readonly TermCategory[] = [
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
