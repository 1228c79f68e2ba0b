// The requirement sets: each says only what its source says, names it, and
// turns on the rules that check it; the product's own recommendations live in
// a set of their own.
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../server/src/config/config';
import { lint } from '../../server/src/lint/lint';
import { parsePlan } from '../../server/src/plan/parsePlan';
import { REQUIREMENT_SETS } from '../../server/src/requirements/sets';
import { RULE_IDS } from '../../server/src/rules';
import { runCli, workspace } from '../helpers/cli';

const INFORMAL =
  '---\nclient: J.D.\nclinician: A. Rivera, LPC\ncreated: 2026-11-02\nstyle: informal\n---\n\n## Problem: Grief\n\n### Goal: Live with the loss\n\n#### Steps\n\n- [ ] Walk daily\n\n#### Methods\n\n- Grief counseling\n';

describe('requirement sets', () => {
  it('are listed and shown with their sources and their words; an unknown one is named with the known ones', () => {
    const dir = workspace();
    expect(runCli(['requirements', 'list'], dir).stdout).toBe(
      [
        'medicare          Medicare: NGS LCD L33632 (psychotherapy)',
        'carf              CARF (person-centered plan, 2.C)',
        'joint-commission  Joint Commission (behavioral health care)',
        'recommended       Treatment Plan Markdown’s recommendations (the product’s own)',
        '',
      ].join('\n'),
    );
    const carf = runCli(['requirements', 'show', 'carf'], dir).stdout;
    expect(carf).toContain("Signatures asked for: the client's or guardian's\n");
    expect(carf).toContain('rule plan-shared (warning)');
    expect(carf).toContain(
      'source: CARF Behavioral Health Standards Manual, Standard 2.C Person-Centered Plan (as reproduced in public surveyor material, albertakids.com), 2.C.1.f',
    );
    expect(carf).toContain('says: The plan is "provided to the person served, when applicable".');
    const ours = runCli(['requirements', 'show', 'recommended'], dir).stdout;
    expect(ours).toContain("These are the product's own recommendations, not a payer's or an accreditor's.");
    expect(runCli(['requirements', 'show', 'medicaid'], dir)).toMatchObject({
      code: 2,
      stderr: "tplan: no requirement set 'medicaid' (known sets: medicare, carf, joint-commission, recommended)\n",
    });
  });

  it('say only what their sources say: every requirement names a source and its words', () => {
    for (const set of REQUIREMENT_SETS)
      for (const r of set.requirements) {
        expect(r.source, `${set.id} ${r.rule}`).toMatch(/\w/);
        expect(r.says, `${set.id} ${r.rule}`).toMatch(/\w/);
        expect(RULE_IDS, `${set.id}`).toContain(r.rule);
        // A payer's or accreditor's set cites a text; the product's own cites itself.
        if (set.kind === 'product') expect(r.source).toContain('own recommendation');
        else expect(r.source).not.toContain('Treatment Plan Markdown');
        // The audit records; it never says a signature was verified or shown.
        expect(r.what).not.toMatch(/\b(verif|shown by)/i);
      }
    const medicare = REQUIREMENT_SETS.find((s) => s.id === 'medicare')!;
    // Neither the CERT article nor the NGS page asks for these: they are the product's.
    expect(medicare.requirements.map((r) => r.rule)).not.toContain('diagnosis-linked');
    expect(medicare.requirements.map((r) => r.rule)).not.toContain('step-measurable');
    expect(medicare.summary).toContain('National Government Services');
    expect(medicare.summary).toContain('Other contractors publish their own LCDs');
  });

  it('turn rules on from the config, and the frontmatter wins', () => {
    const { config, errors } = parseConfig('requirements: [medicare, carfs]\n', '/w/.planrc.yaml', RULE_IDS);
    expect(config.requirements).toEqual(['medicare']);
    expect(errors.map((e) => e.message)).toEqual([
      "unknown requirement set 'carfs': did you mean 'carf'? (known sets: medicare, carf, joint-commission, recommended)",
    ]);
    const rules = (text: string) =>
      [...new Set(lint(parsePlan(text), { today: '2026-11-29', config }).map((d) => `${d.rule} ${d.severity}`))].sort();
    // NGS's texts ask for services, diagnoses, the plan's duration and the clinician's signature even of an informal plan.
    expect(rules(INFORMAL)).toEqual([
      'course-length warning',
      'frontmatter-required error',
      'services-required error',
      'signature-required error',
    ]);
    // The plan's own `requirements:` wins over the config's.
    expect(rules(INFORMAL.replace('style: informal', 'style: informal\nrequirements: [carf]'))).toEqual([
      'discharge-criteria warning',
      'goal-client-words warning',
      'plan-shared warning',
      'services-required error',
      'signature-required error',
      'strengths-required error',
    ]);
    // The Joint Commission asks for strengths, the client's words, discharge criteria and a risk screen; no signature.
    expect(rules(INFORMAL.replace('style: informal', 'style: informal\nrequirements: [joint-commission]'))).toEqual([
      'discharge-criteria error',
      'goal-client-words warning',
      'risk-screen error',
      'strengths-required error',
    ]);
    // The product's recommendations, labelled as its own.
    expect(rules(INFORMAL.replace('style: informal', 'style: informal\nrequirements: [recommended]'))).toEqual([
      'course-length warning',
      'diagnosis-linked warning',
    ]);
    // A set the format does not know is frontmatter-type's.
    const unknown = lint(parsePlan(INFORMAL.replace('style: informal', 'requirements: [medicaid]')), {
      today: '2026-11-29',
    });
    expect(unknown.filter((d) => d.rule === 'frontmatter-type').map((d) => d.message)).toEqual([
      expect.stringContaining("one of 'medicare', 'carf', 'joint-commission', 'recommended'"),
    ]);
  });

  it('ask for a session length only where the source does', () => {
    const services = (sets: string) =>
      lint(
        parsePlan(
          INFORMAL.replace(
            'style: informal',
            `requirements: [${sets}]\nservices:\n  - modality: individual psychotherapy\n    frequency: weekly`,
          ),
        ),
        { today: '2026-11-29' },
      )
        .filter((d) => d.rule === 'services-required')
        .map((d) => d.message);
    expect(services('carf')).toEqual([]);
    expect(services('medicare')).toEqual([
      "Service 'individual psychotherapy' has no 'duration': say what care is given, how often and for how long.",
    ]);
  });
});

describe('a set of your own, in the config', () => {
  const CONFIG = `requirements: [my-mac]
requirementSets:
  - id: my-mac
    name: "Medicare: my contractor's LCD (psychotherapy)"
    summary: What my contractor's LCD asks of a psychotherapy plan.
    signers:
      - roles: [clinician]
        methods: [electronic, wet-ink]
    requirements:
      - what: Services with their type, amount, frequency and duration
        rule: services-required
        severity: error
        source: LCD L99999, Documentation Requirements (revision effective 2025-01-01)
        says: The plan states the type, amount, frequency and duration of services.
      - what: The clinician's signature, electronic or handwritten
        rule: signature-required
        severity: error
        source: LCD L99999, Documentation Requirements (revision effective 2025-01-01)
`;

  it('is read, named in requirements (even above it), and checked, listed and audited like the built-in ones', () => {
    const dir = workspace({ '.planrc.yaml': CONFIG, 'p.plan.md': INFORMAL });
    expect(runCli(['requirements', 'list'], dir).stdout).toContain(
      "my-mac            Medicare: my contractor's LCD (psychotherapy)  (from the config)\n",
    );
    expect(runCli(['requirements', 'show', 'my-mac'], dir).stdout).toContain(
      '  source: LCD L99999, Documentation Requirements (revision effective 2025-01-01)\n  says: The plan states the type, amount, frequency and duration of services.',
    );
    const lintJson = JSON.parse(runCli(['lint', '--format', 'json', 'p.plan.md'], dir).stdout)[0];
    expect(lintJson.diagnostics.map((d: { rule: string }) => d.rule)).toEqual([
      'services-required',
      'signature-required',
    ]);
    expect(runCli(['audit', 'p.plan.md'], dir).stdout).toContain(
      '✗ 2 not met: my-mac services-required [1], my-mac signature-required [1] · not ready to share',
    );
  });

  it('is refused, with its place, when it cannot be what it says', () => {
    const bad = (text: string) =>
      parseConfig(text, '/w/.planrc.yaml', RULE_IDS).errors.map((e) => `${e.line} ${e.key}: ${e.message}`);
    expect(bad('requirementSets: medicare\n')).toEqual([
      "1 requirementSets: 'requirementSets' should be a list of sets, each with an id, a name and requirements",
    ]);
    expect(
      bad(
        'requirementSets:\n  - id: carf\n    name: Mine\n    requirements: []\n  - id: Mine!\n  - id: ok\n    name: OK\n    requirements:\n      - what: X\n        rule: step-measurabel\n        severity: error\n        source: S\n      - what: Y\n        rule: services-required\n        severity: fatal\n        source: S\n      - what: Z\n        rule: services-required\n',
      ),
    ).toEqual([
      "2 requirementSets.carf: the id 'carf' is taken: a set of your own needs an id of its own",
      "5 requirementSets: each set needs an 'id' of lowercase letters, digits and hyphens (e.g. 'my-mac')",
      "10 requirementSets.ok: unknown rule 'step-measurabel'",
      "15 requirementSets.ok: 'severity' should be one of error, warning, information, hint, not 'fatal'",
      "17 requirementSets.ok: each requirement needs 'what', 'rule', 'severity' and 'source' (document, section, year)",
    ]);
    expect(
      bad(
        'requirementSets:\n  - id: mine\n    name: Mine\n    signers:\n      - roles: [clinician]\n    requirements:\n      - what: X\n        rule: services-required\n        severity: error\n        source: S\n',
      ),
    ).toEqual([
      "5 requirementSets.mine: the set names signers: add the requirement they answer, with 'rule: signature-required' and its source",
    ]);
    expect(bad('requirements: [mine]\n')).toEqual([
      "1 requirements: unknown requirement set 'mine' (known sets: medicare, carf, joint-commission, recommended)",
    ]);
  });
});
