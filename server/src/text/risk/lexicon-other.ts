// The other categories in the words clinicians write: non-suicidal
// self-injury, harm to others, access to firearms and to large amounts of
// medication, PHQ-9 item 9, and a family history of suicide.
import { T, type Term } from './term';
import { BODY, CALIBER, gap, HARM, PERSON, PILLS, POSS, RELATIVE, SELF } from './vocab';

const INJURE = String.raw`(?:snap\w*|cut|cuts|cutting|burn|burns|burned|burnt|burning|scratch\w*|carv\w*|pick\w*|slic\w*|gouge\w*|bang\w*|hit|hits|hitting|punch\w*|bit|bite|bites|biting|stab\w*|scald\w*|slam\w*|smash\w*|rub\w*|scrub\w*|pinch\w*|bruis\w*|pierc\w*|poke\w*|prick\w*)`;
const ACCIDENT = String.raw`(?:in\s+(?:the|a)\s+(?:kitchen|accident|fall|fight|game|car|crash|garage)|at\s+(?:work|the\s+job)|(?:while\s+)?(?:cooking|shaving|working|chopping|slicing|dicing|peeling|fixing|gardening|carving\s+(?:a|the)\s+(?:turkey|pumpkin|roast))|on\s+(?:a|the)\s+(?:\w+\s+)?(?:fence|glass|knife|can|nail|door|doorframe|stove|box\s+cutter|saw|grill|iron|oven|pan|cupboard|cabinet|shelf|table|counter|ceiling|car\s+door|bed\s+frame)|accidentally|by\s+accident|playing)`;
const FIREARM = String.raw`(?:fire\s?arms?|guns?(?!\s*m[ae]n\b|man\b|shot)|hand\s?guns?|pistols?|revolvers?|rifles?|shot\s?guns?|long\s?guns?|glocks?|colts?\s+(?:revolver|pistol|rifle|python|45)s?|ar-?15s?|ak-?47s?|sidearms?|service\s+(?:weapon|pistol|revolver)|assault\s+(?:weapons?|rifles?)|deer\s+rifles?|hunting\s+rifles?|9\s?mms?)`;
// Words after a firearm that make it a topic, not a gun at hand ("gun safety class", "the gun show").
const FIREARM_TOPIC = String.raw`(?:violence|control|safety|storage|locks?|show|shows|range\s+(?:job|work)|shot\s+wounds?|lobby|laws?|policy|debate|deaths|culture|crime|handout|education|counsel\w*|club\s+meeting)`;
const RELATIVE_BARE = String.raw`(?:(?:${POSS}|the\s+client's|pt's|a|an|maternal|paternal|older|younger|late|biological|twin|half-|step-?)\s*(?:\w+\s+)?)?${RELATIVE}`;
const SUICIDE_DEATH = String.raw`(?:put\s+a\s+(?:shotgun|gun|pistol|rifle)\s+(?:in|to)\s+(?:his|her)\s+(?:mouth|head)|attempted(?=\s*(?:\(|in\b|last\b|on\b|at\b|\d|twice\b|again\b|before\b|when\b|$))|died\s+(?:by|of|from)\s+(?:suicide|a\s+self-inflicted)|completed\s+suicide|committed\s+suicide|killed\s+(?:him|her|them)sel(?:f|ves)|took\s+(?:his|her|their)\s+(?:own\s+)?life|(?:suicide|suicidal)\s+(?:death|attempts?)|attempted\s+suicide|made\s+(?:a|an|one|two|three|several|multiple)\s+(?:suicide\s+)?attempts?|has\s+made\s+\w+\s+suicide\s+attempts?|hanged\s+(?:him|her)self|shot\s+(?:him|her)self(?!\s+in\s+the\s+(?:foot|feet))|tried\s+to\s+(?:kill|drown|hang|shoot|poison)\s+(?:him|her)self|suicide)`;

export const OTHER_TERMS: readonly Term[] = [
  // A gun in an act: the actor's, read as an act is ("his friend who shot himself" is not the client's).
  T(
    'firearm-access',
    String.raw`\bshot\s+${SELF}\b(?!\s+in\s+the\s+(?:foot|feet))|\bput\s+the\s+gun\b|\b(?:held|put|pointed)\s+(?:a|the|his|her)\s+(?:gun|pistol|rifle)\s+(?:to|at)\b|\b(?:had|with)\s+(?:my|his|her)\s+hand\s+on\s+(?:my|his|her)\s+(?:piece|gun|pistol|strap)\b`,
    { act: true },
  ),
  T(
    'firearm-access',
    String.raw`\bccw\b|\bconcealed\s+carry\b|\b(?:my|his|her)\s+(?:piece|strap|heater)\b(?!\s+of)|\b(?:the|my|a|his)\s+9\b(?=\s+(?:in|at|under|from)\s)`,
  ),
  T(
    'firearm-access',
    String.raw`\b(?:range\s+safety\s+officer|firearms?\s+instructor|gun\s+(?:counter|shop|store)\s+(?:job|clerk|worker)|works?\s+(?:at|behind)\s+(?:a|the)\s+gun\s+(?:counter|shop|store|range)|(?:job|works?|working|shifts?)\s+at\s+(?:a|the)\s+(?:gun|shooting|firing|rifle)\s+range|armed\s+(?:security|guard))\b`,
    { plain: true },
  ),
  // ------------------------------------------------------------ non-suicidal self-injury
  T(
    'self-injury',
    String.raw`\b(?:self|slef|sefl)[- ]?(?:harm\w*|injur\w*|mutilat\w*|cut\w*|burn\w*|destructive\s+behaviou?rs?)\b|\bself-inflicted\s+(?:cuts|burns|wounds|injur\w+|lacerations)\b|\bnon-?\s?suicidal\s+self|\bnssi\b|\bdsh\b`,
  ),
  T(
    'self-injury',
    String.raw`(?<![A-Za-z])(?:SIB|SH)(?:\s+urges?)?(?![A-Za-z])(?=\s*(?:urges?|x\s?\d|\d|episodes?|behaviou?rs?|actions?|acts?|[:;,.)(]|$))|(?<=(?:urges?\s+to|last|no|any|denies|episodes?\s+of|hx\s+of|history\s+of)\s{1,3})(?:SIB|SH)(?![A-Za-z])`,
    { cased: true },
  ),
  T(
    'self-injury',
    String.raw`\b(?:cut|cuts|cutting|burn|burns|burned|burnt|burning|scratch\w*|hit|hits|hitting|punch\w*|bang\w*|bit|bite|bites|biting|pick\w*|carv\w*|stab\w*|hurt|hurts|hurting|harm|harms|harmed|harming|injur\w*|bruis\w*|slap\w*|pinch\w*|starv\w*|choke|chok\w+|strangl\w+|pull\w*|gouge\w*|pierc\w*|punish\w*|scald\w*|mutilat\w*)\s+${gap(2)}${SELF}\b(?!\s+${gap(3)}${ACCIDENT})`,
  ),
  T(
    'self-injury',
    String.raw`\b(?!scratch\w*\s+(?:${POSS}\s+|the\s+)?(?:head|chin|nose|beard|ears?|neck|back)\b(?![^.;]{0,40}?\b(?:bleed|bled|raw|blood|wounds?|sores?|skin\s+off)))${INJURE}\s+(?:on\s+|at\s+|into\s+|against\s+)?${gap(3)}(?:${POSS}\s+|the\s+)?(?:own\s+|\w+\s+)?${BODY}\b(?![^.;]{0,60}?${ACCIDENT})`,
  ),
  T(
    'self-injury',
    String.raw`\b(?:new|fresh|recent|healing|open|superficial|deep|self-made)\s+(?:cuts|scratches|burns|wounds|lacerations)\s+on\s+(?:her|his|their\s+)?(?:\w+\s+)?${BODY}\b|\b(?:cuts|burns|scratches)\s+(?:on\s+(?:her|his|their\s+)?(?:\w+\s+)?${BODY}\s+)?(?:observed|noted|seen)\b(?=[^.]{0,80}?\b(?:made\s+them|self|herself|himself|razor|blade)\b)`,
  ),
  T(
    'self-injury',
    String.raw`\b(?:deliberately|intentionally|purposely)\s+${INJURE}\s+(?:${POSS}\s+)?(?:\w+\s+)?${BODY}\b|\b(?:scratch|carv|etch|cut)\w*\s+(?:[\w'"]+\s+){0,3}into\s+(?:${POSS}\s+)?(?:\w+\s+)?(?:${BODY}|skin)\b|\b(?:insert\w*|push\w*|stuck|stick\w*)\s+${gap(4)}(?:under\s+(?:the|${POSS})\s+skin|into\s+(?:a|the|${POSS})\s+(?:\w+\s+)?(?:wound|skin|cut))|\bpick\w*\s+(?:at\s+)?${gap(5)}(?:to\s+make\s+(?:it|them)\s+bleed|until\s+(?:it|they)\s+bleed)|\brubb\w+\s+${gap(5)}(?:eraser|sandpaper|until\s+(?:it|they)\s+(?:was|were)\s+raw)|\bpull\w*\s+out\s+${POSS}\s+(?:hair|eyelashes|eyebrows)\s+(?:to\s+(?:punish|hurt|feel)|until)`,
  ),
  T(
    'self-injury',
    String.raw`\b(?:urges?|urged|tempted|wanting|wants|wanted|need|needs)\s+to\s+(?:cut|burn|hurt\s+${SELF}|harm\s+${SELF}|self[- ]?harm|scratch|hit\s+${SELF}|bang\s+${POSS}\s+head|sh)\b|\bcutting\s+urges?\b|\b(?:cut|cuts|cutting|burns?|burned)\s+(?:to|for)\s+(?:feel|release|cope|calm|numb|punish|relieve|deal|get\s+relief|stop\s+feeling)`,
  ),
  T(
    'self-injury',
    String.raw`\b(?:started|stopped|began|begun|resumed|restarted|relapsed\s+(?:on|into|with)|history\s+of|hx\s+of|h\/o|episodes?\s+of|returned\s+to|engag\w+\s+in|continues|continued|still|has\s+been|had\s+been|admits|admitted|disclosed|endorses|endorsed|reports|reported|acknowledges|acknowledged|from)\s+(?:to\s+)?(?:cutting|burning|self-?cutting|head[- ]?banging|skin[- ]?picking|hair[- ]?pulling)\b(?!\s+(?:back|down|out|off|class|school|corners|ties|hours|the\s+(?:grass|hair|lawn)|costs?|calories|carbs|sugar|alcohol|drinking|weed|smoking))|\b(?:cutting|burning)\s+(?:again|episodes?|behaviou?rs?|\d+\s*x|(?:once|twice|three\s+times|daily|weekly|nightly|most\s+(?:days|nights|weeks)|every\s+(?:day|night|other\s+day|week)|(?:several|multiple|many)\s+times)\b)|\bhead[- ]?bang\w*\b|\bcigarette\s+burns?\b|\bfresh\s+(?:cuts|scratches|burns|wounds)\b|\b(?:cutting|cut)\s+(?:marks|scars)\b|\bscars?\s+(?:on|from)\s+${gap(4)}(?:cutting|self-?harm)\b|\bligature\s+(?:tied\s+)?(?:\w+\s+)?(?:around|on)\s+(?:her|his|their)\s+(?:wrist|arm|leg)s?\b`,
  ),
  T(
    'self-injury',
    String.raw`^\s*(?:cut|cutting|burned|scratched)\b(?=\s+(?:\d+|six|two|three|four|five|several|a\s+few|last|yesterday|on\s+\w+day|this|x\s*\d|again|twice|once))|\bi\s+cut(?=\s*[,.!:]|\s*$)|\b(?:acted\s+on\s+the\s+urge|relapsed)\s*\(\s*(?:cut|burn|scratch)\w*\s*\)`,
  ),
  // ------------------------------------------------------------ harm to others
  T('harm-to-others', String.raw`(?<![A-Za-z0-9])(?:HI|H\/I)(?![A-Za-z0-9])`, { cased: true }),
  T(
    'harm-to-others',
    String.raw`\bhomicid(?:e|es|al|ality)(?:\s+(?:ideation|thoughts?|urges?|intent|ideas?))?\b|\bviolent\s+(?:thoughts|urges|fantas\w+|impulses|ideation|threats?|images|behaviou?rs?|outbursts?)\b|\brevenge\s+fantas\w+\b|\bthoughts?\s+of\s+(?:violence|revenge)\b|\b(?:dv|domestic\s+violence|ipv)\s+(?:perpetrat\w+|offen[cs]es?|charges?|arrests?)\b|\bbatterer\b|\b(?:aggravated\s+)?assault\s+(?:charges?|convictions?|arrests?)\b|\baggravated\s+assault\b|\bphysical(?:ly)?\s+aggress\w+|\baggression\s+(?:toward|towards|against|at)\b|\bassaultive\b|\bthreats?\s+(?:and|or|\/)\s+(?:physical\s+)?aggression\b|\bverbal\s+threats\b|\b(?:frequent|physical)\s+fights\b`,
    { conditional: true },
  ),
  T(
    'harm-to-others',
    String.raw`\b(?:thoughts?|thinking|think|thinks|thought|urges?|urged|impulses?|fantas\w+|images?|ideas?|ideation|plans?|planning|planned|plotting|intent\w*|intends?|wants?|wanted|wanting|wish\w*|desires?|going|gonna|tried|trying|try|attempt\w*|threat\w*|threaten\w*|vowed|swore|swears|promised|will|would|could|might|'ll|'d|talked|talking|talks|spoke|fantasiz\w+|dreams?|imagin\w+|capable|story|voices?\s+telling\s+(?:him|her|them|me)|telling\s+(?:him|her|them|me)|command\w*)\s+${gap(2)}(?:to\s+|of\s+|about\s+|on\s+)?${HARM}\s+(?:up\s+)?${PERSON}`,
    { conditional: true },
  ),
  T(
    'harm-to-others',
    String.raw`(?:thoughts?|fantas\w+|urges?|wants?|wanted|plans?|dreams?|images?|ideas?)\s+(?:of|about|to)\s+(?:kill|killing|stab|stabbing|hurt|hurting|shoot|shooting|run(?:ning)?\s+over|beat|beating|strangl\w+|poison\w*|murder\w*)\s+(?!I\b)[A-Z][a-z]+\b`,
    { cased: true, conditional: true },
  ),
  T(
    'harm-to-others',
    String.raw`\b(?:wants?|wanted|urges?|plans?|thoughts?\s+of)\s+to\s+(?:hurt|kill|stab|shoot|murder|beat)\s+(?!time\b|it\b|me\b|the\b|a\b|an\b|for\b|up\b|down\b|off\b|back\b|${SELF}|feelings|two\s+birds)[a-z]+\b|\b(?:wants?|wanted|wish\w*)\s+(?:(?:him|her|them|\w+)\s+)?dead\b(?<!(?:to\s+be|were|was|be)\s+dead)|\bbeat\s+${gap(3)}face\s+in\b|\bmake\s+(?:him|her|them|you)\s+pay\b|\brun\s+\w+\s+off\s+the\s+road\b|\bwatch\s+your\s+back\b|\bi\s+know\s+where\s+you\s+(?:live|park|work|sleep)\b`,
    { conditional: true },
  ),
  T(
    'harm-to-others',
    String.raw`\bthreat\w*\s+${gap(2)}(?:to\s+)?(?:${HARM}|bomb|shoot\s+up)\b(?!\s+${SELF})|\bthreaten(?:ed|s|ing)?\s+(?:the|a|an|her|his|their|my|two|several)\s+(?:[\w-]+\s+){0,2}?(?!relationship|marriage|job|divorce|suicide|to\b)[a-z]+\b|\b(?:made|making|makes|sent|sending|posted|posting)\s+${gap(2)}threat\w*\b|\bthreatening\s+(?:statements?|messages?|texts?|remarks?|letters?|behaviou?rs?|gestures?|posts?)\b|\bshoot\s+up\s+(?:the|a|his|her)\s+\w+|\b(?:bring\w*|take|brought|took|taking)\s+(?:a\s+)?(?:gun|knife|weapon)\s+to\s+(?:school|work|class)\b`,
    { conditional: true },
  ),
  T(
    'harm-to-others',
    String.raw`(?<!\b(?:was|were|been|being|got|gets|get)\s)\b(?:stabbed|punched|choked|strangled|beat\s+up|beaten|assaulted|assaulting|attacked|hit|shoved|struck|kicked|slapped|smacked|pushed|bit|shot\s+at|pulled\s+a\s+(?:knife|gun)\s+on|threw\s+${gap(3)}at|stabbing|punching|choking|strangling|assaulting|attacking|hitting|kicking|slapping|shoving|pushing)\s+${PERSON}(?!\s+(?:in\s+(?:a|the)\s+(?:car|bed|crib|bath)|to\s+(?:bed|sleep)))`,
  ),
  T(
    'harm-to-others',
    String.raw`\bknock\s+(?:the|his|her|your)\s+teeth\s+out\b|\bit'?s\s+on\s+sight\b|\bnext\s+time\s+it'?(?:ll|s)\s+(?:be\s+)?your\s+(?:face|head)\b|\b(?:doesn'?t|won'?t)\s+walk\s+away\s+next\s+time\b|\b(?:bring|use|get)\s+(?:my|his|her|a|dad's|\w+'s)\s+(?:\w+\s+)?(?:glock|gun|pistol|piece|strap|knife|rifle)\s+and\s+(?:handle|deal\s+with|take\s+care\s+of|get|finish)\b|\bthreaten\w*\s+to\s+${gap(1)}(?:cut|slash|stab|shoot|burn)\s+(?!${SELF})(?:the|a|an|her|his|their|my|him|them)\b|\b(?:beat|kick)\s+(?:his|her|their|your)\s+ass\b|\bput\s+(?:him|her|them)\s+in\s+the\s+hospital\b|\b\w+\s+next\s*$`,
    { conditional: true },
  ),
  T(
    'harm-to-others',
    String.raw`\b(?:followed|chased|tailed)\s+(?:a|the|another|that)\s+(?:driver|car|man|guy|woman|person|kid)\s+home\b`,
  ),
  T('harm-to-others', String.raw`(?:\]|\w)\s+next\s*[.!]?\s*$`, { needs: ['firearm-access'] }),
  T(
    'medication-access',
    String.raw`\b(?:bag|stash|pile|box|shoebox|drawer)\s+(?:full\s+)?of\s+(?:old\s+|leftover\s+|unused\s+)${gap(1)}${PILLS}|\b(?:full|whole|entire)\s+bottles?\s+of\s+${gap(1)}${PILLS}|\(\s*~?\s*(?:[3-9]\d|\d{3,})\s+(?:tabs|tablets|pills|caps)\s*\)|\bleftover\s+${PILLS}\b(?=[^.;]{0,60}?\b(?:nightstand|cabinet|drawer|at\s+home|in\s+the\s+(?:house|home|kitchen|bathroom)|knows\s+about)\b)`,
  ),
  // ------------------------------------------------------------ access to means
  T(
    'firearm-access',
    String.raw`(?<!\b(?:nail|glue|water|squirt|nerf|staple|heat|spray|paint|radar|toy|bb|pellet|cap|finger|potato|air|airsoft|foam|massage|caulk|caulking|grease|solder|soldering|tattoo|temperature|thermometer|label|price|spud|top|big|real|son\s+of\s+a|jumped\s+the|jump\s+the|riding|ride|his|her|my|the|build\s+up\s+(?:his|her|my))\s)\b${FIREARM}\b(?!\s*${FIREARM_TOPIC}\b)(?!-shy)|\b(?:his|her|my|the|their)\s+(?!guns\b)${FIREARM}(?!\s*${FIREARM_TOPIC}\b)|(?<=\b(?:a|an|the|his|her|my|their|owns?|has|had|keeps?|kept|bought|carries|loaded)\s+)${CALIBER}(?!\w|\.\d)(?!\s*${FIREARM_TOPIC}\b)(?!\s+(?:grade|points?|percent|inch|inches|seconds?|mg|ml|miles?|cents?|correlation|effect))|\b(?:get|got|getting|buy|bought|buying|carry|carries|carrying|packing|has|had|keeps?)\s+(?:a|his|her|my)\s+strap\b(?!\s+(?:for|on|of|from|to)\b)|(?<![\w.])${CALIBER}(?=\s*(?:caliber|cal\b|pistol|handgun|revolver|rifle|auto|acp|magnum|special|semi))`,
  ),
  T(
    'firearm-access',
    String.raw`\b(?:his|her|my|the)\s+guns\b(?!\s+(?:at\s+the\s+gym|in\s+the\s+mirror))(?<!build\s+up\s+(?:his|her|my)\s+guns)`,
  ),
  T(
    'firearm-access',
    String.raw`\b(?:owns?|has|have|had|keeps?|kept|carr(?:y|ies)|bought|purchased|inherited|access\s+to)\s+(?:a\s+|an\s+|his\s+|her\s+|their\s+|several\s+|two\s+|three\s+|multiple\s+|some\s+)?(?:\w+\s+)?weapons?\b`,
  ),
  T(
    'medication-access',
    String.raw`\b(?:stockpile|stash|cache|hoard|supply|stock)\s+of\s+${gap(2)}${PILLS}|\b${PILLS}\s+${gap(3)}(?:stockpil\w+|hoard\w*|stash\w*|saved\s+up)\b|\bstockpil\w+\b(?!\s+(?:canned|food|water|firewood|supplies|groceries|toilet))|\bstash\b(?=[^.;]{0,40}?${PILLS})`,
  ),
  T(
    'medication-access',
    String.raw`\b(?:sav\w*|collect\w*|hoarding|hoarded|stockpil\w+|stash(?:ing|ed|es)|gather\w*|accumulat\w*|squirrel\w*|hid|hide|hiding|keep\w*\s+back|skipp\w*|cheek\w*|buying\s+extra|bought\s+extra)\s+(?:up\s+|away\s+)?${gap(3)}(?:${PILLS}|enough\s+(?:to|for))`,
  ),
  T(
    'medication-access',
    String.raw`\b(?:(?:a|an)\s+)?(?:large|huge|big|significant|lethal|dangerous|months?'?|(?:\d+|ninety|sixty|thirty|three|two|six|several)[- ](?:day|month)s?'?|several\s+months'?|year'?s'?)\s+(?:mail-order\s+)?(?:worth\s+of\s+|supply\s+of\s+|quantit(?:y|ies)\s+of\s+|amounts?\s+of\s+|number\s+of\s+|stock\s+of\s+|bottles?\s+of\s+|of\s+)${gap(2)}${PILLS}|\b(?:bottles|boxes|bags|drawers?|shoebox(?:es)?|cabinets?)\s+(?:full\s+)?of\s+(?:old\s+|leftover\s+|unused\s+|her\s+|his\s+)?${gap(2)}${PILLS}|\b(?:several|many|multiple)\s+(?:full\s+)?bottles\s+of\b|\b(?:old|leftover|unused|expired)\s+(?:${PILLS}|prescriptions)\s+${gap(5)}(?:kept|keeps|keeping|saved|at\s+home|in\s+(?:the|a)\s+(?:house|home|drawer|cabinet|shoebox))|\bkept\s+unlocked\b|\b(?:unsupervised\s+)?access\s+to\s+(?:the\s+)?(?:controlled[- ]substance|medication|narcotics?|drug)\s+(?:cabinet|room|supply|closet)|\b(?:months?|weeks?)\s+of\s+${gap(1)}${PILLS}\s+(?:on\s+hand|at\s+home|in\s+the\s+house)`,
  ),
  T(
    'medication-access',
    String.raw`\b(?:has|have|had|keeps?|kept|holds?|stores?|counted|found|bottle\s+of|about|around|approximately|over|~)\s+(?:about\s+|around\s+|over\s+|approximately\s+|~\s*)?(?:[3-9]\d|\d{3,})\s+${gap(2)}${PILLS}`,
  ),
  // ------------------------------------------------------------ PHQ-9 item 9 endorsed
  T(
    'phq9-item9',
    String.raw`(?<!\b(?:pcl-?5|pcl|gad-?7|epds|bdi(?:-?ii)?|audit(?:-c)?|mdq|asrs|dast(?:-10)?|k-?10|ces-?d|dass(?:-21)?|scared|ybocs|y-bocs|oci-r|cssrs|c-ssrs)\b(?:(?!phq)[^.\n]){0,30})(?:\b|(?=#))(?:phq[- ]?9\s*(?:'s\s+)?)?(?:item|question|q|#|no\.?)\s*#?\s*(?:9|nine)\b(?:\s+(?:on|of)\s+(?:the\s+)?phq[- ]?9)?\s*(?:\([^)]*\)\s*)?(?:[:=]\s*|(?:was|is|scored|score\s+of|of|at|answered|rated|marked|endorsed\s+at)\s+)*(?:\+|positive|pos\b|endorsed|yes|(?:a\s+)?[123](?![\d\/])|one|two|three|several\s+days|more\s+than\s+half(?:\s+the\s+days)?|nearly\s+every\s+day)`,
  ),
  T(
    'phq9-item9',
    String.raw`(?:^|[\s(])\+\s*phq[- ]?9\s+(?:item|q|#)\s*9\b|\bpositive\s+phq[- ]?9\s+(?:item|q|#)\s*9\b`,
  ),
  T(
    'phq9-item9',
    String.raw`\b(?:endors\w+|positive\s+(?:response\s+)?(?:on|for|to)|answered\s+(?:yes|positively)\s+(?:on|to)|scored\s+(?:a\s+)?[123]\s+on|\+\s*|positive)\s*(?:the\s+)?(?:ninth\s+)?(?:phq[- ]?9\s*(?:'s\s+)?)?(?:item|question|q|#)?\s*#?\s*(?:9|nine)?\b(?:\s+(?:on|of)\s+(?:the\s+)?phq[- ]?9)?(?<=(?:9|nine|phq[- ]?9))|\bphq[- ]?9\s+(?:item\s+|q|#)?9(?:th)?\s+(?:item\s+)?(?:[:=]\s*)?(?:\+|positive|endorsed|[123](?!\d))|\b9th\s+item\s+(?:of\s+(?:the\s+)?phq[- ]?9\s+)?(?:[:=]\s*|was\s+|scored\s+|at\s+)?(?:\+|positive|endorsed|[123](?!\d))|\bendorsed\s+the\s+ninth\s+phq[- ]?9\s+item\b|\b(?:answered|marked|rated)\s+(?:several\s+days|more\s+than\s+half\s+the\s+days|nearly\s+every\s+day)\s+(?:to|on|for)\s+the\s+phq[- ]?9\s+(?:question|item)`,
  ),
  T('phq9-item9', String.raw`\bitem\s+(?:9|nine)\s+was\s+0\s+[^;]{0,30};\s*[123]\s+(?:today|now|this\s+visit)`),
  // ------------------------------------------------------------ a family history of suicide
  T(
    'family-history',
    String.raw`\b(?:family\s+(?:history|hx)|fhx|fh|f\/h)(?![^.;]{0,15}\b(?:negative|neg|denied|denies|none|no|non-?contributory|unremarkable)\b)\s*(?:of\s+|significant\s+for\s+|positive\s+for\s+|\+\s*|:\s*\+?\s*|includes?\s+|[:|]\s*suicide\s*[:]\s*)?${gap(3)}(?:completed\s+)?(?:suicides?|suicide\s+attempts?|attempted\s+suicide|death\s+by\s+suicide)\b|\bfamily\s+hx\s*:\s*suicide\b`,
  ),
  T(
    'family-history',
    String.raw`\b${RELATIVE_BARE}\s+${gap(4)}${SUICIDE_DEATH}(?!\s+(?:prevention|hotline|lifeline|risk|awareness|training))\b|\blost\s+${gap(1)}(?:\w+\s+)?${RELATIVE}\s+to\s+suicide\b|\b${RELATIVE}'s\s+(?:death\s+by\s+)?suicide\b|\bsuicide\s*[:(]\s*${gap(1)}${RELATIVE}\b`,
  ),
];

export { SELF };
