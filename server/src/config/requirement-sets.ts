// `requirementSets:` in `.planrc.yaml`: a practice's own sets (another
// Medicare contractor's LCD, a program's policy), each requirement with the
// rule that checks it and the source it comes from, as the built-in sets are.
// Read from `yaml`'s tree; every problem is an error with its place, never a
// throw.

import { isMap, isScalar, isSeq, type Node as YamlNode, type Pair } from 'yaml';
import { RULE_SETTINGS } from '../base/diagnostic';
import type { DiagnosticSeverity } from '../base/diagnostic';
import { SIGNATURE_METHODS, SIGNATURE_ROLES, type SignatureMethod, type SignatureRole } from '../base/values';
import type { Requirement, RequirementSet, Signer } from '../requirements/types';

type Report = (node: unknown, key: string, message: string) => void;

const SEVERITIES = RULE_SETTINGS.filter((s) => s !== 'off') as DiagnosticSeverity[];

function text(node: unknown): string | undefined {
  return isScalar(node) && (typeof node.value === 'string' || typeof node.value === 'number')
    ? String(node.value).trim() || undefined
    : undefined;
}

function fieldsOf(node: unknown): Map<string, YamlNode | null> {
  const out = new Map<string, YamlNode | null>();
  if (isMap(node))
    for (const p of node.items as Pair[]) if (isScalar(p.key)) out.set(String(p.key.value), p.value as YamlNode | null);
  return out;
}

function words(node: unknown): string[] {
  return (isSeq(node) ? node.items : [node]).map(text).filter((w): w is string => !!w);
}

/** The sets a config defines; `taken` are the ids already in use (the built-in sets'). */
export function readRequirementSets(
  value: unknown,
  ruleIds: readonly string[],
  taken: readonly string[],
  report: Report,
): RequirementSet[] {
  const out: RequirementSet[] = [];
  if (!isSeq(value)) {
    report(
      value,
      'requirementSets',
      '`requirementSets` should be a list of sets, each with an id, a name and requirements',
    );
    return out;
  }
  for (const item of value.items) {
    const set = readSet(item, ruleIds, [...taken, ...out.map((s) => s.id)], report);
    if (set) out.push(set);
  }
  return out;
}

/** One set; undefined when its id, its name or every requirement is missing or wrong (each reported). */
function readSet(
  item: unknown,
  ruleIds: readonly string[],
  taken: readonly string[],
  report: Report,
): RequirementSet | undefined {
  const f = fieldsOf(item);
  const id = text(f.get('id'));
  const key = `requirementSets.${id ?? '?'}`;
  if (!isMap(item) || !id || !/^[a-z][a-z0-9-]*$/.test(id)) {
    report(item, 'requirementSets', 'each set needs an `id` of lowercase letters, digits and hyphens (e.g. `my-mac`)');
    return undefined;
  }
  if (taken.includes(id)) {
    report(f.get('id'), key, `the id \`${id}\` is taken: a set of your own needs an id of its own`);
    return undefined;
  }
  const name = text(f.get('name'));
  if (!name) report(item, key, 'the set needs a `name` (the document it follows, e.g. the LCD and its contractor)');
  const list = f.get('requirements');
  if (!isSeq(list) || list.items.length === 0)
    report(list ?? item, key, 'the set needs `requirements`: a list of what it asks');
  const requirements: Requirement[] = [];
  for (const r of isSeq(list) ? list.items : []) {
    const requirement = readRequirement(r, key, ruleIds, report);
    if (requirement) requirements.push(requirement);
  }
  const signers: Signer[] = [];
  for (const s of isSeq(f.get('signers')) ? (f.get('signers') as { items: unknown[] }).items : []) {
    const signer = readSigner(s, key, report);
    if (signer) signers.push(signer);
  }
  if (signers.length > 0 && !requirements.some((r) => r.rule === 'signature-required'))
    report(
      f.get('signers'),
      key,
      'the set names signers: add the requirement they answer, with `rule: signature-required` and its source',
    );
  if (!name || requirements.length === 0) return undefined;
  return { id, name, summary: text(f.get('summary')) ?? name, kind: 'source', signers, requirements };
}

/** One requirement: what it asks, the rule that checks it, at what severity, from which source. */
function readRequirement(r: unknown, key: string, ruleIds: readonly string[], report: Report): Requirement | undefined {
  const rf = fieldsOf(r);
  const [what, rule, severity, source] = ['what', 'rule', 'severity', 'source'].map((k) => text(rf.get(k)));
  if (!what || !rule || !severity || !source) {
    report(r, key, 'each requirement needs `what`, `rule`, `severity` and `source` (document, section, year)');
    return undefined;
  }
  if (!ruleIds.includes(rule)) {
    report(rf.get('rule'), key, `unknown rule \`${rule}\``);
    return undefined;
  }
  if (!(SEVERITIES as string[]).includes(severity)) {
    report(rf.get('severity'), key, `\`severity\` should be one of ${SEVERITIES.join(', ')}, not \`${severity}\``);
    return undefined;
  }
  const says = text(rf.get('says'));
  const fields = rf.has('fields') ? words(rf.get('fields')) : undefined;
  return {
    what,
    rule,
    severity: severity as DiagnosticSeverity,
    source,
    says: says ?? '(the source’s words are not given in the config)',
    ...(fields ? { fields } : {}),
  };
}

/** One signer: the roles that may sign, and the methods if the set names them. */
function readSigner(s: unknown, key: string, report: Report): Signer | undefined {
  const sf = fieldsOf(s);
  const roles = words(sf.get('roles'));
  const methods = sf.has('methods') ? words(sf.get('methods')) : undefined;
  const bad = [
    ...roles.filter((r) => !(SIGNATURE_ROLES as readonly string[]).includes(r)),
    ...(methods ?? []).filter((m) => !(SIGNATURE_METHODS as readonly string[]).includes(m)),
  ];
  if (roles.length === 0 || bad.length > 0) {
    report(
      s,
      key,
      `each signer needs \`roles\` (${SIGNATURE_ROLES.join(', ')}) and may name \`methods\` (${SIGNATURE_METHODS.join(', ')})`,
    );
    return undefined;
  }
  return { roles: roles as SignatureRole[], ...(methods ? { methods: methods as SignatureMethod[] } : {}) };
}
