// Is a step the clinician's work rather than the client's? A step is what the
// client will do or reach; what the clinician does (teach, assess, provide
// psychoeducation, review the safety plan with the client) is a method. Read
// from the words a supervisor reads: the clinician as the subject, the client
// as the object of a clinician's verb ("teach client", "with the client"), the
// client as the one something is done to ("will be taught", "will receive
// psychoeducation"), a service only a clinician gives ("provide CBT",
// "administer the GAD-7"), or the clinician's own assessment ("a risk check",
// "a danger assessment"). A step the client does with or for someone else
// ("teach her daughter one calming skill", "tell the therapist about an urge")
// is the client's. Used by step-is-clinician-action and the module review test.

import { withoutTargetDates } from '../plan/dates';
import { memoize } from '../base/memo';
import { CLINICIAN_SUBJECT, stepBody } from './steps';

const CLIENT = String.raw`(?:the\s+)?(?:client|patient|pt|consumer|member)(?:'s|\u2019s)?`;
// Who is taught or helped in a family or couple plan: the clients together.
const CLIENTS = String.raw`(?:${CLIENT}|the\s+(?:family|couple|parents|partners))`;

// A clinician's verb with the client as its object: "teach client", "monitor client's mood".
const ON_CLIENT = new RegExp(
  String.raw`^(?:teach|educate|provide|give|offer|assist|help|support|encourage|remind|coach|guide|refer|monitor|assess|evaluate|screen|observe|praise|reinforce|validate|challenge|prompt|instruct|train|meet with|check (?:in )?(?:with|on)|engage|link|connect)\s+${CLIENTS}\b`,
  'i',
);
// Something done with the client: the clinician's side of a session ("review the safety plan with the client").
const WITH_CLIENT = new RegExp(String.raw`\bwith\s+${CLIENT}(?![\w-])`, 'i');
// The client as the one something is done to.
const DONE_TO =
  /^(?:be\s+(?:taught|educated|provided|given|offered|referred|assessed|evaluated|monitored|screened|helped|assisted|coached|seen)|receive\s+(?:(?:\w+\s+){0,2}(?:psychoeducation|education|therapy|counsell?ing|CBT|DBT|EMDR|support|sessions|services|treatment|medication management|case management|referrals?)))\b/i;
// Services only a clinician gives, or a measure a clinician administers.
const SERVICE =
  /^(?:provide|deliver|offer|conduct|facilitate|administer|psychoeducate|refer)\b(?:(?!\b(?:care|rides?|childcare|meals?|dinner|help for|for her|for his|for their)\b).)*?\b(?:psychoeducation|education|therapy|counsell?ing|CBT|DBT|EMDR|TF-CBT|motivational interviewing|sessions?|assessment|evaluation|screening|exam(?:ination)?|(?:[A-Z][A-Z0-9]*-\d+|C-SSRS|GAD-7|PHQ-9)|to\s+(?:a|an|the)\s+\w+)\b|^(?:psychoeducate|refer)\b/i;
// The clinician's own assessment: of risk, of mental state, or "the assessment" itself.
const ASSESSMENT =
  /\b(?:(?:suicide|suicidal|violence|lethality|homicide)\s+)?(?:risk\s+(?:check|assessment|screen(?:ing)?|review)|danger assessment|lethality assessment|safety (?:check|screen(?:ing)?)|mental status exam(?:ination)?|suicide (?:assessment|screen(?:ing)?)|risk assessments?)\b|^(?:complete|finish|do|undergo)\s+(?:the|an?)\s+(?:\w+\s+)?(?:assessment|evaluation)\b(?!\s+forms?\b)/i;

/** The words that show a step is the clinician's work ("Therapist will", "teach client", "a risk check"), or undefined. */
export const clinicianAction = memoize((text: string): string | undefined => {
  const raw = withoutTargetDates(text).trim();
  const subject = CLINICIAN_SUBJECT.exec(raw);
  if (subject) return subject[0].trim();
  const body = stepBody(text);
  for (const re of [ON_CLIENT, DONE_TO, SERVICE, ASSESSMENT, WITH_CLIENT]) {
    const m = re.exec(body);
    if (m) return m[0].trim();
  }
  return undefined;
}, 8_000);
