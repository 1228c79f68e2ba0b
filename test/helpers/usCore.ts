// The US Core profiles the FHIR export claims, checked as a validator that
// resolves references would: each resource that claims a profile has the
// profile's mandatory elements and keeps its invariants, and each reference
// to a Patient lands on one that meets US Core Patient. Written from the US
// Core 6.1.0 and 7.0.0 StructureDefinitions (hl7.org/fhir/us/core, STU6.1 and
// STU7): the mandatory elements (min 1) and required bindings of Patient,
// CarePlan, Goal and Condition Problems and Health Concerns are the same in
// both for what the export sends.

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

export const US_CORE = 'http://hl7.org/fhir/us/core/StructureDefinition/';
const DATA_ABSENT = 'http://hl7.org/fhir/StructureDefinition/data-absent-reason';
/** FHIR R4 value sets bound `required` (the codes of each). */
const GENDER = ['male', 'female', 'other', 'unknown'];
const GOAL_LIFECYCLE = [
  'proposed',
  'planned',
  'accepted',
  'active',
  'on-hold',
  'completed',
  'cancelled',
  'entered-in-error',
  'rejected',
];
const REQUEST_STATUS = ['draft', 'active', 'on-hold', 'revoked', 'completed', 'entered-in-error', 'unknown'];
const CARE_PLAN_INTENT = ['proposal', 'plan', 'order', 'option'];
const DATA_ABSENT_CODES = ['unknown', 'asked-unknown', 'temp-unknown', 'not-asked', 'asked-declined', 'masked'];

const claims = (r: Json, name: string) => (r.meta?.profile ?? []).includes(`${US_CORE}${name}`);
const hasCoding = (concept: Json | undefined, system: string, codes: readonly string[]) =>
  (concept?.coding ?? []).some((c: Json) => c.system === system && codes.includes(c.code));

/** What keeps a Bundle's resources from meeting the US Core profiles they claim, as readable lines. */
export function usCoreProblems(bundle: Json): string[] {
  const problems: string[] = [];
  const byUrl = new Map<string, Json>((bundle.entry ?? []).map((e: Json) => [e.fullUrl, e.resource]));
  const fail = (r: Json, what: string) => problems.push(`${r.resourceType}/${r.id}: ${what}`);
  const usCorePatient = (r: Json, ref: Json | undefined) => {
    const target = ref?.reference ? byUrl.get(ref.reference) : undefined;
    if (target?.resourceType !== 'Patient') fail(r, `subject ${ref?.reference} is not a Patient of the Bundle`);
    else if (!claims(target, 'us-core-patient')) fail(r, 'subject is a Patient that does not claim US Core Patient');
  };
  for (const r of byUrl.values()) {
    if (claims(r, 'us-core-patient')) {
      // identifier 1..* with system and value; name 1..* (us-core-6); gender 1..1, required binding.
      const ids: Json[] = r.identifier ?? [];
      if (ids.length === 0 || ids.some((i) => !i.system || !i.value)) fail(r, 'identifier (system and value) missing');
      const names: Json[] = r.name ?? [];
      if (names.length === 0) fail(r, 'no name');
      for (const n of names) {
        const given = (n.family ?? '') !== '' || (n.given ?? []).length > 0;
        const absent = (n.extension ?? []).filter((e: Json) => e.url === DATA_ABSENT);
        // us-core-6: (family.exists() or given.exists()) xor data-absent-reason.exists()
        if (given === absent.length > 0) fail(r, 'name breaks us-core-6 (a name or a data-absent-reason, one of them)');
        for (const e of absent)
          if (!DATA_ABSENT_CODES.includes(e.valueCode)) fail(r, `data-absent-reason ${e.valueCode}`);
      }
      if (!GENDER.includes(r.gender)) fail(r, `gender ${r.gender} is not an administrative gender`);
    }
    if (claims(r, 'us-core-careplan')) {
      // text 1..1 (status generated | additional), status, intent, category assess-plan 1..1, subject.
      if (!['generated', 'additional'].includes(r.text?.status)) fail(r, 'text.status');
      if (!/<div[^>]*>.*\S.*<\/div>$/s.test(r.text?.div ?? '')) fail(r, 'text.div empty');
      if (!REQUEST_STATUS.includes(r.status)) fail(r, `status ${r.status}`);
      if (!CARE_PLAN_INTENT.includes(r.intent)) fail(r, `intent ${r.intent}`);
      const assess = (r.category ?? []).filter((c: Json) =>
        hasCoding(c, 'http://hl7.org/fhir/us/core/CodeSystem/careplan-category', ['assess-plan']),
      );
      if (assess.length !== 1) fail(r, 'category assess-plan (1..1)');
      usCorePatient(r, r.subject);
      // A plan that is over does not keep goals going (what a reader of the Bundle would take them for).
      if (['revoked', 'completed'].includes(r.status))
        for (const g of r.goal ?? [])
          if (byUrl.get(g.reference)?.lifecycleStatus === 'active') fail(r, `is ${r.status} but its goal is active`);
    }
    if (claims(r, 'us-core-goal')) {
      // lifecycleStatus 1..1, description 1..1, subject 1..1; a start date or a target date (must support one).
      if (!GOAL_LIFECYCLE.includes(r.lifecycleStatus)) fail(r, `lifecycleStatus ${r.lifecycleStatus}`);
      if (!r.description?.text?.trim() && !(r.description?.coding ?? []).length) fail(r, 'no description');
      usCorePatient(r, r.subject);
      if (!r.startDate && !(r.target ?? []).some((t: Json) => t.dueDate)) fail(r, 'neither startDate nor a dueDate');
    }
    if (claims(r, 'us-core-condition-problems-health-concerns')) {
      // category 1..* with problem-list-item or health-concern; code 1..1; subject 1..1; con-3, con-5.
      const system = 'http://terminology.hl7.org/CodeSystem/condition-category';
      if (!(r.category ?? []).some((c: Json) => hasCoding(c, system, ['problem-list-item', 'health-concern'])))
        fail(r, 'category problem-list-item or health-concern');
      if (!r.code?.text?.trim() && !(r.code?.coding ?? []).length) fail(r, 'no code');
      for (const c of r.code?.coding ?? [])
        if (c.system === 'http://hl7.org/fhir/sid/icd-10-cm' && !/^[A-Z][0-9][0-9A-Z](\.[0-9A-Z]{1,4})?$/.test(c.code))
          fail(r, `${c.code} is not written as ICD-10-CM`);
      usCorePatient(r, r.subject);
      const clinical = r.clinicalStatus?.coding?.[0]?.code;
      const verified = r.verificationStatus?.coding?.[0]?.code;
      if (verified !== 'entered-in-error' && !clinical) fail(r, 'con-3: a problem-list item needs its clinicalStatus');
      if (verified === 'entered-in-error' && clinical) fail(r, 'con-5');
    }
  }
  return problems;
}
