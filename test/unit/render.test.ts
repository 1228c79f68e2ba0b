import { readFileSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import Ajv from 'ajv';
import { Fhir } from 'fhir';
import { describe, expect, it } from 'vitest';
import { toFhir } from '../../server/src/export/fhir';
import { toJson } from '../../server/src/export/json';
import { lint } from '../../server/src/lint/lint';
import { readinessOf } from '../../server/src/lint/readiness';
import { parsePlan } from '../../server/src/plan/parsePlan';
import { renderBody, renderHtml } from '../../server/src/render/html';
import { generatePlan } from '../helpers/generate';
import { CARF_PLAN, CARF_PLAN_NO_DISCHARGE } from '../helpers/plans';
import { auditPlan } from '../../server/src/features/audit';
import { defaultConfig } from '../../server/src/config/config';
import { ROOT, testLibrary } from '../helpers/library';
import { REQUIREMENT_SET_IDS } from '../../server/src/requirements/sets';
import { SIGNATURE_ROLES } from '../../server/src/base/values';

const library = testLibrary();
const examples = readdirSync(path.join(ROOT, 'examples'))
  .filter((f) => f.endsWith('.md'))
  .sort()
  .map((f) => ({ name: f, text: readFileSync(path.join(ROOT, 'examples', f), 'utf8') }));
type Json = Record<string, any>;

describe('renderHtml', () => {
  it('after an edit renders again only the edited problem, and renders the same as afresh', () => {
    const text = generatePlan(8, 4);
    const before = parsePlan(text);
    const after = parsePlan(text.replace('### Goal: Goal 2.1', '### Goal: Goal 2.1 edited'), { previous: before });
    const options = { mode: 'preview' as const, today: '2026-11-28', library };
    const sectionsOf = (plan: typeof before) =>
      (
        renderBody(plan, options).children[0] as { children: Array<{ properties?: { className?: string[] } }> }
      ).children.filter((c) => c.properties?.className?.includes('problem'));
    const [a, b] = [sectionsOf(before), sectionsOf(after)];
    expect(b).toHaveLength(8);
    expect(b[1]).not.toBe(a[1]);
    [0, 2, 3, 4, 5, 6, 7].forEach((i) => expect(b[i]).toBe(a[i]));
    expect(renderHtml(after, options)).toBe(renderHtml(parsePlan(after.text), options));
    expect(renderHtml(after, options)).toContain('Goal 2.1 edited');
    // Another day renders afresh: overdue marks depend on it.
    expect(sectionsOf(parsePlan(after.text, { previous: after }))[0]).toBe(b[0]);
    expect(
      (renderBody(after, { ...options, today: '2027-06-01' }).children[0] as { children: unknown[] }).children,
    ).not.toContain(b[0]);
  });

  for (const e of examples) {
    it(`renders ${e.name} (snapshot)`, () => {
      expect(renderHtml(parsePlan(e.text), { mode: 'export', today: '2026-11-28', library })).toMatchSnapshot();
    });
  }

  it('shows whether the plan is ready to share at the top: the preview with messages, an export with rules and lines', () => {
    const text =
      '---\nclient: J.D.\nclinician: A. Rivera, LPC\ncreated: 2026-11-02\nmood: low\n---\n\n## Problem: Depression\n\n### Goal: Return to work\n\n#### Steps\n\n- [ ] Work TBD days a week\n\n#### Methods\n\n- Behavioral activation\n';
    const plan = parsePlan(text);
    const diagnostics = lint(plan, { today: '2026-11-28', library });
    const preview = renderHtml(plan, { mode: 'preview', today: '2026-11-28', library, diagnostics });
    const top = /<main class="plan">(<aside class="readiness not-ready">.*?<\/aside>)/.exec(preview)?.[1] ?? '';
    expect(top).toContain('<h2>Not ready to share: 1 problem</h2>');
    // The preview lists the warning too, with the messages the editor shows.
    expect(top).toContain('line 14: This marks something still to fill in');
    expect(top).toContain('<code>frontmatter-unknown-key</code>');
    const exported = renderHtml(plan, {
      mode: 'export',
      today: '2026-11-28',
      library,
      readiness: readinessOf(diagnostics),
    });
    expect(exported).toContain(
      '<main class="plan"><aside class="readiness not-ready" role="note"><strong>Not ready to share: 1 problem</strong> (placeholder on line 14). Exported with 1 error.</aside>',
    );
    expect(exported).not.toContain('still to fill in');
    // Fixed, the preview says it is ready (with the warning worth a look), and an export says nothing.
    const ready = parsePlan(text.replace('TBD', '3'));
    const after = lint(ready, { today: '2026-11-28', library });
    expect(renderHtml(ready, { mode: 'preview', today: '2026-11-28', library, diagnostics: after })).toContain(
      '<aside class="readiness ready"><h2>Ready to share (1 warning worth a look)</h2>',
    );
    expect(
      renderHtml(ready, { mode: 'export', today: '2026-11-28', library, readiness: readinessOf(after) }),
    ).not.toContain('class="readiness');
  });

  it('marks every element with the line it came from, and shows progress and overdue steps', () => {
    const text = examples.find((e) => e.name.startsWith('formal'))!.text;
    const html = renderHtml(parsePlan(text), { mode: 'export', today: '2027-01-10', library });
    const lines = text.split('\n');
    for (const m of html.matchAll(/<li class="step[^"]*" data-line="(\d+)"/g))
      expect(lines[Number(m[1])]).toMatch(/^- \[[ x]\] /);
    expect(html).toContain('1 of 3 steps met');
    expect(html).toMatch(/class="step open overdue" data-line="\d+"[^]*?overdue since <time datetime="2027-01-08">/);
    expect(html).toContain('<td>F33.1</td><td>Major depressive disorder, recurrent, moderate</td>');
    expect(html).not.toContain('<script');
  });

  it("heads a problem and a goal with the clinician's numbers, where they wrote them", () => {
    const text = '## Problem 2: Grief\n\n### Goal #1: Live with the loss\n\n### Goal: Sleep\n';
    const html = renderHtml(parsePlan(text), { mode: 'export', today: '2026-11-29', library });
    expect(html).toContain('<h2 data-line="0">Problem 2: Grief</h2>');
    expect(html).toContain('<h3 data-line="2">Goal #1: Live with the loss</h3>');
    expect(html).toContain('<h3 data-line="4">Goal: Sleep</h3>');
  });

  it("shows a goal's client words under its heading, as text", () => {
    const text =
      '## Problem: Grief\n\n### Goal: Live with the loss\n\n> "I want to talk about <b>Mum</b> without falling apart."\n\n#### Steps\n\n- [ ] Walk daily\n';
    const html = renderHtml(parsePlan(text), { mode: 'export', today: '2026-11-29', library });
    expect(html).toContain(
      '<blockquote class="client-words" data-line="4">"I want to talk about &#x3C;b>Mum&#x3C;/b> without falling apart."</blockquote>',
    );
  });

  it('shows the requirement checklist as a collapsed panel, and nothing without a set', () => {
    const text = CARF_PLAN_NO_DISCHARGE;
    const plan = parsePlan(text);
    const config = defaultConfig();
    const diagnostics = lint(plan, { today: '2026-11-29', library, config });
    const html = renderHtml(plan, {
      mode: 'preview',
      today: '2026-11-29',
      library,
      diagnostics,
      audit: auditPlan(plan, config, diagnostics),
    });
    expect(html).toContain('<details class="requirements not-met"><summary>Requirements: 2 not met</summary>');
    expect(html).toMatch(
      /<li class="not-met" title="CARF[^"]*"><span class="mark">✗<\/span> Conditions for transition to other services, when applicable<span class="lines"> line 5<\/span><\/li>/,
    );
    const none = parsePlan(text.replace('requirements: [carf]\n', ''));
    const quiet = renderHtml(none, {
      mode: 'preview',
      today: '2026-11-29',
      library,
      audit: auditPlan(none, config, []),
    });
    expect(quiet).not.toContain('<details class="requirements');
  });

  it('lists the sign-off as recorded, the superseded signatures kept, and says when the plan changed since', () => {
    const example = examples.find((e) => e.name.startsWith('audit-ready'))!.text;
    const changed = example.replace(
      'Keep the same wake-up time on 6 of 7 days',
      'Keep the same wake-up time on 5 of 7 days',
    );
    for (const mode of ['preview', 'export'] as const) {
      const html = renderHtml(parsePlan(changed), { mode, today: '2026-11-28', library });
      const section = /<section class="sign-off"[\s\S]*?<\/section>/.exec(html)![0];
      expect(section).toContain(
        '<li class="superseded" data-line="34">clinician S. Osei, LMFT: signature recorded (electronic, 2026-08-24); in force 2026-08-24 to 2026-11-22, then superseded</li>',
      );
      expect(section).toContain(
        '<li class="in-force changed-since" data-line="45">clinician S. Osei, LMFT: signature recorded (electronic, 2026-11-23); in force since 2026-11-23; the plan changed since (steps): sign again</li>',
      );
      expect(section).toContain('client R.M.: signature recorded (wet ink, on file, 2026-11-23)');
      expect(section).not.toMatch(/verif|shown/i);
    }
    expect(renderHtml(parsePlan(CARF_PLAN), { mode: 'preview', today: '2026-11-28', library })).not.toContain(
      'class="sign-off"',
    );
    // With no requirement set at all, the preview's banner says the plan is not ready to share.
    const unset = parsePlan(changed.replace('requirements: [medicare, carf, joint-commission]\n', ''));
    const diagnostics = lint(unset, { today: '2026-11-28', library });
    expect(diagnostics.map((d) => d.rule)).toEqual(['signature-stale', 'signature-stale']);
    const preview = renderHtml(unset, { mode: 'preview', today: '2026-11-28', library, diagnostics });
    expect(preview).toContain('<aside class="readiness not-ready"><h2>Not ready to share: 2 problems</h2>');
  });

  it('says an export given its findings is not ready, by rule and line', () => {
    const plan = parsePlan(
      '---\nclient: J.D.\nclinician: A. Rivera\ncreated: 2026-11-02\n---\n\n## Problem: Grief\n\n### Goal: Sleep\n\n#### Steps\n\n- [ ] Sleep 7 hours\n',
    );
    const html = renderHtml(plan, {
      mode: 'export',
      today: '2026-11-28',
      library,
      diagnostics: lint(plan, { today: '2026-11-28', library }),
    });
    expect(html).toContain('<strong>Not ready to share: 1 problem</strong> (goal-has-methods on line 9).');
  });

  it('keeps in-page links working through the sanitizer', () => {
    const plan = parsePlan('---\nclient: J.D.\n---\n\n## Strengths\n\nSee [notes](#notes).\n\n### Notes\n\nText.\n');
    const html = renderHtml(plan, { mode: 'export', today: '2026-11-28' });
    expect(html).toContain('href="#user-content-notes"');
  });
});

describe('FHIR R4 export', () => {
  const fhir = new Fhir();
  for (const e of examples) {
    it(`is a valid R4 collection Bundle for ${e.name}, with US Core's must-support elements`, () => {
      const bundle = toFhir(parsePlan(e.text), library) as Json;
      expect(bundle.type).toBe('collection');
      const result = fhir.validate(bundle);
      expect((result.messages ?? []).filter((m) => String(m.severity) === 'error')).toEqual([]);
      for (const entry of bundle.entry)
        expect(fhir.validate(entry.resource).valid, entry.resource.resourceType).toBe(true);
      const carePlan = bundle.entry[0].resource;
      // US Core CarePlan must-support: text, status, intent, category (assess-plan), subject.
      expect(carePlan).toMatchObject({
        resourceType: 'CarePlan',
        intent: 'plan',
        text: { status: 'generated' },
        subject: { display: expect.any(String) },
      });
      expect(carePlan.category[0].coding[0]).toEqual({
        system: 'http://hl7.org/fhir/us/core/CodeSystem/careplan-category',
        code: 'assess-plan',
      });
      // US Core Goal must-support: lifecycleStatus, description, subject, target.dueDate or startDate.
      const goals = bundle.entry.map((x: Json) => x.resource).filter((r: Json) => r.resourceType === 'Goal');
      expect(goals.length).toBe(carePlan.goal.length);
      for (const g of goals) {
        expect(g.lifecycleStatus).toMatch(/^(active|completed)$/);
        expect(g.description.text).toBeTruthy();
        expect(g.subject.display).toBeTruthy();
        expect(g.startDate ?? g.target?.[0]?.dueDate).toBeTruthy();
      }
    });
  }

  it("gives a goal in the client's own words as expressed by the client, with the words in a note", () => {
    const bundle = toFhir(parsePlan(examples.find((e) => e.name.startsWith('audit-ready'))!.text), library) as Json;
    const resources = bundle.entry.map((x: Json) => x.resource);
    const patient = bundle.entry.find((x: Json) => x.resource.resourceType === 'Patient');
    const worry = resources.find((r: Json) => r.resourceType === 'Goal' && r.expressedBy);
    expect(worry.expressedBy.reference).toBe(patient.fullUrl);
    expect(worry.note).toEqual([
      { text: 'In the client\'s words: "I want to stop spending every evening going over what could go wrong."' },
    ]);
    // A goal without client words is expressed by no one in particular.
    const formal = toFhir(parsePlan(examples.find((e) => e.name.startsWith('formal'))!.text), library) as Json;
    expect(formal.entry.some((x: Json) => x.resource.expressedBy)).toBe(false);
  });

  it('maps steps, measures, met boxes and diagnoses', () => {
    const bundle = toFhir(parsePlan(examples.find((e) => e.name.startsWith('formal'))!.text), library) as Json;
    const resources = bundle.entry.map((x: Json) => x.resource);
    const phq = resources.find(
      (r: Json) => r.resourceType === 'Goal' && r.description.text.startsWith('Score below 10 on the PHQ-9'),
    );
    // The instrument by its LOINC total score, the step's target as a quantity; no score recorded, no outcome.
    expect(phq.target).toEqual([
      {
        measure: {
          coding: [
            {
              system: 'http://loinc.org',
              code: '44261-6',
              display: 'Patient Health Questionnaire 9 item (PHQ-9) total score [Reported]',
            },
          ],
          text: 'Patient Health Questionnaire 9 item (PHQ-9) total score [Reported]',
        },
        detailQuantity: { value: 10, comparator: '<', unit: 'score', system: 'http://unitsofmeasure.org', code: '1' },
        dueDate: '2027-02-01',
      },
    ]);
    expect(phq.outcomeReference).toBeUndefined();
    const log = resources.find(
      (r: Json) => r.resourceType === 'Goal' && r.description.text.startsWith('Keep a daily activity'),
    );
    expect([log.lifecycleStatus, log.achievementStatus.coding[0].code]).toEqual(['completed', 'achieved']);
    const conditions = resources.filter((r: Json) => r.resourceType === 'Condition');
    expect(conditions.map((c: Json) => c.code.coding[0])).toEqual([
      {
        system: 'http://hl7.org/fhir/sid/icd-10-cm',
        code: 'F33.1',
        display: 'Major depressive disorder, recurrent, moderate',
      },
      { system: 'http://hl7.org/fhir/sid/icd-10-cm', code: 'F41.1', display: 'Generalized anxiety disorder' },
    ]);
    expect(phq.addresses).toEqual([
      { reference: bundle.entry.find((x: Json) => x.resource.id === conditions[0].id).fullUrl },
    ]);
    const carePlan = resources[0];
    expect(carePlan.activity[0].detail).toMatchObject({
      status: 'in-progress',
      description: 'Behavioral activation: plan three valued activities each week',
      scheduledString: 'weekly',
    });
    expect(toFhir(parsePlan(examples[0]!.text), library)).toEqual(toFhir(parsePlan(examples[0]!.text), library));
  });
});

describe('JSON export', () => {
  const schema = JSON.parse(readFileSync(path.join(ROOT, 'schemas', 'plan.schema.json'), 'utf8'));
  const validate = new Ajv({ allErrors: true }).compile(schema);
  for (const e of examples) {
    it(`matches schemas/plan.schema.json for ${e.name}`, () => {
      const json = toJson(parsePlan(e.text));
      expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
    });
  }
  it('is valid for an empty text too', () => {
    expect(validate(toJson(parsePlan(''))), JSON.stringify(validate.errors)).toBe(true);
  });
  it("lists the format's requirement sets and signature roles, no more and no fewer", () => {
    expect(schema.properties.requirements.items.enum).toEqual(REQUIREMENT_SET_IDS);
    expect(schema.properties.signatures.items.properties.role.enum).toEqual([...SIGNATURE_ROLES, null]);
  });
  it("carries format v2's parts and the module each problem matches", () => {
    const audit = examples.find((e) => e.name.startsWith('audit-ready'))!;
    const json = toJson(parsePlan(audit.text), testLibrary()) as Json;
    expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
    expect(json).toMatchObject({
      version: 3,
      expectedEnd: '2027-05-31',
      requirements: ['medicare', 'carf', 'joint-commission'],
      sharedWithClient: '2026-11-23',
      riskScreen: [{ tool: 'C-SSRS, screen version', date: '2026-08-24', result: 'negative' }],
      signatures: [
        { role: 'clinician', name: 'S. Osei', credentials: 'LMFT', method: 'electronic', date: '2026-08-24' },
        { role: 'client', name: 'R.M.', credentials: null, method: 'wet-ink', date: '2026-08-24' },
        { role: 'clinician', date: '2026-11-23' },
        { role: 'client', date: '2026-11-23' },
      ],
      diagnoses: [{ code: 'F41.1', problems: ['Generalized anxiety', 'Insomnia'] }],
      problems: [
        {
          name: 'Generalized anxiety',
          module: 'generalized-anxiety',
          goals: [{ clientWords: '"I want to stop spending every evening going over what could go wrong."' }],
        },
        { name: 'Insomnia', module: 'insomnia' },
      ],
    });
    // Without a library the module is the one the heading names, if any.
    expect((toJson(parsePlan(audit.text)) as Json).problems[0].module).toBeNull();
  });
});

describe('images', () => {
  it('are never emitted: the alt text and the address are shown as text, in the preview and the export', () => {
    const text = [
      '---\nclient: J.D.\nclinician: A. Rivera, LPC\ncreated: 2026-11-02\n---\n',
      '## Problem: Sleep\n\nA genogram: ![family map](http://tracker.example/p.png?u=1) and ![](//cdn.example/x.gif).\n',
      '### Goal: Rest\n\n#### Steps\n\n- [ ] See ![chart](chart.png) 3 times\n\n#### Methods\n\n- CBT-I\n',
      '## Notes\n\n<img src="https://evil.example/b.gif">\n',
    ].join('\n');
    for (const mode of ['preview', 'export'] as const) {
      const html = renderHtml(parsePlan(text), { mode, today: '2026-11-28', library });
      expect(html).not.toMatch(/<img\b/i);
      expect(html).toContain('family map (image: http://tracker.example/p.png?u=1)');
      expect(html).toContain('image (image: //cdn.example/x.gif)');
      expect(html).toContain('chart (image: chart.png)');
      expect(html).not.toContain('evil.example');
    }
  });
});
