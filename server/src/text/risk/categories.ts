// The categories of risk the reader finds, after the Columbia Suicide Severity
// Rating Scale (Posner et al., Am J Psychiatry 168(12):1266-1277, 2011: wish to
// be dead, active ideation, method, intent, plan, preparatory acts, actual,
// interrupted and aborted attempts, non-suicidal self-injury) and lethal-means
// counselling (access to firearms and to large amounts of medication), with
// thoughts of harming others, PHQ-9 item 9 and a family history of suicide.

export type RiskCategory =
  | 'wish-to-die'
  | 'suicidal-ideation'
  | 'method'
  | 'intent'
  | 'plan'
  | 'preparatory-act'
  | 'attempt'
  | 'self-injury'
  | 'harm-to-others'
  | 'firearm-access'
  | 'medication-access'
  | 'phq9-item9'
  | 'family-history'
  // Only from a problem's module: the opioid-use module, a risk of overdose.
  | 'overdose-risk';

export const RISK_CATEGORIES: readonly RiskCategory[] = [
  'wish-to-die',
  'suicidal-ideation',
  'method',
  'intent',
  'plan',
  'preparatory-act',
  'attempt',
  'self-injury',
  'harm-to-others',
  'firearm-access',
  'medication-access',
  'phq9-item9',
  'family-history',
  'overdose-risk',
];

/** The category in a message: "line 12 'saving up his sleeping pills': a preparatory act". */
export const CATEGORY_NAMES: Readonly<Record<RiskCategory, string>> = {
  'wish-to-die': 'a wish to be dead',
  'suicidal-ideation': 'suicidal thoughts',
  method: 'suicidal thoughts with a method',
  intent: 'suicidal intent',
  plan: 'a suicide plan',
  'preparatory-act': 'a preparatory act',
  attempt: 'a suicide attempt',
  'self-injury': 'self-injury',
  'harm-to-others': 'harm to others (a thought, threat or act)',
  'firearm-access': 'access to a firearm',
  'medication-access': 'stockpiled medication',
  'phq9-item9': 'PHQ-9 item 9 endorsed',
  'family-history': 'a family history of suicide',
  'overdose-risk': 'a risk of overdose',
};

/**
 * Categories that, when current, contradict a documented `risk: none` or
 * `low`: a plan, intent, preparatory act, attempt or self-injury (the C-SSRS
 * behaviours and the ideation items it rates most severe).
 */
export const CONTRADICTING: readonly RiskCategory[] = ['intent', 'plan', 'preparatory-act', 'attempt', 'self-injury'];
