// The suicide categories of the C-SSRS in the words clinicians write: a wish
// to be dead, active thoughts, a method, intent, a plan, preparatory acts and
// attempts (actual, interrupted, aborted). Read on lowercased text with quotes
// taken out; `cased` terms on the text as written.
import { T, type Term } from './term';
import { alt, gap, LIFE, METHOD, PILLS, PILLS_TAIL, POSS, SELF } from './vocab';

const SUICIDE_OBJECT = alt(
  String.raw`suicide(?!\s+(?:notes?|letters?|prevention|hotline|lifeline|line|risk|screen\w*|assessment|attempts?|awareness|training|walk|survivors?|loss|bereavement|rates?|statistics|research|watch|precautions|vests?|sprints?|squeeze|doors?|mission|season|squad|jokes?))`,
  String.raw`(?:killing|kill|killed)\s+${SELF}`,
  String.raw`ending\s+(?:it(?:\s+all)?|${LIFE}|things)`,
  String.raw`(?:how\s+to\s+)?end\s+(?:it(?:\s+all)?|${LIFE}|things)`,
  String.raw`off(?:ing)?\s+${SELF}`,
  String.raw`taking\s+${LIFE}`,
  String.raw`unaliv\w+(?:\s+${SELF})?`,
  String.raw`not\s+(?:being\s+)?(?:alive|here|around)\s+anymore`,
);
const THINK = String.raw`(?:thoughts?|thinking|think|thinks|thought|ideas?|ideation|urges?|impulses?|feelings?|fantas\w+|obsess\w*|preoccup\w+|ruminat\w+|contemplat\w*|consider\w*|talk\w*|spoke|speak\w*|mention\w*|jok\w+|post\w*|texted|wrote|writes|statements?|comments?|images?|imagin\w+|pictur\w+|visuali[sz]\w+|dreams?|wonder\w*|keeps?\s+thinking)`;
const WISH = String.raw`(?:want|wants|wanted|wanting|wish|wishes|wished|wishing|hope|hopes|hoped|hoping|pray|prays|prayed|praying|longs?|longed|longing|desires?|desired)`;
const DEAD = String.raw`(?:die(?!\s+(?:of|from)\s+(?:embarrassment|shame|boredom|laugh\w*|cringe|humiliation|mortification|jealousy|envy))|be\s+dead|were\s+dead|was\s+dead|not\s+(?:be\s+)?(?:alive|here|around|exist(?:ing)?)|(?:not|never)\s+wake\s+up|(?:doesn'?t|does\s+not|don'?t|won'?t|wouldn'?t|didn'?t)\s+wake\s+up|(?:had\s+)?never\s+been\s+born|not\s+(?:have\s+)?(?:woken|woke|wakened)\s+up|stop\s+existing|cease\s+to\s+exist|(?:fall|go)\s+(?:to\s+sleep|asleep)\s+(?:and|&)\s+(?:not|never)\s+wake(?:\s+up)?|disappear(?=\s*(?:$|[.,;!?)]|\s+(?:forever|permanently|for\s+good|and\s+never)))|be\s+gone(?!\s+(?:for|on|from))|(?:had\s+)?died(?:\s+instead)?|go\s+be\s+with\s+(?:him|her|them))`;

export const SUICIDE_TERMS: readonly Term[] = [
  // ------------------------------------------------------------ a wish to be dead (passive)
  T(
    'wish-to-die',
    String.raw`\b${WISH}\s+(?:that\s+)?(?:(?:she|he|they|i|it)\s+)?(?:(?:could|would|might|had|were|was|will|'d|'ll)\s+)?(?:just\s+|only\s+|simply\s+|really\s+)?(?:to\s+)?(?:just\s+)?${DEAD}`,
  ),
  T(
    'wish-to-die',
    String.raw`\b(?:go|goes|going|went|fall|falls|falling)\s+(?:to\s+sleep|asleep)\s+(?:and|&)\s+(?:not|never)\s+wak(?:e|ing)(?:\s+up)?\b`,
  ),
  T(
    'wish-to-die',
    String.raw`\bbetter\s+off\s+(?:dead|gone|without\s+me(?:\s+around)?(?!\s+(?:as|in\s+(?:the|that)\s+(?:role|job|position|band|group|class)|on\s+(?:the\s+)?(?:team|project|committee|board)|at\s+(?:work|the\s+office|school)|running|leading|in\s+charge))|if\s+(?:i|he|she|they)\s+(?:was|were|wasn'?t|weren'?t|had\s+never\s+been)\s+(?:here|around|alive|dead|gone|born|never\s+born))`,
  ),
  T(
    'wish-to-die',
    String.raw`\bwould\s+be\s+better\s+off\s+without\s+(?:him|her|them)(?:\s+around)?\b(?=[^.;]{0,40}?\b(?:family|kids|children|everyone|wife|husband|parents|they)\b)|\b(?:family|kids|children|everyone|wife|husband|parents|they)\s+(?:\w+\s+){0,2}?(?:would\s+be\s+)?better\s+off\s+without\s+(?:him|her|them)\b|\bsi\s*[:=-]?\s*(?:yes,?\s*)?passive(?:\s+(?:and|&|\/)\s+active)?\b`,
  ),
  T(
    'wish-to-die',
    String.raw`\b(?:happier|better|simpler|lighter)\s+(?:off\s+)?(?:for\s+\w+\s+)?if\s+(?:i|he|she|they)\s+(?:(?:wasn'?t|weren'?t|was\s+not|were\s+not)\s+(?:here|around|alive)|(?:was|were|had)\s+(?:gone|dead|died|never\s+been\s+born))`,
  ),
  T(
    'wish-to-die',
    String.raw`\b(?:no|not\s+any|little|what'?s\s+the|what\s+is\s+the|sees?\s+no|saw\s+no)\s+(?:point|reason|purpose|use)\s+(?:in|to|for|of)\s+(?:living|live|life|going\s+on|being\s+alive|be\s+alive|keep\s+(?:going|living)|continue|continuing|being\s+here|staying\s+alive|getting\s+up|it\s+all)\b|\b(?:nothing|no\s+one|nobody|nothing\s+left)\s+(?:left\s+)?to\s+live\s+for\b|\bno\s+reasons?\s+to\s+(?:live|go\s+on|stay\s+alive)\b`,
  ),
  T(
    'wish-to-die',
    String.raw`\b(?:doesn'?t|does\s+not|don'?t|do\s+not|didn'?t|did\s+not)\s+(?:really\s+|even\s+)?(?:want|care)\s+to\s+(?:be\s+(?:here|alive|around)|live|exist|wake\s+up|keep\s+(?:living|going)|go\s+on)\b`,
  ),
  T(
    'wish-to-die',
    String.raw`\b(?:wouldn'?t|would\s+not|won'?t)\s+(?:mind|care)\s+if\s+(?:a\s+\w+\s+hit\s+(?:me|her|him)|(?:i|she|he|they)\s+(?:died|didn'?t\s+wake\s+up|got\s+hit|was\s+gone|were\s+gone|never\s+woke\s+up|did\s+not\s+wake\s+up))`,
  ),
  T(
    'wish-to-die',
    String.raw`\bif\s+(?:i|she|he)\s+(?:got|get|was|were)\s+hit\s+by\s+a\s+\w+,?\s+(?:that'?d|that\s+would|it'?d|it\s+would|that\s+will)\s+be\s+(?:fine|ok|okay|a\s+relief|good|great|for\s+the\s+best)`,
    { conditional: true },
  ),
  T(
    'wish-to-die',
    String.raw`\blife\s+(?:is\s*n'?t|is\s+not|isn'?t|was\s*n'?t|not)\s+worth\s+living\b|\bnot\s+worth\s+living\b|\bdone\s+with\s+(?:life|living)\b|\btired\s+of\s+(?:living|being\s+alive|life)(?!\s+(?:in|with|at|near|paycheck))\b|\blived\s+long\s+enough\b`,
  ),
  T(
    'wish-to-die',
    String.raw`\b(?:passive\s+(?:and\s+active\s+)?(?:si|s\/i|suicidal\s+(?:ideation|thoughts?)|death\s+wish(?:es)?|ideation|thoughts?\s+of\s+(?:death|dying)|wish(?:es)?\s+to\s+(?:die|be\s+dead))|death\s+wish(?:es)?|wish(?:es)?\s+to\s+be\s+dead|would\s+rather\s+be\s+dead|can'?t\s+go\s+on\s+(?:living|like\s+this))\b`,
  ),
  T(
    'wish-to-die',
    String.raw`\bthoughts?\s+(?:of|about)\s+(?:death|dying|being\s+dead|not\s+(?:being\s+)?(?:here|alive|around|existing)|not\s+waking\s+up)\b(?![^.;]*\b(?:grief|griev\w*|fear|afraid|anxiety|worr\w+|limited\s+to)\b)`,
  ),
  T(
    'wish-to-die',
    String.raw`\b(?:pray\w*|hop\w*|wish\w*|ask\w*)\s+${gap(4)}(?:god|the\s+lord|jesus|cancer|illness|disease|it|death)\s+(?:will|would|to|could|might)\s+(?:just\s+)?take\s+(?:me|her|him|them)\b|\bready\s+for\s+(?:god|the\s+lord|jesus|death)\s+to\s+take\b|\b(?:cancer|illness|disease|it)\s+would\s+(?:just\s+)?take\s+(?:me|her|him)(?:\s+already)?\b`,
  ),
  T('wish-to-die', String.raw`(?<![A-Za-z0-9])(?:pSI|PSI)(?![A-Za-z0-9])`, { cased: true }),
  // ------------------------------------------------------------ suicidal thoughts (active, nothing more said)
  T(
    'suicidal-ideation',
    String.raw`(?<!non[- ]?)\b(?:suicidal(?:ity)?|sucidal|suicdal|suicidial|suicidel|suacidal|siucidal)(?:\s+(?:ideation|ideaton|ideations|thoughts?|ideas?|feelings?|urges?|thinking|statements?|comments?|ruminations?))?\b(?!\s+(?:gestures?|behaviou?rs?|attempts?|acts?|intent|plans?|risk|prevention|precautions|screen\w*|assessment|hotline|lifeline|crisis)\b)`,
  ),
  T(
    'suicidal-ideation',
    String.raw`(?<![A-Za-z0-9])(?:S\/I|S\.I\.|SI|aSI|A\/SI)(?![A-Za-z0-9])(?!\s*(?:joint|units?|screws?|fusion|injection|dysfunction|pain|belt|prefix))`,
    { cased: true },
  ),
  T(
    'suicidal-ideation',
    String.raw`(?<=\b(?:endorses|endorsed|endorsing|reports|reported|admits|admitted|has|had|with|w\/|c\/o|positive\s+for|passive|active|denies|denied)\s{1,3})Si\b`,
    { cased: true },
  ),
  T('suicidal-ideation', String.raw`\b${THINK}\s+${gap(1)}(?:of\s+|about\s+|re:?\s+|on\s+)?${SUICIDE_OBJECT}\b`),
  T(
    'suicidal-ideation',
    String.raw`\b(?:wants?|wanted|wanting|going|gonna|wish\w*|tempted)\s+(?:to\s+)?(?:kill\s+${SELF}|end\s+(?:it(?:\s+all)?|${LIFE})|take\s+${LIFE}|commit\s+suicide|unalive)\b`,
  ),
  T(
    'suicidal-ideation',
    String.raw`\b(?:kill\w*|shoot\w*|murder\w*|strangl\w+|stab\w*)\s+${gap(3)}(?:and|,)\s+then\s+(?:kill\s+|shoot\s+)?(?:him|her|them)sel(?:f|ves)\b`,
  ),
  T(
    'suicidal-ideation',
    String.raw`\b(?:kill\s+${SELF}|end\s+it\s+all|end\s+${LIFE}|unalive\s+${SELF}|commit\s+suicide|kms|unaliving)\b`,
  ),
  T('suicidal-ideation', String.raw`\bactive\s+si\s*[:=-]?\s*(?:yes|\+|positive|endorsed)\b`, { weak: true }),
  // ------------------------------------------------------------ a method in the thoughts
  T('method', String.raw`\b${THINK}\s+${gap(4)}(?:of|about|with|to|re:?)?\s*${gap(2)}${METHOD}\b`),
  T(
    'method',
    String.raw`\b(?:si|suicidal\s+(?:ideation|thoughts?))\s+(?:with|w\/|c\/?)\s*(?:a\s+)?(?:specific\s+)?method\b|\bmethods?\s+(?:of|would\s+be|is|was|:)\s*${gap(2)}${METHOD}`,
  ),
  T(
    'method',
    String.raw`\b(?:plans?|planning|planned|plot\w*|decided|decides|deciding)\s+(?:\([^)]{0,20}\)\s+)?(?:is\s+|was\s+)?(?:to|for|of|on)\s+${gap(2)}${METHOD}|\bplan\s*[:=(]\s*(?:to\s+)?${METHOD}\)?`,
  ),
  T('method', String.raw`\bintent(?:ion)?\s+(?:to|of)\s+${METHOD}`),
  T(
    'method',
    String.raw`\b(?:for|to\s+use\s+for)\s+(?:hanging|shooting|drowning|poisoning|gassing|suffocating)\s+${SELF}\b|\b(?:enough|saved\s+up)\s+(?:\w+\s+)?for\s+an\s+overdose\b|\b(?:would|will|'d|'ll|could|going\s+to|gonna)\s+(?:just\s+)?(?:jump|hang\s+${SELF}|overdose|shoot\s+${SELF}|drown\s+${SELF}|walk\s+into|step\s+(?:off|in\s+front))\b(?!\s+(?:at|in|on)\s+the\s+(?:chance|opportunity|pool|conversation))|\bcarbon\s+monoxide\b`,
    { weak: true },
  ),
  T(
    'method',
    String.raw`\b(?:stood|stands|standing|sat|sits|sitting|parked|looked|looking|drove|driving|went|goes)\s+${gap(6)}(?:bridge|ledge|roof|edge|tracks|cliff|overpass|platform|balcony)\b${gap(6)}(?:and\s+)?(?:thought|thinking|wanting|wanted|considered|imagined|urge)\s+${gap(2)}(?:about\s+|of\s+)?(?:jump\w*|step\w*|fall\w*)`,
  ),
  // ------------------------------------------------------------ intent
  T(
    'intent',
    String.raw`\b(?:suicidal\s+)?intent(?:ion)?s?\s+(?:to|of)\s+(?:act|die|dying|kill|killing|end|ending|follow|carry|do\s+it|harm\s+${SELF}|hurt\s+${SELF}|go\s+through|overdose|od|jump|hang|shoot|drown|crash|take)\w*\b`,
    { conditional: true },
  ),
  T(
    'intent',
    String.raw`\b(?:endors\w+|reports?|reported|express\w*|admits?|admitted|with|w\/|has|had|and|some|clear|strong|current|active|states?|stated)\s+(?:suicidal\s+)?intent\b(?!\s+(?:to|of)\s+(?:improve|work|attend|return|stay))|\bsuicidal\s+intent\b|\bsi\s+(?:with|w\/|c\/?|\+|&)\s*intent\b|\bintent\s*[:=]?\s*(?:yes|present|\+|endorsed)\b|\bintent\s+(?:and|&)\s+plan\b|\bplan\s*(?:and|&|\+)\s*intent\b|\)\s*(?:&|and|\+)\s*intent\b|\bevery\s+intention\s+of\b`,
    { conditional: true },
  ),
  T(
    'intent',
    String.raw`\b(?:would|will|'d|'ll|intends?\s+to|intended\s+to|means\s+to|going\s+to|gonna)\s+(?:probably\s+)?(?:act\s+on|follow\s+through(?:\s+(?:on|with))?)\b|\bact\s+on\s+(?:it|them|the\s+thoughts)\W{1,3}(?:said|says|states|stated|answered|replied)?\W{0,3}(?:probably|yes|maybe)\b`,
    { conditional: true },
  ),
  T(
    'intent',
    String.raw`\b(?:not\s+sure|unsure|uncertain|doesn'?t\s+know|don'?t\s+know|does\s+not\s+know|didn'?t\s+know|can'?t\s+(?:promise|say|guarantee)|cannot\s+(?:promise|say|guarantee)|could\s+not\s+(?:promise|say|guarantee)|couldn'?t\s+(?:promise|say|guarantee)|unable\s+to\s+(?:promise|say|guarantee|commit)|won'?t\s+(?:promise|commit))\s+(?:if\s+|whether\s+|that\s+)?(?:(?:she|he|they|i|pt|client)(?:'d|'ll)?\s+)?(?:(?:can|could|would|will|is\s+able\s+to|be\s+able\s+to|wouldn'?t|won'?t)\s+)?(?:not\s+)?(?:stop\s+${SELF}|keep\s+${SELF}\s+safe|stay\s+safe|be\s+safe|act\s+on|do\s+it|resist|hold\s+(?:on|off)|stop)\b`,
    { conditional: true },
  ),
  T(
    'intent',
    String.raw`\b(?:intends?|intended|intending|determined|resolved|decided)\s+to\s+(?:kill\s+${SELF}|die|end\s+(?:it|${LIFE})|take\s+${LIFE}|commit\s+suicide|do\s+it|follow\s+through)\b|\b(?:will|'ll|would|'d|is\s+going\s+to|'m\s+going\s+to|am\s+going\s+to|gonna)\s+(?:just\s+)?kill\s+${SELF}\b`,
    { conditional: true },
  ),
  T(
    'intent',
    String.raw`\b(?:might|may|will|would|could|'ll|'m\s+going\s+to|going\s+to|gonna)\s+(?:actually\s+|really\s+|just\s+|finally\s+)?do\s+it\b|\bmeant\s+it\b|\bwhen\s+the\s+time\s+is\s+right\b`,
    { weak: true, conditional: true },
  ),
  // ------------------------------------------------------------ a plan
  T(
    'plan',
    String.raw`\b(?:si|s\/i|suicidal\s+(?:ideation|thoughts?))(?:\s*[|:]\s*(?:yes|y|\+|present|endorsed)\s*[,;]?)?\s*(?:with|w\/|c\/?|and|\+|&)\s*(?:a\s+)?(?:specific\s+|detailed\s+|clear\s+)?plan\b|\bsuicide\s+plans?\b|\bplan\s*[:=|]\s*(?:yes|present|\+|endorsed)\b`,
  ),
  T(
    'plan',
    String.raw`\b(?:plans?|planning|planned|plotting|plotted|decided|decides|deciding|made\s+up\s+(?:her|his|their|my)\s+mind)\s+(?:\([^)]{0,20}\)\s+)?(?:is\s+|was\s+)?(?:to|for|of|on|how|when|where)\s+${gap(3)}(?:${METHOD}|kill\w*\s+${SELF}|die|dying|end\s+(?:it|${LIFE})|ending\s+(?:it|${LIFE})|tak\w+\s+${LIFE}|suicide|unalive)\b|\bplan\s*[:=]\s*(?:to\s+)?${METHOD}`,
  ),
  T(
    'plan',
    String.raw`\b(?:has|had|have|with|made|make|makes|formed|form|describes|described|reports|reported|endorses|endorsed|disclosed|a)\s+(?:a\s+)?(?:specific\s+|detailed\s+|clear\s+|concrete\s+)?plan\b(?=\s*${gap(14)}(?:suicid|si\b|kill\s+${SELF}|die\b|dying|end\s+(?:it|${LIFE})|overdos|hang|jump|shoot|pills|gun|bridge|do\s+it|intent))|\bplan\s+(?:and|&)\s+intent\b|\bintent\s+(?:and|&)\s+plan\b`,
  ),
  T(
    'method',
    String.raw`\b(?:picked|chosen|chose|set|selected)\s+(?:a\s+|the\s+)?(?:date|day|time|place|spot)\s+(?:to|for)\s+${METHOD}`,
  ),
  T(
    'plan',
    String.raw`\b(?:picked|chosen|chose|selected)\s+(?:a\s+|the\s+)?(?:date|day|time|place|spot)\s+(?:to|for)\b|\bworked\s+out\s+(?:when|where|how)\b|\b(?:has|had)\s+it\s+all\s+figured\s+out\b|\bfigured\s+out\s+(?:how|when|where)\s+(?:to|he|she|they|i)\b`,
  ),
  // ------------------------------------------------------------ preparatory acts
  T(
    'preparatory-act',
    String.raw`\b(?:sav\w*|collect\w*|hoarding|hoarded|stockpiling|stockpiled|stash(?:ing|ed|es)|gather\w*|accumulat\w*|squirrel\w*|hid|hide|hiding|keep\w*\s+back|skipp\w*|cheek\w*|buying\s+extra|bought\s+extra|putting\s+(?:them|the\s+\w+)\s+away)\s+(?:up\s+|away\s+)?${gap(3)}(?:${PILLS_TAIL}|enough\s+(?:to|for))|\bskipp\w+\s+${gap(3)}to\s+save\b`,
  ),
  T(
    'preparatory-act',
    String.raw`\b(?:wr[io]te|writes|writing|written|left|leaves|leaving|drafted|drafting|typed|composed|found)\s+${gap(3)}(?:suicide|goodbye|good-bye|farewell|final)\s+(?:notes?|letters?|messages?|texts?|posts?|videos?|emails?)|\b(?:suicide|goodbye|good-bye|farewell)\s+(?:notes?|letters?|messages?|videos?)\b`,
  ),
  T(
    'preparatory-act',
    String.raw`\b(?:wr[io]te|writes|writing|written|left|leaves|drafted)\s+(?:out\s+)?(?:goodbye\s+)?(?:letters?|cards?|notes?)\s+to\s+(?:each\s+of\s+)?(?:her|his|their|my)\s+(?:\w+\s+)?(?:children|kids|family|parents|wife|husband|partner|sons?|daughters?|sister|brother|friends?|mother|father|mom|dad)\b(?=[^.;]{0,80}?(?:instructions|goodbye|to\s+be\s+opened|in\s+case|after|nightstand|when\s+(?:i'?m|she'?s|he'?s)\s+gone))`,
  ),
  T(
    'preparatory-act',
    String.raw`\b(?:wr[io]te|written|writes|writing|left|leaves|found)\s+(?:[\w,'-]+\s+){0,5}?(?:a\s+|the\s+)?note\b`,
    { weak: true },
  ),
  T(
    'preparatory-act',
    String.raw`\b(?:wr[io]te|writes|writing|made|making|updated|updating|drew\s+up|finalized|finalizing|changed)\s+(?:a\s+|out\s+|up\s+)?(?:${POSS}\s+)?(?:will|last\s+will|obituary)\b|\b(?:playlist|music|songs?|plans?|arrangements?|instructions?|readings?|clothes|outfit)\s+for\s+(?:${POSS}\s+)?own\s+funeral\b|\bplann\w+\s+(?:${POSS}\s+)?own\s+funeral\b`,
  ),
  T(
    'preparatory-act',
    String.raw`\b(?:gave|giving|gives|give|given|handing|handed|rehom\w+|donat\w+)\s+(?:away\s+)?${gap(4)}(?:possessions|belongings|things|stuff|dog|dogs|cat|cats|pets?|guitar|record\s+collection|collection|valuables|jewelry|prized|savings|heirlooms?|everything|car|truck|most\s+of)\b`,
  ),
  T(
    'preparatory-act',
    String.raw`\b(?:passwords?|passcodes?|pins|bank\s+(?:details|account\s+\w+|information)|account\s+(?:information|details)|life\s+insurance\s+(?:policy|info\w*|papers)|(?:financial|important)\s+(?:papers|documents))\b(?=[^.;]{0,80}?(?:after\s+(?:i'?m|i\s+am|she'?s|he'?s)\s+gone|so\s+(?:nobody|no\s+one)\s+(?:has|would\s+have)\s+to|figure\s+it\s+out|when\s+(?:i'?m|she'?s|he'?s)\s+gone))`,
  ),
  T(
    'preparatory-act',
    String.raw`\b(?:research\w*|googl\w*|look\w*\s+up|look\w*\s+into|search\w*|read\w*\s+(?:up\s+)?(?:on|about)|asked\s+(?:\w+\s+){0,3}?how)\s+${gap(4)}(?:how\s+(?:to\s+(?:die|kill|hang|overdose|end|buy\s+a\s+gun|get\s+a\s+gun|tie)|many|much|long|high|a\s+\w+\s+works)|ways\s+to\s+(?:die|kill|end)|methods|lethal\s+(?:doses?|amounts?)|painless|overdose|(?:how\s+long\s+it\s+takes\s+for\s+)?carbon\s+monoxide)`,
  ),
  T(
    'preparatory-act',
    String.raw`\b(?:bought|buys|buying|purchased|purchasing|obtained|(?<!(?:'ve|have|has)\s)got|acquired|ordered|borrowed)\s+${gap(4)}(?:rope|noose|charcoal|razor\s+blades?|gun|handgun|firearm|pistol|rifle|shotgun|ammo|ammunition|bullets|helium|${PILLS})\b`,
    { weak: true },
  ),
  T(
    'preparatory-act',
    String.raw`\b(?:bought|purchased|got|filled)\s+${gap(4)}(?:bottle|supply|box)\s+of\s+${gap(2)}${PILLS}\s+${gap(4)}(?:different|another|second)\s+pharmac`,
  ),
  T(
    'medication-access',
    String.raw`\b(?:bought|purchased|got|filled)\s+${gap(4)}(?:bottle|supply|box)\s+of\s+${gap(2)}${PILLS}\s+${gap(4)}(?:different|another|second)\s+pharmac`,
  ),
  T(
    'preparatory-act',
    String.raw`\b(?:rehears\w+|practic\w+|tied|tying|tie|made|making)\s+${gap(2)}(?:a\s+)?(?:noose|ligature)\b|\bmental(?:ly)?\s+rehears\w*|\brehears\w+\b|\b(?:went|drove|walked|goes)\s+to\s+(?:the|a)\s+(?:bridge|tracks|roof|cliff|overpass)\s+to\s+(?:look|see|check|practice)|\btested\s+(?:how\s+much\s+weight|whether|if)\s+${gap(4)}(?:rod|beam|hook|rafter|pipe|branch|railing|belt|cord|rope)\s+(?:would|could)\s+hold`,
  ),
  T(
    'preparatory-act',
    String.raw`\b(?:say|said|saying|says)\s+(?:her|his|their)?\s*goodbyes?\s+to\b|\bsettl\w+\s+(?:her|his|their)\s+affairs\b|\b(?:put|putting)\s+(?:her|his|their)\s+affairs\s+in\s+order\b`,
  ),
  // ------------------------------------------------------------ attempts
  T(
    'attempt',
    String.raw`\bsuicide\s+attempts?\b|\bsuicidal\s+(?:gestures?|attempts?|acts?|behaviou?rs?)\b|\battempted\s+suicide\b|\b(?:interrupted|aborted|prior|previous|past|recent|failed|serious|near-?(?:fatal|lethal)|lethal|actual|first|second|third|last|multiple)\s+(?:suicide\s+)?attempts?\b(?!\s+(?:to\s+(?:call|reach|contact|engage|schedule|get|find|quit|stop))|\s+at\s+(?:sobriety|quitting))|\b(?:attempted|attempts?)\s+(?:by|via)\s+(?:overdose|od|hanging|cutting|jumping)\b|\battempt\s*[:=-]?\s*yes\b|\b(?:her|his|their)\s+(?:\d{4}\s+|last\s+|first\s+|recent\s+)?attempt\b(?!\s+(?:to|at)\s+(?!die|kill|end))|\blast\s+(?:od|overdose)\b`,
  ),
  T(
    'attempt',
    String.raw`(?<![A-Za-z0-9])(?:SAs|SA|S\/A)(?![A-Za-z0-9])(?!\s*\(\s*(?:substance|sexual)|\s+(?:IOP|program|treatment|group|survivor|nurse|exam|counsel\w*|services?))(?<!survivor\s+of\s+SA)`,
    { cased: true },
  ),
  T(
    'attempt',
    String.raw`\b(?:tried|try|tries|trying|attempted|attempts?|attempting)\s+to\s+(?:kill\s+${SELF}|end\s+(?:it(?:\s+all)?|${LIFE})|take\s+${LIFE}|hang\s+${SELF}|overdose|od\b|drown\s+${SELF}|shoot\s+${SELF}|jump|suffocate\s+${SELF}|poison\s+${SELF}|die|unalive|gas\s+${SELF}|cut\s+${POSS}\s+(?:wrists?|throat)|strangle\s+${SELF}|asphyxiate)\b`,
  ),
  T(
    'attempt',
    String.raw`\b(?:overdosed|od'?d|o\.d\.'?d)\b(?!\s+on\s+(?:netflix|tv|television|sugar|chocolate|candy|coffee|caffeine|work|studying|video\s+games|shows?|love|social\s+media))|\b(?:an|a|intentional|deliberate|purposeful|prior|recent|previous|first|second|third|her|his|their|after\s+an?|since\s+(?:her|his|the)|via|by|s\/p|hx\s+of|history\s+of|h\/o|took\s+an)\s+(?:intentional\s+)?(?:overdose|od)\b(?![-\s]+(?:thresholds?|amounts?|levels?|risk|prevention|education|kits?|reversal|training|deaths?|crisis|epidemic|plan|response|naloxone|narcan))|\b(?:overdose|od)\s+(?:attempt|on|of)\b|\boverdosing\s+on\b`,
  ),
  T('attempt', String.raw`(?<![A-Za-z0-9])OD(?:'?d|ed)?(?=\s+(?:on|of|with|x\s?\d|in\s+\d|\d|attempt|\()|'d)`, {
    cased: true,
  }),
  T(
    'attempt',
    String.raw`\b(?:intentional|deliberate|purposeful)\s+(?:ingestion|overdose|od|poisoning|self-poisoning|self-strangulation|drowning|hanging)\b|\b(?:put|tied|wrapped)\s+(?:a\s+)?(?:rope|belt|cord|noose|ligature|scarf)\s+(?:around|on)\s+${POSS}\s+neck\b(?=\s*${gap(8)}(?:die|end|kill|suicid|stopped|interrupted|found|cut\s+down))|\bput\s+the\s+gun\s+(?:to|in|against)\s+${POSS}\s+(?:head|mouth|chest|temple)|\bshot\s+${SELF}\b(?!\s+in\s+the\s+(?:foot|feet))|\bhanged\s+${SELF}\b|\bfound\s+hanging\b|\bcut\s+down\s+from\b`,
  ),
  T(
    'attempt',
    String.raw`\b(?:stopped|interrupted|talked\s+down|pulled\s+back|pulled\s+(?:her|him|them)\s+(?:out|off|back|down))\s+${gap(6)}(?:before|as|while)\s+(?:she|he|they|i)\s+(?:could\s+)?(?:jump|swallow|take|hang|shoot|cut|pull|step|drive|tie)\w*|\bput\s+the\s+(?:pills|gun|rope|knife|blade)\s+(?:back|down|away)\b|\b(?:stopped|changed)\s+(?:her|his|their|my)\s*(?:self|selves)?\s*(?:her|his|their|my)?\s*mind\s+at\s+the\s+last\s+(?:minute|moment|second)|\bstopped\s+(?:her|him|them|my)sel(?:f|ves)\b|\bcouldn'?t\s+(?:go\s+through\s+with\s+it|do\s+it)\b|\bturned\s+(?:it|the\s+(?:car|engine))\s+off\b|\bclimbed\s+(?:over\s+|onto\s+|up\s+)?(?:the\s+)?(?:railing|rail|ledge|barrier|fence)\b|\(aborted\)|\baborted\b`,
    { weak: true },
  ),
  T(
    'attempt',
    // Stopping a treatment that keeps one alive, to die.
    String.raw`\b(?:stopped|quit|skipped|skipping|withheld|withholding|stopped\s+taking)\s+(?:taking\s+)?${POSS}\s+(?:insulin|dialysis|heart\s+(?:meds|medications?|pills)|blood\s+thinners?|seizure\s+(?:meds|medications?)|transplant\s+(?:meds|medications?))\b(?=[^.;]{0,40}?\b(?:to\s+die|so\s+(?:she|he|they|i)\s+(?:would|could|might)\s+die|hoping\s+(?:to|she|he|they|i)\s+(?:would\s+)?die|to\s+end\s+(?:it|${LIFE})|to\s+kill\s+${SELF}))`,
  ),
  T(
    'attempt',
    String.raw`\bstanding\s+on\s+(?:the\s+)?(?:tracks|ledge|railing)\b(?=[^.;]{0,50}?(?:train|stopped|pulled|police|waiting))|\b(?:stopped|pulled\s+(?:back|off|down)|talked\s+down|picked\s+up|found)\s+by\s+(?:the\s+)?(?:police|officers?|a\s+passer-?by|security|staff|a\s+bystander)\s+(?:on|at|near|from)\s+(?:the\s+)?(?:tracks|bridge|ledge|railing|overpass|roof|edge\s+of\s+the\s+\w+)\b`,
  ),
  // An act that may be an attempt: named one when the passage says it was meant to end a life, else dropped or self-injury.
  T(
    'act',
    String.raw`\b(?:took|taken|takes|swallowed|ingested|downed|consumed|drank|ate|used)\s+(?:like\s+|about\s+|around\s+|approx\.?\s+|approximately\s+|over\s+|at\s+least\s+|~\s*)?(?:[1-9]\d+|(?:it\s+all)|(?:ten|twelve|fifteen|twenty|thirty|forty|fifty|sixty|a\s+hundred)(?:-\w+)?|a\s+(?:handful|bottle|whole\s+bottle|fistful|bunch|lot|large\s+(?:number|amount|quantity))|an\s+unknown\s+(?:number|amount|quantity)|all|the\s+(?:whole|entire|rest)|an?\s+entire|(?:several|many|two)\s+bottles?|(?:her|his|their)\s+(?:whole|entire))\s+${gap(3)}(?:of\s+)?${gap(2)}${PILLS_TAIL}`,
  ),
  T(
    'act',
    String.raw`\b(?:drank|drinks|drinking|ingested|ingesting|swallowed|swallowing|ate|consumed)\s+${gap(5)}(?:bleach|antifreeze|anti-freeze|drain\s+cleaner|rat\s+poison|poison|pesticides?|lighter\s+fluid|cleaning\s+(?:fluid|products?)|detergent|lye|weed\s+killer|gasoline|windshield\s+(?:washer\s+)?fluid|hand\s+sanitizer|nail\s+polish\s+remover|batteries|battery|razor\s+blades?|glass|pins|magnets|laundry\s+pods?)|\bingestion\s+of\s+(?:\d+|an?\s+\w+)\b`,
  ),
  T(
    'act',
    String.raw`\b(?:jumped|jumping|stepped|stepping|threw\s+${SELF})\s+(?:from|off|out\s+of|in\s+front\s+of)\s+(?:a|the|her|his)\s+(?:\w+[- ]){0,2}(?:\w+)|\bwalked\s+into\s+(?:the\s+)?(?:lake|river|ocean|sea|water|traffic)\b|\b(?:crashed|drove)\s+${gap(4)}(?:into|off)\b|\bran\s+the\s+car\s+in\s+(?:the|a)\s+(?:closed\s+)?garage|\bsat\s+in\s+the\s+running\s+car\b|\bcarbon\s+monoxide\s+(?:poisoning|attempt)|\b(?:bag|plastic\s+bag)\s+over\s+(?:her|his|their|my)\s+head\b|\bslit\s+${POSS}\s+(?:wrists?|throat)|\bcut\s+${POSS}\s+(?:neck|throat|wrists?)\b|\btried\s+to\s+drown\b|\bligature\s+(?:around|on)\s+${POSS}\s+neck\b|\b(?:put|tied|wrapped)\s+(?:a\s+)?(?:rope|belt|cord|noose|ligature|scarf)\s+(?:around|on)\s+${POSS}\s+neck\b|\bstrangl\w+\s+${SELF}\b`,
  ),
];
