// The words the risk lexicon is built from: who, what with, where on the body,
// which medication. Regular-expression sources, read on lowercased text.

/** Up to n words in between, none of them a negation ("would never hurt her" is not a threat). */
export const gap = (n: number) => String.raw`(?:(?!(?:not|never|no|n't|nothing)\b)[\w'/-]+\s+){0,${n}}?`;
export const alt = (...parts: string[]) => `(?:${parts.join('|')})`;

export const SELF = String.raw`(?:(?:my|him|her|them|your|our|one)sel(?:f|ves)|themself)`;
export const POSS = String.raw`(?:my|his|her|their|your|one's|our)`;
export const LIFE = String.raw`(?:${POSS}\s+(?:own\s+)?li(?:fe|ves))`;

const DRUGS = String.raw`(?:oxy\w*|percocets?|vicodin|hydrocodone|morphine|fentanyl|methadone|tramadol|codeine|heroin|opioids?|opiates|benzos?|xanax|klonopin|ativan|valium|ambien|seroquel|lithium|insulin|tylenol|acetaminophen|paracetamol|ibuprofen|advil|aspirin|melatonin|diphenhydramine|benadryl|nyquil|warfarin|digoxin|propranolol|bupropion|wellbutrin|zoloft|prozac|lexapro|trazodone|gabapentin|lamictal|depakote|adderall|\w+(?:azepam|azolam|olam|triptyline|tiapine|apine|oxetine|traline|italopram|codone|morphone|otrigine|barbital|azodone|ipramine|afaxine|oxetine|pentin|olol|idem|oprazole))`;
/** A handgun's caliber said for the gun ("a loaded .45"): the common ones, two digits. */
export const CALIBER = String.raw`\.(?:22|25|32|38|40|44|45|50)s?`;

/** Pills and medication, by form or by name. */
export const PILLS = String.raw`(?:pills?|tablets?|tabs|capsules?|caps|gummies|meds|medications?|medicines?|prescriptions?|scripts|doses|sleeping\s+pills|sleep\s+aids?|painkillers|pain\s+(?:pills|meds|killers)|antidepressants?|${DRUGS})`;

/** Pills, with the form that follows a name: "30 acetaminophen tablets". */
export const PILLS_TAIL = String.raw`${PILLS}(?:\s+(?:tablets?|pills?|capsules?|caps|tabs|bars|bottles?))?`;

/** Parts of the body a person injures. */
export const BODY = String.raw`(?:arms?|forearms?|legs?|wrists?|thighs?|skin|stomach|belly|abdomen|hips?|ankles?|body|chest|shoulders?|head|fists?|knuckles|face|scalp|fingers?|hands?|feet|foot|calf|calves|neck|breasts?|sides?|upper\s+arms?|inner\s+(?:arms?|thighs?|wrists?))`;

/** People another person can harm. */
export const RELATION = String.raw`(?:ex(?:-?(?:husband|wife|partner|boyfriend|girlfriend|spouse))?|husband|wife|spouse|partner|boyfriend|girlfriend|fianc[\u00e9e]e?|mother|father|mom|mum|dad|stepfather|stepmother|stepdad|stepmom|step-?father|step-?mother|brother|sister|siblings?|sons?|daughters?|child|children|kids?|baby|babies|infant|newborn|toddler|\d+[- ](?:year|yr|month)[- ]olds?|parents?|grand(?:mother|father|ma|pa|parents?)|aunt|uncle|cousin|nephew|niece|in-?laws?|boss|supervisor|manager|foreman|coworkers?|co-workers?|colleagues?|employer|neighbou?rs?|landlord|landlady|tenants?|roommates?|teachers?|principal|coach|classmates?|peers?|students?|friends?|bully|bullies|abuser|attacker|rapist|officers?|cops?|police|guards?|staff|nurses?|doctors?|therapists?|counselou?rs?|pharmacists?|cashiers?|caseworkers?|\d+\s*(?:yo|y\/o|yr\s+olds?|year\s+olds?)|cnas?|aides?|cos?|housemates?|cellmates?|victims?|inmates?|pastor|priest|dealer|customers?|drivers?|tailgaters?|strangers?|guy|guys|man|men|woman|women|girls?|boys?|people|persons?|lady|dude|team(?:mates?)?|family|everyone|crowds?)`;

/** Whom a person threatens or harms: pronouns, relations, names. */
export const PERSON = alt(
  String.raw`(?:him|them|someone|somebody|anyone|anybody|everyone|everybody|others|people|other\s+people|each\s+other|one\s+of\s+(?:them|us))(?![\w'])`,
  // "her" alone when no noun follows ("kill her", "hurt her and"); else "her" owns the next noun.
  String.raw`her(?=\s*(?:[.,;:!?)"]|$|\s(?:and|or|if|when|because|with|at|in|on|again|too|so|but|for|after|before|while|then|badly|now|tonight|today|up|off|over|out|someday|one\s+day|across|to|down)\b))`,
  String.raw`(?:(?:my|his|her|their|your|the|a|an|that|this|these|those|another|other|some|our|pt's|client's|a\s+few)\s+(?:[\w'-]+\s+){0,2}?)?${RELATION}(?![\w])`,
);

/** Verbs of harming another person. */
export const HARM = String.raw`(?:kill|kills|killing|killed|murder\w*|hurt|hurts|hurting|harm|harms|harmed|harming|stab\w*|shank\w*|shoot|shoots|shooting|shot|strangl\w+|chok\w+|beat|beats|beating|beat\s+up|attack\w*|assault\w*|punch\w*|poison\w*|run(?:ning)?\s+over|ran\s+over|smother\w*|suffocat\w*|drown\w*|hit|hits|hitting|slap\w*|smack\w*|kick\w*|strike|struck|bash\w*|tortur\w*|rape|raped|throw\w*|threw|shove\w*|push\w*|get\s+back\s+at|go\s+after|take\s+out|blow\s+up|burn\w*)`;

/** How a person might end their life. */
export const METHOD = String.raw`(?:overdos\w*|od(?:'?ing)?(?=\s+on\b)|od'?ing\b|inject\w*\s+(?:all|the\s+whole|every|it\s+all)|hang(?:ing)?(?:\s+${SELF})?|hanged|jump\w*|shoot(?:ing)?\s+${SELF}|using\s+${POSS}\s+(?:\w+\s+)?(?:gun|pistol|rifle|firearm|weapon|revolver|shotgun)|slit\w*|cut\w*\s+(?:${POSS}\s+)?(?:wrists?|throat)|drown\w*|crash\w*|driv\w+\s+${gap(3)}(?:off|into|in\s+front)|stepp?\w*\s+(?:in\s+front|off)|walk\w*\s+into\s+(?:traffic|the\s+(?:ocean|sea|lake|river|water))|suffocat\w*|poison\w*|gassing|gas\s+${SELF}|carbon\s+monoxide|(?:the\s+)?(?:rope|noose)|(?:tak|swallow)\w*\s+(?:all\s+(?:of\s+)?)?${gap(3)}${PILLS}|(?:tak|swallow)\w*\s+(?:all|a\s+bottle|a\s+handful|them\s+all|the\s+whole\s+bottle|everything(?:\s+at\s+once)?|all\s+of\s+(?:it|them))|eat(?:ing)?\s+(?:my|his|her|a)\s+(?:gun|${CALIBER}|pistol|shotgun|rifle|piece)|(?:the\s+)?(?:car|engine)\s+running|not\s+taking\s+(?:my|her|his)\s+(?:\w+\s+)?(?:pills|meds|medications?|insulin)\s+and\s+letting\s+it\s+happen|us(?:e|ing)\s+(?:till|until)\s+it\s+kills|(?:the\s+)?bleach|the\s+gun|a\s+gun|the\s+bridge|the\s+train|(?:the\s+)?tracks)`;

/** Relatives: their suicide or attempt is the client's family history. */
export const RELATIVE = String.raw`(?:mgm|mgf|pgm|pgf|mother|father|mom|mum|dad|brother|sister|sibling|aunt|uncle|cousin|grand(?:mother|father|ma|pa|parent)|great-?(?:uncle|aunt|grand\w+)|son|daughter|parent|step-?(?:father|mother|dad|mom|brother|sister|son|daughter)|stepfather|stepmother|stepdad|stepmom|twin|half-?(?:brother|sister)|nephew|niece|husband|wife|spouse|(?:biological|birth)\s+(?:mother|father|parent))`;

/** Words of ending one's life that clinicians quote from clients, or write themselves. */
export const ENDING = String.raw`(?:kill(?:ing)?\s+${SELF}|off(?:ing)?\s+${SELF}|end(?:ing)?\s+(?:it\s+all|it(?!\s+with)(?=\s*[.,;!?)]|\s*$)|things(?!\s+with)|${LIFE})|tak(?:e|ing)\s+${LIFE}|tak(?:e|ing)\s+${SELF}\s+out|unaliv\w+(?:\s+${SELF})?|sewer\s*slide|kms|ctb|finish(?:ing)?\s+(?:it|things|${SELF}\s+off)|commit(?:ting)?\s+suicide)`;
