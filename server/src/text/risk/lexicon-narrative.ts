// Risk as clients say it and clinicians quote it, and as notes tell what
// happened: first-person intent ("I'm going to do it", "the minute I'm
// discharged I'm finishing it"), a plan's details ("I already know how I'm
// doing it"), idioms of a wish to be dead ("should have died", "pissed I
// woke up"), attempts told as events ("found with a sheet tied to the
// vent"), goodbye notes by their words, and screening items (C-SSRS Q1-Q6,
// EPDS item 10) read only beside the screen's name.
import { T, type Term } from './term';
import { CALIBER, ENDING, gap, METHOD, PILLS, SELF } from './vocab';

/** The C-SSRS named in the passage: its items (Q1-Q6) are read only then. */
const CSSRS = /\bc-?ssrs\b|\bcolumbia\b/i;
const YES = String.raw`\s*(?:\([^)]*\)\s*|[a-z -]{0,40}?)[:=-]?\s*(?:yes|y|\+|positive|endorsed)\b(?!\s*\/)`;
/** Questions named in a list before the one read: "Q2, Q3 and ". */
const QLIST = String.raw`(?:(?:q|question\s*)\d\s*(?:,\s*|and\s+|&\s*|\+\s*)(?:and\s+)?)*(?:q|question\s*)`;
/** The ASQ named in the passage (Ask Suicide-Screening Questions). */
const ASQ = /\basq\b/i;
const FUTURE = String.raw`(?:i'?m|i\s+am|im|she'?s|he'?s|they'?re|i'?ll|i\s+will|she\s+will|he\s+will|(?:is|are|am)\s+(?:going|gonna)|gonna|going\s+to)\s+(?:going\s+to\s+|gonna\s+)?(?:just\s+|finally\s+|really\s+)?`;

export const NARRATIVE_TERMS: readonly Term[] = [
  // ------------------------------------------------------------ screening items
  T('phq9-item9', String.raw`(?:^|\s)9\)\s*[123]\b|\bpos(?:itive)?\s+#\s*9\b|\bq\s*9\s*[-:=]\s*[123]\b`, {
    within: /\bphq/i,
  }),
  T('wish-to-die', String.raw`\bq(?:uestion\s*)?1${YES}`, { within: CSSRS }),
  // "Yes to Q2 and Q4": the answers named by their questions.
  T('wish-to-die', String.raw`\byes\s+(?:to|on|for)\s+${QLIST}1\b`, { within: CSSRS }),
  T('suicidal-ideation', String.raw`\byes\s+(?:to|on|for)\s+${QLIST}2\b`, { within: CSSRS }),
  T('method', String.raw`\byes\s+(?:to|on|for)\s+${QLIST}3\b`, { within: CSSRS }),
  T('intent', String.raw`\byes\s+(?:to|on|for)\s+${QLIST}[45]\b`, { within: CSSRS }),
  T('plan', String.raw`\byes\s+(?:to|on|for)\s+${QLIST}5\b`, { within: CSSRS }),
  // An intent rated on a scale: "Intent 6/10".
  T('intent', String.raw`\bintent(?:ion)?(?:\s+to\s+(?:act|die))?\s*[:=]?\s*(?:[1-9]|10)\s*\/\s*10\b`),
  T('suicidal-ideation', String.raw`\bq(?:uestion\s*)?2${YES}`, { within: CSSRS }),
  T('method', String.raw`\bq(?:uestion\s*)?3${YES}`, { within: CSSRS }),
  T('intent', String.raw`\bq(?:uestion\s*)?4${YES}`, { within: CSSRS }),
  T('plan', String.raw`\bq(?:uestion\s*)?5${YES}`, { within: CSSRS }),
  T('intent', String.raw`\bq(?:uestion\s*)?5${YES}`, { within: CSSRS }),
  T('wish-to-die', String.raw`\bq(?:uestion\s*)?[12]${YES}|\byes\s+to\s+q[12]\b`, { within: ASQ }),
  T('suicidal-ideation', String.raw`\bq(?:uestion\s*)?[35]${YES}|\byes\s+to\s+q[35]\b`, { within: ASQ }),
  T('attempt', String.raw`\bq(?:uestion\s*)?4${YES}|\b(?:and\s+)?q4\s*\(\s*ever\s+tried`, { within: ASQ }),
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
  T(
    'wish-to-die',
    String.raw`\bif\s+(?:i|she|he)\s+(?:didn'?t|did\s+not|don'?t|never)\s+wake\s+up\b|\b(?:just\s+)?let\s+me\s+die\b|\bi'?d\s+be\s+(?:fine|ok|okay|happy)\s+if\s+(?:a\s+\w+\s+hit\s+me|i\s+(?:died|didn'?t\s+wake\s+up))|\b(?:don'?t|doesn'?t|do\s+not|does\s+not|can'?t)\s+see\s+(?:the|any)\s+point\s+(?:anymore|in\s+(?:it|anything|going\s+on|living))|\b(?:go|be)\s+(?:to\s+)?be\s+with\s+(?:[A-Za-z]+|him|her|them|my\s+\w+)\b(?=[^.;]{0,40}?(?:die|dead|gone|passed|heaven|lord|god))|\bwant\s+to\s+go\s+be\s+with\b|\blived\s+too\s+long\b|\b(?:he|she|god|the\s+lord|jesus)\s+(?:just\s+)?takes?\s+me\b|\bwish\w*\s+(?:i|she|he)'?d\s+died\b|\bnot\s+(?:gonna|going\s+to)\s+be\s+around\s+(?:much\s+)?(?:longer|for\s+long)\b|\b(?:not\s+wanting|doesn'?t\s+want)\s+to\s+be\s+around\s+anymore\b|\bthink\w*\s+about\s+being\s+dead\b|\bbetter\s+off\s+if\s+(?:i|she|he)\s+(?:just\s+)?(?:wasn'?t|weren'?t)\s+(?:here|around)\b`,
  ),
  // ------------------------------------------------------------ suicidal thoughts, as said
  T(
    'suicidal-ideation',
    String.raw`\bnot\s+(?:gonna|going\s+to)\s+be\s+around\s+to\s+see\s+it\b|\bthought\s+about\s+just\s+ending\s+it\b`,
  ),
  T('suicidal-ideation', String.raw`\bkeep\s+thinking\s+about\s+it\b`, { within: /\bkill\s+(?:my|him|her|them)sel/i }),
  T(
    'intent',
    String.raw`\bi'?ll\s+make\s+sure\s+of\s+(?:that|it)\b|\b(?:i|she|he)'?d\s+do\s+it\b|\b(?:keep|stop)\s+(?:${SELF}\s+)?from\s+acting\s+on\b`,
    { weak: true, conditional: true },
  ),
  T('suicidal-ideation', String.raw`\b${ENDING}\b`),
  T(
    'suicidal-ideation',
    String.raw`\bthe\s+thoughts\s+(?:are|have\s+been|were)\s+(?:\w+\s+){0,3}?(?:still\s+there|still\s+(?:present|around)|back|louder|worse|constant|daily|getting\s+(?:louder|worse|stronger))`,
    { weak: true },
  ),
  T(
    'method',
    String.raw`\bthoughts?\s+(?:are\s+|were\s+)?(?:\w+\s+){0,3}?(?:about|of)\s+(?:the|my|his|her)\s+(?:shotgun|rifle|gun|pistol|pills|rope|bridge|train|${CALIBER})\b`,
  ),
  // ------------------------------------------------------------ intent and plan, as said
  T(
    'intent',
    String.raw`\b${FUTURE}(?:do\s+it|finish(?:ing)?\s+(?:it|things)|end(?:ing)?\s+(?:it|things)|kill\s+${SELF}|off\s+${SELF}|go(?:ing)?\s+(?:back\s+)?to\s+the\s+(?:bridge|tracks|park|lake|river|roof|overpass)|take\s+(?:all|them\s+all|the\s+whole|everything)|use\s+(?:till|until)\s+it\s+kills|drive\s+(?:out\s+)?(?:off|into|to\s+the)|jump|hang\s+${SELF}|shoot\s+${SELF}|use\s+my\s+(?:gun|rifle|pistol|shotgun|${CALIBER}))\b`,
    { conditional: true },
  ),
  T(
    'intent',
    String.raw`\b(?:and\s+)?i\s+mean\s+it\b|\bthis\s+time\s+i'?m\s+not\s+(?:climbing\s+down|stopping|calling)|\bnot\s+calling\s+anybody\s+this\s+time\b|\bi'?m\s+finishing\s+it\b`,
    { weak: true, conditional: true },
  ),
  T(
    'intent',
    String.raw`\basked\s+(?:if|whether)\s+(?:she|he|they)(?:\s+(?:would|could|might)|'d)\s+act\s+on[^]*?(?:maybe|probably|yes|can'?t\s+promise|not\s+sure|don'?t\s+know)`,
    { passage: true },
  ),
  T(
    'plan',
    String.raw`\b(?:i|she|he)\s+(?:already\s+)?knows?\s+how\s+(?:i'?m|im|she'?s|he'?s|i\s+am)\s+(?:going\s+to\s+)?do(?:ing)?\s+it\b|\b(?:has|had|got|have)\s+(?:it\s+)?(?:all\s+)?(?:worked|figured|planned)\s+out\b|\bhas\s+thought\s+about\s+(?:which|what)\s+(?:day|time|date)\b|\bset\s+a\s+date\b`,
  ),
  T('plan', String.raw`\bplan\b[^.;]{0,25}?\bto\s+${METHOD}`),
  T('firearm-access', String.raw`\b(?:an|the|his|her|my)\s+ar\b(?=\s+(?:in|under|at|on|15|rifle)\b)`),
  T(
    'plan',
    String.raw`\b(?:picked|chosen|chose|selected|set)\s+(?:a\s+|the\s+)?(?:date|day|time|place|spot)\b|\bdescrib\w+\s+(?:his|her|their)\s+plan\b`,
    { weak: true },
  ),
  T(
    'method',
    String.raw`\b(?:i'?d|i\s+would|i'?ll|i\s+will|she'?d|he'?d)\s+use\s+(?:my|his|her|the|a|\w+'s)\s+(?:[\w']+\s+)?(?:revolver|gun|pistol|rifle|shotgun|pills|rope|belt|car|razor)\b|\bhow\s+easy\s+it'?d\s+be\s+to\s+(?:go\s+over|jump|drive\s+off|step|end\s+it)\b|\bleav\w+\s+(?:it|the\s+(?:car|engine))\s+running\b|\b(?:car|engine)\s+into\s+the\s+garage\b`,
  ),
  T('method', String.raw`\bplan\s*\(\s*${METHOD}`),
  T('method', String.raw`\bplan\b[^.;]{0,25}?\bto\s+${METHOD}|\b${FUTURE}(?:go\s+to\s+the\s+)?${METHOD}`),
  T(
    'method',
    String.raw`\b(?:enough|plenty\s+of)\s+(?:${PILLS})\s+${gap(3)}to\s+(?:see\s+me\s+off|kill\s+me|do\s+it|end\s+it|finish\s+me)\b|\binject\w*\s+(?:all\s+of\s+it|all|the\s+whole|every)\b`,
    { conditional: true },
  ),
  T(
    'medication-access',
    String.raw`\b(?:enough|plenty\s+of)\s+(?:${PILLS})\s+${gap(3)}to\s+(?:see\s+me\s+off|kill\s+me|do\s+it|end\s+it|finish\s+me)\b|~\s*(?:[3-9]\d|\d{3,})\s+(?:of\s+(?:her|his|their)\s+)?${PILLS}|\b(?:bag|box)\s+of\s+pill\s+bottles\b|>\s*\d+\s+bottles\b|\b(?:1\d|[2-9]\d)\s+(?:pill\s+)?bottles\b|\bcabinet\s+(?:is\s+)?full\s+of\s+(?:meds|pills|medications?)\b|\bbrings\s+home\s+samples\b|\b(?:\d+|two|three|four|six)[- ]months?'?\s+supply\b|\bnot\s+taking\s+[^.;]{0,40}?\band\s+(?:keeping|saving|hiding)\s+them\b`,
    { conditional: true },
  ),
  // ------------------------------------------------------------ harm to others, as said
  T(
    'harm-to-others',
    String.raw`\bput\s+(?:him|her|them|\w+)\s+in\s+the\s+ground\b|\b(?:somebody|someone|people|everyone|y'?all)\s+(?:\w+\s+){0,3}?(?:is|are)\s+(?:gonna|going\s+to)\s+get\s+(?:hurt|shot|killed)\b|\bgrabbed\s+(?:her|him|them|his\s+\w+|her\s+\w+)\s+by\s+the\s+(?:throat|neck|hair)\b|\bbring\s+something\s+to\s+school\b|\bthey'?ll\s+all\s+see\b|\bwhat\s+happens\s+to\s+snitches\b|\bmak(?:e|ing)\s+(?:\w+\s+){0,2}?suffer\b|\bbreak\s+(?:his|her|their|your)\s+(?:legs?|arms?|neck|face|jaw|knees?)\b|\b(?:gonna|going\s+to|i'?ll|will)\s+end\s+(?:him|her|them)\b|\bsleep\s+with\s+one\s+eye\s+open\b|\bput\s+a\s+bullet\s+in\s+(?:him|her|them|you|his|her)\b|\bput\s+(?:a|the)\s+(?:guy|man|woman|kid|dude|\w+)\s+through\s+(?:a|the)\s+(?:window|wall|table)\b|\bi'?ll\s+(?:stab|shoot|kill|hurt|cut)\s+(?:you|him|her|them)\b`,
    { conditional: true },
  ),
  // ------------------------------------------------------------ attempts, told as events
  T(
    'attempt',
    String.raw`\b(?:tying|tied|tie)\s+(?:a|the|her|his)\s+(?:belt|rope|sheet|cord|scarf|ligature|shoelaces?)\s+(?:to|around)\s+(?:the|a|her|his)\s+(?:closet\s+rod|rod|beam|door|vent|pipe|rafter|railing|neck)\b|\bs\/p\s+(?:intentional\s+)?(?:ingestion|od|overdose|hanging|suicide\s+attempt)\b`,
  ),
  T('attempt', String.raw`(?<![A-Za-z0-9])ODs(?![A-Za-z0-9])`, { cased: true }),
  T('act', String.raw`\bused\s+(?:way\s+)?(?:more|a\s+lot\s+more)\s+than\s+usual\b`),
  T(
    'attempt',
    String.raw`(?<=\bfound\s+)${gap(6)}with\s+(?:a\s+|the\s+)?(?:torn\s+|knotted\s+)?(?:sheet|strip\s+of\s+\w+|cord|belt|shoelaces?|rope|noose|ligature|plastic\s+bag|bag|towel|scarf)\s+(?:tied\s+)?(?:around|to|over|on|from)\s+(?:her|his|their|the)\s+(?:neck|head|vent|door|closet|beam|shower|bed)\b|\bwith\s+(?:the\s+)?(?:whole\s+)?bottle\s+of\s+\w+\s+in\s+(?:my|her|his)\s+hand\b|\bput\s+(?:it|them|the\s+(?:bottle|pills|gun))\s+back\s+in\b`,
  ),
  T(
    'act',
    String.raw`\b(?:swallowed|took|ate|downed)\s+(?:her|his|their)\s+(?:\w+'s\s+)?(?:pills|meds|medications?|prescriptions?)\b|\bused\s+it\s+all\b`,
  ),
  T(
    'act',
    String.raw`\b(?:ingested|swallowed|took|took\s+an?)\s+(?:an\s+)?unk(?:nown|\.)?\s+(?:qty|quantity|amount|number)\b|\bingestion\s+of\s+~?\s*\d+\s*(?:g|mg|grams|tabs|tablets|pills)\b|\bjumped\s+(?:from|off)\s+(?:a\s+|the\s+)?(?:\d+\w*|second|third|fourth)[- ]stor(?:y|ey)\b`,
  ),
  // ------------------------------------------------------------ self-injury, told as events
  T(
    'self-injury',
    String.raw`\bi\s+cut\s+(?:when|to|because|myself|again|last|every)\b|\blast\s+cut\b|\bsh'?d\b|\bsh'ing\b|\b(?:use|used|using)\s+it\s+on\s+(?:my|her|his)\s+(?:legs?|arms?|wrists?|skin|thighs?|stomach)\b|\b(?:burn|burns|burned|cut|cuts|hit|hits|scratch\w*)\s+self\b`,
  ),
  T(
    'self-injury',
    String.raw`\bself-inflicted\b(?!\s+(?:gunshot|gsw))|\bused\s+to\s+(?:cut|burn|scratch|self-?harm|hurt\s+${SELF}|pick)\b|\bpull\w*\s+out\s+(?:(?:her|his|their)\s+)?(?:\w+\s+)?(?:hair|eyelashes|eyebrows|lashes|brows)(?:\s+and\s+(?:\w+\s+)?(?:hair|eyelashes|eyebrows|lashes|brows))?\b(?=[^.;]{0,60}?\b(?:bleed|bleeds|bald|punish|hurt|raw|until|till)\b)|\b(?:till|until)\s+(?:it|they)\s+(?:bruises?|bleeds?|bled)\b`,
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
    String.raw`\b(?:braided|twisted|made|tied)\s+into\s+a\s+(?:rope|noose|ligature)\b|\b(?:research\w*|googl\w*|look\w*\s+up|search\w*)\s+(?:which|what)\s+(?:bridges?|buildings?|roofs?|overpasses?|cliffs?)\b|\bdrafted\s+(?:a\s+)?will\b|\bnote\s+to\s+(?:his|her|their)\s+(?:parents|mother|father|mom|dad|kids|children|wife|husband|family)\b|\b(?:put|tied|wrapped)\s+(?:a|the)\s+(?:belt|rope|cord|scarf)\s+around\s+(?:her|his|my)\s+neck\s+(?:to\s+see|then\s+took)|\bnot\s+taking\s+[^.;]{0,40}?\band\s+(?:keeping|saving|hiding)\s+them\b|\b(?:drove|went|walked|goes)\s+to\s+(?:the\s+)?(?:\w+\s+)?(?:bridge|overpass|tracks|cliff|roof|quarry)\b(?=[^.;]{0,60}?\b(?:to\s+see\s+if|to\s+look|could\s+jump|to\s+check))|\bsaving\s+[^.;]{0,40}?\bfor\s+when\s+(?:i|she|he)\s+need\s+(?:it|them)\b`,
  ),
  T(
    'preparatory-act',
    String.raw`\b(?:have|has|had|got|keeps?|kept|brought)\s+(?:a|the)\s+(?:rope|noose|hose|charcoal|razor\s+blades?)\b|\b(?:${PILLS})\s+(?:\w+\s+){0,3}?hidden\s+in\b|\bsaved\s+up\s+from\s+(?:\w+\s+)?(?:refills|prescriptions)\b`,
  ),
  // ------------------------------------------------------------ the details of a plan, beside intent or a method
  T(
    'method',
    String.raw`\b(?:the|a|my)\s+(?:train|tracks|bridge|rope|noose|rifle|shotgun|pistol|gun|garage|overpass|roof|ledge|cliff|lake|river|ocean|balcony|${CALIBER})\b|\b(?:the\s+)?car\s+running\b`,
    { needsAny: ['plan', 'intent'], unless: ['attempt', 'act'] },
  ),
  T(
    'plan',
    String.raw`\b(?:tonight|tomorrow|this\s+(?:weekend|week|friday|saturday|sunday)|(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:\s+night)?|next\s+(?:week|month|friday|weekend)|after\s+(?:this\s+call|work|the\s+(?:holidays|wedding|funeral)|lights\s+out|everyone'?s\s+asleep|(?:her|his|my)\s+\w+\s+(?:leaves|goes))|once\s+(?:her|his|my)\s+\w+\s+(?:leaves|goes|is\s+gone)|while\s+(?:her|his|my)\s+\w+\s+is\s+(?:away|at|gone|out)|at\s+\d{1,2}(?::\d\d)?(?:\s*[ap]\.?m\.?)?|on\s+(?:her|his|my|the)\s+(?:birthday|anniversary)|when\s+(?:her|his|my)\s+(?:\w+\s+){0,2}(?:is|are)\s+(?:away|gone|out|asleep|at\s+work)|when\s+(?:her|his|my)\s+\w+\s+works|to\s+the\s+(?:park|lake|bridge|river|woods|barn|garage|cabin))\b`,
    { needs: ['intent', 'method'] },
  ),
  T(
    'preparatory-act',
    String.raw`\b(?:gave|giving|gives|given|handed)\s+(?:away\s+)?(?:her|his|their)\s+(?:[\w,']+\s+){0,10}?to\s+(?:friends|the\s+grandchildren|(?:her|his|their)\s+(?:friends|kids|children|grandchildren|siblings|sister|brother|roommate|cousin))\b`,
  ),
];
