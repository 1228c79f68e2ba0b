// The words the means reader (safety-means.ts) reads a part on making the
// environment safe by: the means, who holds them, where they are, and what is
// said about acting on them (done, agreed, refused, negated, only discussed).
// After lethal-means counselling (CALM): out-of-home storage with someone the
// person trusts, or locked where the person at risk cannot open it; medication
// held by someone else or dispensed in small amounts.

const re = (source: string) => new RegExp(source, 'i');

/** "Lethal means", "means restriction": every means at once. */
const GENERIC = String.raw`\b(?:lethal\s+means|means\s+(?:restriction|safety|reduction|counsel\w*))\b`;

/** Firearms by name, and the devices that only firearms have (a cable or trigger lock, a gun safe). */
export const FIREARM = re(
  String.raw`\b(?:fire\s?arms?|guns?|hand\s?guns?|pistols?|revolvers?|rifles?|rifels?|shot\s?guns?|glocks?|weapons?|long\s?guns?|ar-?15s?|(?:cable|trigger|gun)\s+locks?|gun\s+(?:safe|cabinet|case)s?)\b|(?<![\w.])\.(?:22|38|45|357|380)\b|\b9\s?mm\b|${GENERIC}`,
);
/** Ammunition alone: an action on it is not an action on the firearm. */
export const AMMUNITION = /\b(?:ammunition|ammo|bullets|rounds|shells|magazines?)\b/i;

// Common medications by name, so that "took 30 of her sertraline" names medication.
const DRUGS = String.raw`acetaminophen|paracetamol|tylenol|ibuprofen|advil|motrin|aspirin|naproxen|sertraline|zoloft|fluoxetine|prozac|citalopram|celexa|escitalopram|lexapro|paroxetine|paxil|venlafaxine|effexor|duloxetine|cymbalta|bupropion|wellbutrin|mirtazapine|remeron|trazodone|quetiapine|seroquel|olanzapine|zyprexa|risperidone|risperdal|aripiprazole|abilify|lithium|lamotrigine|lamictal|depakote|valproate|gabapentin|neurontin|pregabalin|lyrica|zolpidem|ambien|xanax|klonopin|ativan|valium|benadryl|diphenhydramine|tramadol|percocet|vicodin|norco|codeine|co-codamol|fentanyl|methadone|morphine|insulin|seroquel|amitriptyline|nortriptyline|propranolol|clonidine|\w+(?:azepam|azolam|triptyline|tiapine|codone|morphone|peridol)`;
export const MEDICATION = re(
  String.raw`\b(?:pills?|tablets?|capsules?|meds?|medications?|medicines?|prescriptions?|scripts?|rx|doses|supply|supplies|stockpile|blister\s+packs?|pill\s?(?:box|organi[sz]er)|pharmacy|stash|bottles?|opioids?|oxy\w*|painkillers|pain\s+killers|overdose|od'?d|${DRUGS})\b|${GENERIC}`,
);

/** Other means than firearms and medication: a part about them says nothing about either. */
export const OTHER_MEANS =
  /\b(?:knife|knives|sharps|sharp\s+objects?|razors?|blades?|box\s+cutters?|scissors|car\s+keys?|keys\s+to\s+the\s+car|ropes?|cords?|belts?|ligatures?|alcohol|liquor|beer|chemicals|bleach|poisons?|cleaning\s+(?:supplies|products)|antifreeze|pesticides?)\b/i;

/** People other than the person at risk, who can hold means or keys. */
const OTHER = String.raw`(?:brother|sister|bro|sis|mom|mum|mother|dad|father|parents?|step-?(?:dad|mom|father|mother)|wife|husband|hubby|spouse|partner|girlfriend|boyfriend|gf|bf|fianc[e\u00e9]e?|ex-?(?:wife|husband|partner)|son|daughter|kids|uncle|aunt|auntie|tia|tio|cousin|nephew|niece|grand(?:ma|pa|mother|father|parents?)|(?:brother|sister|father|mother|son|daughter)-in-law|in-laws?|friend|roommate|neighbou?r|pastor|sponsor|coworker|co-worker|guardian|caregiver|case\s+manager|nurse|pharmacist|pharmacy|prescriber|doctor|psychiatrist|police|sheriff|family\s+member)(?:'?s)?`;
const OTHER_WORD = re(String.raw`\b${OTHER}\b`);
const INSTITUTION = String.raw`(?:the\s+)?(?:gun\s+(?:shop|store|range|club)|(?:shooting\s+)?range(?:'s)?|police(?:\s+(?:station|department))?|sheriff(?:'s)?(?:\s+office)?|(?:gun\s+|ffl\s+)?dealer(?:ship)?|pawn\s*shop|storage(?:\s+(?:unit|locker|facility))?|ffl|armou?ry|precinct|take[- ]?back\s+(?:box|bin|site)?|drop[- ]?box|pharmacy)`;
const DET = String.raw`(?:(?:my|his|her|their|our|the|a|an|pt's|client's)\s+)?(?:(?:best|older|younger|oldest|step|good|trusted)\s+)?`;

/** An action that puts time, distance or another person between the person at risk and the means. */
export const ACTION = re(
  [
    // Locked: a safe, a lock box, a cable or trigger lock, a locked cabinet.
    String.raw`\block(?:ed|s|ing)?\b|\block\s?box|\b(?:gun\s+|the\s+|a\s+)safe\b(?!\s+(?:place|spot|space|way))|\bchanged\s+the\s+(?:code|combination|combo|lock)`,
    // Out of the home, with someone else, or with an institution.
    String.raw`(?<!\b(?:lives?|living|stays?|staying|talk\w*|spoke|speak)\s)\b(?:at|to|with|by)\s+${DET}${OTHER}(?![\w-])`,
    String.raw`\b(?<!(?:my|our)\s)[A-Z][a-z]+'s\s+(?:house|place|home|farm|cabin|apartment|garage|ranch|residence)`,
    String.raw`\b(?:at|to|in|with)\s+(?:(?:a|the|local|his|her|their|my)\s+)*${INSTITUTION}\b`,
    String.raw`\b(?:out\s+of|away\s+from|outside(?:\s+of)?)\s+(?:the\s+)?(?:home|house|apartment)|\boff-?site\b`,
    // A means labelled with its holder: "Guns: brother".
    String.raw`\b(?:fire\s?arms?|guns?|hand\s?guns?|shot\s?guns?|revolvers?|weapons?|rifles?|pistols?|pills|meds|medications?)\s*[:=\u2013\u2014-]\s*${DET}${OTHER}(?:\s+[A-Z][a-z]+)?(?:\s*$|\s+(?:has|holds?|keeps?)\b)`,
    // Someone else holds, keeps, took, manages.
    String.raw`\b${OTHER}\s+(?:\w+\s+){0,2}?(?:has|have|holds?|holding|keeps?|keeping|kept|took|takes|taken|picked|manages?|managing|counts?|counting|counted|changed|locked|removed|fills?|filling|gives?|giving|dispenses?|stores?|stored|storing|disposed|brought|moved|secured|deliver\w*|brings|carr(?:y|ies|ying)|will\s+(?:hold|keep|take|store|lock|pick))\b`,
    // Gone from the home: removed, sold, given away, turned in, disposed of.
    String.raw`\b(?:secured|remov(?:e|ed|es|ing)|sold|sell(?:s|ing)?|g[ai]ve|give[ns]?|giving|hand(?:ed|s)?\s+(?:over|in)|turned\s+in|turn\s+in|surrender\w*|dispos\w+|got\s+rid|get\s+rid|destroy\w*|flush\w*|transferr?\w*|took\s+(?:it|them|the\s+\w+)\s+(?:home|to))\b|\btake[- ]?back\b|\bdrop[- ]?box\b`,
    // Medication in small amounts, dispensed by someone else.
    String.raw`\bdispens\w+|\bblister|\b(?:\d+|seven|one|two|a)[- ](?:day|week)s?(?:'s)?\s+(?:supply|scripts?|prescriptions?|fills?|refills?)|\b(?:a|one|\d+)\s+(?:day|week|dose)(?:'s|s)?\s+(?:worth\s+)?(?:(?:of\s+)?\w+\s+){0,3}?at\s+a\s+time|\b(?:small(?:er)?|limited|weekly|daily)\s+(?:supply|supplies|amounts?|quantit\w+)|\blimit\w*\s+(?:to|the)\b`,
  ].join('|'),
);

/** A refusal, or not being ready: the means stay. */
export const REFUSAL = re(
  String.raw`\b(?:declin\w*|refus\w*|not\s+ready|unwilling|not\s+willing|won'?t|will\s+not|wouldn'?t|would\s+not|(?:doesn'?t|does\s+not|don'?t|do\s+not|didn'?t|did\s+not)\s+want|reluctant|resistant|(?:not|isn'?t|wasn'?t)\s+comfortable|uncomfortable|not\s+open\s+to|not\s+interested|said\s+no|says\s+no|not\s+going\s+to|isn'?t\s+going\s+to|no\s?(?:one|body)\s+(?:is|will\s+be|'s|will)\s+(?:touch|tak|get|hold|mov)\w*|insists?\s+on|manag\w+\s+(?:(?:her|his|my|their)\s+)?own|(?:wants?|insists?|prefers?)\s+to\s+keep|would\s+rather\s+(?:keep|not)|(?:has|have|had)\s+(?:her|his|my|their)\s+own|(?:^|\b(?:I|client|pt|patient|he|she)\s+)still\s+(?:has|have|keeps?)|keep\w*\s+(?:her|his|my|their)\s+own)\b`,
);

/** The person at risk holds the key or code, or keeps access: a lock that does not stand between them and the means. */
export const SELF_KEY = re(
  [
    String.raw`\b(?:I|client|pt|patient|he|she|veteran|he's|she's)\s+(?:still\s+|also\s+|alone\s+)?(?:has|have|keeps?|holds?|knows?|carries|controls?)\s+(?:the\s+|a\s+|all\s+the\s+)?(?:only\s+|spare\s+|own\s+)?(?:keys?|code|combination|combo|access)\b`,
    String.raw`\b(?:only|sole)\s+(?:one|person)\s+(?:with|who\s+(?:has|knows|holds))\s+(?:the\s+|a\s+)?(?:keys?|code|combination|combo)\b`,
    String.raw`\bI\s+have\s+the\s+only\b`,
    String.raw`\b(?:I|client|pt|patient|he|she)\s+and\s+(?:\w+\s+){1,2}?(?:both\s+|each\s+)?(?:have|know)\s+(?:the\s+)?(?:keys?|code|combination|combo)\b`,
    String.raw`\bkeys?\s+(?:is\s+|are\s+)?(?:on|in)\s+(?:my|his|her)\s+(?:keychain|key\s?ring|wallet|pocket)`,
  ].join('|'),
);
/** Where the text first names someone other than the person at risk (-1: nowhere): a "he" or "she" after it may be them. */
export const firstOtherPerson = (text: string) => text.search(OTHER_WORD);
export const HE_SHE_KEY = /\b(?:he|she|he's|she's)\s+(?:still\s+|also\s+)?(?:has|have|keeps?|holds?|knows?)\b/i;

const NEG = String.raw`(?:not|never|no\s+longer|(?:is|are|was|were|has|have|had|do|does|did|could|would|should|ca|wo)n'?t|cannot|without|yet\s+to)`;
/** An action said not to be done: "not locked", "never locked up", "hasn't moved them". */
export const NEGATED_ACTION = re(
  String.raw`\b(?:fail\w*\s+to|forg[eo]t\s+to|(?:not|never|n't)\s+follow\w*\s+through|(?:hasn'?t|has\s+not|haven'?t|have\s+not)\s+(?:yet\s+)?(?:got(?:ten)?\s+(?:round|around)\s+to|managed\s+to|been\s+able\s+to))\b|\b${NEG}\s+(?:\w+\s+){0,2}?(?:lock(?:ed|ing)?|stor(?:e|ed|ing)|remov(?:e|ed|ing)|mov(?:e|ed|ing)|g[ai]ve|given|giving|hand(?:ed)?|dispos\w+|secur\w+|transferr?\w*|s[eo]ld?|selling|taken?|took|put\s+away|get\s+rid|got\s+rid|turn(?:ed)?\s+in)\b|\b${NEG}\s+(?:\w+\s+)?(?:use[sd]?|using|did|do|done)\b|\b(?:brought|gave|given|took|taken|got|gotten|moved|handed)\s+(?:\w+\s+){0,2}?back\b|\breturned\s+(?:\w+\s+){0,2}?(?:to\s+(?:him|her|them|me|(?:the\s+)?client|pt|patient)|home)\b|\bused\s+to\s+(?:hold|keep|have|lock|store)\b|\bunlocked\b|\bleft\s+(?:open|unlocked|loaded|out)\b|\b(?:usually|always|often)\s+(?:left\s+)?open\b|\bloaded\b`,
);
/** The person at risk no longer has access, the means are not in the home: a safe state. */
export const SAFE_NEGATION = re(
  [
    String.raw`\b(?:I|client|pt|patient|he|she|veteran|they)\s+(?:\w+\s+){0,2}?${NEG}\s+(?:\w+\s+)?(?:have|has|had|access|know|knows|keep|keeps|kept|own|owns|hold|holds)\b`,
    String.raw`^\s*${NEG}\s+(?:\w+\s+)?(?:have|has|access|keep|kept|own)\b`,
    String.raw`\bno\s+(?:more\s+|longer\s+any\s+)?(?:access\s+to|(?:\w+\s+){0,2}?(?:fire\s?arms?|guns?|weapons?|rifles?|pistols?|meds|medications?|pills)\s+(?:\w+\s+)?(?:in|at)\s+(?:the\s+)?(?:home|house|apartment))`,
    String.raw`\b(?:not|no\s+longer)\s+(?:kept\s+|stored\s+)?(?:in|at)\s+(?:the\s+)?(?:home|house)\b`,
  ].join('|'),
);

/** Counselling, an offer, a discussion, a maybe: nothing done or agreed yet. */
export const PROPOSAL = re(
  String.raw`\b(?:offer\w*|(?<!\bper\s+(?:our|the|this|that)\s+)discuss\w*|recommend\w*|suggest\w*|encourag\w*|advis\w*|educat\w*|counsel\w*|consider\w*|think\w*\s+about|thinking|(?<!(?:in|since|until|of|by|from)\s)may|might|could|whether|explor\w*|handouts?|talk\w*|ask(?:ed|ing)?|options?|decid\w*|follow\s+up|would\s+like|hopes?\s+to|open\s+to|plan\s+to\s+discuss|to\s+be\s+\w+ed|review\w*\s+(?:with|by)|psychoeducation|information|info)\b`,
);
/** Agreement that turns a discussion into a plan. */
export const AGREED = /\b(?:agreed|agrees|agree|accepted|accepts|committed|confirmed|done|completed|instead|now)\b/i;
/** A later clause that resolves a refusal before it: an action agreed instead, a change of mind. */
export const RESOLVES =
  /\b(?:instead|now|since\s+then|later|eventually|changed\s+(?:his|her|their|my)\s+mind|(?:agreed|agrees|accepted|accepts|consented)\s+to)\b/i;

/** The means kept where the person is: at home, in the nightstand, under the seat, where they are. */
export const IN_REACH = re(
  String.raw`\b(?:(?:I|client|pt|patient|he|she)\s+(?:will\s+|would\s+|'ll\s+)?keeps?\s+(?:the|my|his|her|their|a|all|both)|carr(?:y|ies|ying)|at\s+home|(?:in|at)\s+the\s+(?:house|home|apartment)|(?:in|under|by|inside)\s+(?:(?:my|his|her|their|the|a)\s+)?(?:\w+\s+)?(?:closet|nightstand|night\s?stand|bedroom|room|drawer|dresser|truck|car|glove\s?box|purse|bag|backpack|bathroom|cabinet|cupboard|garage|basement|kitchen|office|desk|bed|mattress|pillow|seat|sink|house|home|apartment|attic|shed)|where\s+(?:they|it)\s+(?:are|is)|as\s+(?:they|it)\s+(?:are|is)|(?:keep|keeps|keeping|stay|stays|remain|remains)\s+(?:\w+\s+){0,3}?(?:with\s+(?:me|him|her)|on\s+(?:me|him|her)))\b`,
);
