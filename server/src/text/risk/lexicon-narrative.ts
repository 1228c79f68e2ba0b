// Risk as clients say it and clinicians quote it, and as notes tell what
// happened: first-person intent ("I'm going to do it", "the minute I'm
// discharged I'm finishing it"), a plan's details ("I already know how I'm
// doing it"), idioms of a wish to be dead ("should have died", "pissed I
// woke up"), attempts told as events ("found with a sheet tied to the
// vent"), goodbye notes by their words, and screening items (C-SSRS Q1-Q6,
// EPDS item 10) read only beside the screen's name.
import { T, type Term } from './term';
import { ENDING, gap, METHOD, PILLS, SELF } from './vocab';

/** The C-SSRS named in the passage: its items (Q1-Q6) are read only then. */
const CSSRS = /\bc-?ssrs\b|\bcolumbia\b/i;
const YES = String.raw`\s*(?:\([^)]*\)\s*)?[:=-]?\s*(?:yes|\+|positive|endorsed)\b`;
const FUTURE = String.raw`(?:i'?m|i\s+am|im|she'?s|he'?s|they'?re|i'?ll|i\s+will|she\s+will|he\s+will|(?:is|are|am)\s+(?:going|gonna)|gonna|going\s+to)\s+(?:going\s+to\s+|gonna\s+)?(?:just\s+|finally\s+|really\s+)?`;

export const NARRATIVE_TERMS: readonly Term[] = [
  // ------------------------------------------------------------ screening items
  T('wish-to-die', String.raw`\bq(?:uestion\s*)?1${YES}`, { within: CSSRS }),
  T('suicidal-ideation', String.raw`\bq(?:uestion\s*)?2${YES}`, { within: CSSRS }),
  T('method', String.raw`\bq(?:uestion\s*)?3${YES}`, { within: CSSRS }),
  T('intent', String.raw`\bq(?:uestion\s*)?4${YES}`, { within: CSSRS }),
  T('plan', String.raw`\bq(?:uestion\s*)?5${YES}`, { within: CSSRS }),
  T('preparatory-act', String.raw`\bq(?:uestion\s*)?6${YES}|\bbehaviou?r\s*[:=-]\s*yes\b`, { within: CSSRS }),
  T(
    'suicidal-ideation',
    String.raw`\b(?:item|q|#)\s*10\b\s*(?:\([^)]*\)\s*)?(?:[:=]\s*|is\s+|was\s+|scored\s+)(?:[123](?![\d\/])|yes|positive|endorsed|sometimes|quite\s+often|hardly\s+ever)\b`,
    { within: /\bepds\b|\bedinburgh\b/i },
  ),
  // ------------------------------------------------------------ a wish to be dead, as said
  T(
    'wish-to-die',
    String.raw`\bshould(?:'?ve|\s+have)\s+died\b|\bwish\w*\s+(?:that\s+)?(?:the|that|my|her|his)\s+(?:\w+\s+){0,2}?(?:had\s+)?(?:just\s+)?(?:finished|killed|taken)\s+(?:me|her|him)(?:\s+off)?\b|\b(?:pissed|mad|angry|upset|disappointed|annoyed)\s+(?:that\s+)?(?:i|she|he)\s+wok(?:e|en)\s+up\b|\bwant\w*\s+to\s+go\s+to\s+sleep\s+(?:for\s+(?:a\s+)?(?:really\s+)?long\s+time|forever)\b|\bbetter\s+off\s+${gap(6)}without\s+me\b(?!\s+(?:as|in\s+(?:the|that)\s+(?:role|job|position|band|group|class)|on\s+(?:the\s+)?(?:team|project|committee|board)|at\s+(?:work|the\s+office|school)))|\b(?:better|happier)\s+(?:life|place|off)\s+if\s+(?:i|she|he)\s+(?:weren'?t|wasn'?t|were\s+not|was\s+not)\s+(?:around|here|alive)\b|\b(?:lord|god|jesus)\s+(?:will\s+|would\s+)?takes?\s+me\b|\bpassive\s*(?:->|=>|to|and|&|\/)\s*active\b`,
  ),
  // ------------------------------------------------------------ suicidal thoughts, as said
  T('suicidal-ideation', String.raw`\b${ENDING}\b`),
  T(
    'suicidal-ideation',
    String.raw`\bthe\s+thoughts\s+(?:are|have\s+been|were)\s+(?:\w+\s+){0,3}?(?:still\s+there|still\s+(?:present|around)|back|louder|worse|constant|daily|getting\s+(?:louder|worse|stronger))`,
    { weak: true },
  ),
  T(
    'method',
    String.raw`\bthoughts?\s+(?:are\s+|were\s+)?(?:\w+\s+){0,3}?(?:about|of)\s+(?:the|my|his|her)\s+(?:shotgun|rifle|gun|pistol|pills|rope|bridge|train|\.\d\d)\b`,
  ),
  // ------------------------------------------------------------ intent and plan, as said
  T(
    'intent',
    String.raw`\b${FUTURE}(?:do\s+it|finish(?:ing)?\s+(?:it|things)|end(?:ing)?\s+(?:it|things)|kill\s+${SELF}|off\s+${SELF}|go(?:ing)?\s+(?:back\s+)?to\s+the\s+(?:bridge|tracks|park|lake|river|roof|overpass)|take\s+(?:all|them\s+all|the\s+whole|everything)|use\s+(?:till|until)\s+it\s+kills|drive\s+(?:out\s+)?(?:off|into|to\s+the)|jump|hang\s+${SELF}|shoot\s+${SELF}|use\s+my\s+(?:gun|rifle|pistol|shotgun|\.\d\d))\b`,
    { conditional: true },
  ),
  T(
    'intent',
    String.raw`\b(?:and\s+)?i\s+mean\s+it\b|\bthis\s+time\s+i'?m\s+not\s+(?:climbing\s+down|stopping|calling)|\bnot\s+calling\s+anybody\s+this\s+time\b|\bi'?m\s+finishing\s+it\b`,
    { weak: true, conditional: true },
  ),
  T(
    'intent',
    String.raw`\basked\s+(?:if|whether)\s+(?:she|he|they)\s+(?:would|could|might|'d)\s+act\s+on[^]*?(?:maybe|probably|yes|can'?t\s+promise|not\s+sure|don'?t\s+know)`,
    { passage: true },
  ),
  T(
    'plan',
    String.raw`\b(?:i|she|he)\s+(?:already\s+)?knows?\s+how\s+(?:i'?m|im|she'?s|he'?s|i\s+am)\s+(?:going\s+to\s+)?do(?:ing)?\s+it\b|\b(?:has|had|got|have)\s+(?:it\s+)?(?:all\s+)?(?:worked|figured|planned)\s+out\b|\bhas\s+thought\s+about\s+(?:which|what)\s+(?:day|time|date)\b|\bset\s+a\s+date\b`,
  ),
  T('plan', String.raw`\bplan\b[^.;]{0,25}?\bto\s+${METHOD}`),
  T('method', String.raw`\bplan\s*\(\s*${METHOD}`),
  T('method', String.raw`\bplan\b[^.;]{0,25}?\bto\s+${METHOD}|\b${FUTURE}(?:go\s+to\s+the\s+)?${METHOD}`),
  T(
    'method',
    String.raw`\b(?:enough|plenty\s+of)\s+(?:pills|meds|medication)\s+${gap(3)}to\s+(?:see\s+me\s+off|kill\s+me|do\s+it|end\s+it|finish\s+me)\b`,
    { conditional: true },
  ),
  T(
    'medication-access',
    String.raw`\b(?:enough|plenty\s+of)\s+(?:pills|meds|medication)\s+${gap(3)}to\s+(?:see\s+me\s+off|kill\s+me|do\s+it|end\s+it|finish\s+me)\b`,
    { conditional: true },
  ),
  // ------------------------------------------------------------ attempts, told as events
  T(
    'attempt',
    String.raw`\bfound\s+${gap(6)}with\s+(?:a\s+|the\s+)?(?:torn\s+|knotted\s+)?(?:sheet|strip\s+of\s+\w+|cord|belt|shoelaces?|rope|noose|ligature|plastic\s+bag|bag|towel|scarf)\s+(?:tied\s+)?(?:around|to|over|on|from)\s+(?:her|his|their|the)\s+(?:neck|head|vent|door|closet|beam|shower|bed)\b|\bwith\s+(?:the\s+)?(?:whole\s+)?bottle\s+of\s+\w+\s+in\s+(?:my|her|his)\s+hand\b|\bput\s+(?:it|them|the\s+(?:bottle|pills|gun))\s+back\s+in\b`,
  ),
  T(
    'act',
    String.raw`\b(?:swallowed|took|ate|downed)\s+(?:her|his|their)\s+(?:\w+'s\s+)?(?:pills|meds|medications?|prescriptions?)\b|\bused\s+it\s+all\b`,
  ),
  // ------------------------------------------------------------ self-injury, told as events
  T(
    'self-injury',
    String.raw`\bself-inflicted\b(?!\s+(?:gunshot|gsw))|\bused\s+to\s+(?:cut|burn|scratch|self-?harm|hurt\s+${SELF}|pick)\b|\bpull\w*\s+out\s+(?:her|his|their)\s+(?:\w+\s+)?(?:hair|eyelashes|eyebrows|lashes|brows)(?:\s+and\s+(?:\w+\s+)?(?:hair|eyelashes|eyebrows|lashes|brows))?\b(?=[^.;]{0,60}?\b(?:bleed|bleeds|bald|punish|hurt|raw|until|till)\b)|\b(?:till|until)\s+(?:it|they)\s+(?:bruises?|bleeds?|bled)\b`,
  ),
  // ------------------------------------------------------------ preparatory acts, told as events
  T(
    'preparatory-act',
    String.raw`\b(?:last|final|goodbye)\s+letters?\b|\b(?:sealed\s+)?(?:envelope|letter|note|card)s?\s+addressed\s+to\s+(?:her|his|their)\s+(?:parents|mother|father|mom|dad|kids|children|wife|husband|family)\b|\bchanged\s+(?:her|his|their|the)\s+(?:life\s+)?insurance\s+beneficiary\b|\bhow\s+long\s+it\s+takes\s+to\s+(?:bleed\s+out|die|pass\s+out|suffocate)\b|\b(?:browser|search)\s+(?:tab|history)\s+(?:open\s+)?(?:on|for|showed)\b`,
  ),
  T(
    'preparatory-act',
    String.raw`\b(?:sorry\s+for\s+everything|don'?t\s+blame\s+your(?:self|selves)|tell\s+(?:my|her|his)\s+(?:\w+\s+){0,2}?i'?m\s+sorry|give\s+(?:him|her|them)\s+my\s+\w+|i\s+love\s+you\s+all)\b`,
    { within: /\b(?:note|letter|wrote|written|message|text)\b/i },
  ),
  T(
    'preparatory-act',
    String.raw`\b(?:have|has|had|got|keeps?|kept|brought)\s+(?:a|the)\s+(?:rope|noose|hose|charcoal|razor\s+blades?)\b|\b(?:${PILLS})\s+(?:\w+\s+){0,3}?hidden\s+in\b|\bsaved\s+up\s+from\s+(?:\w+\s+)?(?:refills|prescriptions)\b`,
  ),
  // ------------------------------------------------------------ the details of a plan, beside intent or a method
  T(
    'method',
    String.raw`\b(?:the|a|my)\s+(?:train|tracks|bridge|rope|noose|rifle|shotgun|pistol|gun|garage|overpass|roof|ledge|cliff|lake|river|ocean|balcony|\.\d\d)\b|\b(?:the\s+)?car\s+running\b`,
    { needsAny: ['plan', 'intent'], unless: ['attempt', 'act'] },
  ),
  T(
    'plan',
    String.raw`\b(?:tonight|tomorrow|this\s+(?:weekend|week|friday|saturday|sunday)|(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:\s+night)?|next\s+(?:week|month|friday|weekend)|after\s+(?:this\s+call|work|the\s+(?:holidays|wedding|funeral))|at\s+\d{1,2}(?::\d\d)?(?:\s*[ap]\.?m\.?)?|on\s+(?:her|his|my|the)\s+(?:birthday|anniversary)|when\s+(?:her|his|my)\s+(?:\w+\s+){0,2}(?:is|are)\s+(?:away|gone|out|asleep|at\s+work)|when\s+(?:her|his|my)\s+\w+\s+works|to\s+the\s+(?:park|lake|bridge|river|woods|barn|garage|cabin))\b`,
    { needs: ['intent', 'method'] },
  ),
  T(
    'preparatory-act',
    String.raw`\b(?:gave|giving|gives|given|handed)\s+(?:away\s+)?(?:her|his|their)\s+(?:[\w,']+\s+){0,10}?to\s+(?:friends|the\s+grandchildren|(?:her|his|their)\s+(?:friends|kids|children|grandchildren|siblings|sister|brother|roommate|cousin))\b`,
  ),
];
