// The plan service in-process, against an in-memory workspace: scheduling,
// caching, config and library resolution (broken files included), the editor
// features and every request of the protocol.
import { describe, expect, it } from 'vitest';
import { actionsFor, completionAt, foldsOf, hoverAt, lensesOf, symbolsOf } from '../../server/src/service/features';
import { MAX_STATES } from '../../server/src/service/documents';
import * as requests from '../../server/src/service/requests';
import { workspaceDiagnostics } from '../../server/src/service/workspace';
import { serviceHarness, uriOf } from '../helpers/service';
import { MODULE } from '../helpers/plans';

const GOOD =
  '---\nclient: J.D.\nclinician: A. Rivera, LPC\ncreated: 2026-11-02\n---\n\n## Problem: Depression\n\n### Goal: Return to work\n\n#### Steps\n\n- [ ] Work 3 days a week\n\n#### Methods\n\n- Behavioral activation\n';
const NO_METHODS =
  '---\nclient: J.D.\nclinician: A. Rivera, LPC\ncreated: 2026-11-02\n---\n\n## Problem: Depression\n\n### Goal: Return to work\n\n#### Steps\n\n- [ ] Work 3 days a week\n';

describe('checks and scheduling', () => {
  it('checks a plan as soon as it opens, and leaves other Markdown alone', () => {
    const h = serviceHarness();
    const uri = h.open('/ws/a.plan.md', NO_METHODS);
    expect(h.published.at(-1)).toMatchObject({ uri, version: 1 });
    expect(h.last(uri)).toEqual(['goal-has-methods#missing']);
    const notes = h.open('/ws/notes.md', '# Notes\n\n## Problem: not a plan\n');
    expect(h.last(notes)).toEqual([]);
  });

  it('with a fixed delay, waits for a pause in typing: a burst of changes costs one check, of the last version', () => {
    const h = serviceHarness();
    h.service.initialize({ lintDelayMs: 150, lintDelayMode: 'fixed' });
    const uri = h.open('/ws/a.plan.md', NO_METHODS);
    const before = h.published.length;
    h.change('/ws/a.plan.md', `${NO_METHODS}x`, 2);
    h.timers.advance(100);
    h.change('/ws/a.plan.md', GOOD, 3);
    h.timers.advance(149);
    expect(h.published.length).toBe(before);
    h.timers.advance(1);
    expect(h.published.length).toBe(before + 1);
    expect(h.published.at(-1)).toMatchObject({ uri, version: 3, diagnostics: [] });
    expect(h.timers.pending).toBe(0);
  });

  it('waits only as long as the last check took: at once when it was cheap, and never past the delay', () => {
    const h = serviceHarness();
    h.service.initialize({ lintDelayMs: 150 });
    // Opening parses the whole plan: its cost says nothing of an edit's, and the first edit is checked at once.
    h.setCheckCost(400);
    const uri = h.open('/ws/a.plan.md', NO_METHODS);
    expect(h.service.delayFor(uri)).toBe(0);
    h.setCheckCost(3);
    let before = h.published.length;
    h.change('/ws/a.plan.md', `${NO_METHODS}x`, 2);
    h.timers.advance(0);
    expect(h.published.length).toBe(before + 1);
    // A check of 40 ms: the next waits 40 ms, and a burst within it costs one check.
    h.setCheckCost(40);
    h.change('/ws/a.plan.md', `${NO_METHODS}xy`, 3);
    h.timers.advance(0);
    expect(h.service.delayFor(uri)).toBe(40);
    before = h.published.length;
    h.change('/ws/a.plan.md', `${NO_METHODS}xyz`, 4);
    h.timers.advance(30);
    h.change('/ws/a.plan.md', GOOD, 5);
    h.timers.advance(39);
    expect(h.published.length).toBe(before);
    h.timers.advance(1);
    expect(h.published.length).toBe(before + 1);
    expect(h.published.at(-1)).toMatchObject({ uri, version: 5, diagnostics: [] });
    // A check slower than the delay waits the delay, no more.
    h.setCheckCost(900);
    h.change('/ws/a.plan.md', `${GOOD}x`, 6);
    h.timers.advance(40);
    expect(h.service.delayFor(uri)).toBe(150);
  });

  it('forgets a closed document and clears its diagnostics', () => {
    const h = serviceHarness();
    h.service.initialize({ lintDelayMs: 50 });
    const uri = h.open('/ws/a.plan.md', NO_METHODS);
    h.change('/ws/a.plan.md', GOOD, 2);
    h.close('/ws/a.plan.md');
    expect(h.published.at(-1)).toEqual({ uri, version: undefined, diagnostics: [] });
    h.timers.advance(100);
    expect(h.published.at(-1)?.version).toBeUndefined();
    expect(h.service.stateOf(uri)).toBeUndefined();
  });

  it('parses a version once, and keeps the plans of the most recent documents only', () => {
    const h = serviceHarness();
    const uri = h.open('/ws/a.plan.md', NO_METHODS);
    const state = h.service.stateOf(uri);
    expect(h.service.stateOf(uri)).toBe(state);
    for (let i = 0; i < MAX_STATES; i++) h.open(`/ws/p${i}.plan.md`, GOOD);
    // The first document was evicted: asked again, it is parsed again, to an equal plan.
    const again = h.service.stateOf(uri);
    expect(again).not.toBe(state);
    expect(again?.plan.problems.map((p) => p.name)).toEqual(['Depression']);
  });

  it('counts "today" from its clock unless it is fixed', () => {
    const h = serviceHarness();
    expect(h.service.today()).toBe('2026-11-28');
    h.setNow(new Date(2027, 0, 3, 23, 59));
    expect(h.service.today()).toBe('2027-01-03');
    h.service.initialize({ today: '2026-12-01' });
    expect(h.service.today()).toBe('2026-12-01');
  });

  it('names only the kind of failure when a check throws, never the text', () => {
    const h = serviceHarness();
    const uri = uriOf('/ws/broken.plan.md');
    const secret = 'J.D. said something private';
    const docs = h.service.documents as { get(u: string): unknown };
    const original = docs.get.bind(docs);
    docs.get = (u: string) =>
      u === uri
        ? {
            uri,
            version: 1,
            getText: () => {
              throw new TypeError(secret);
            },
          }
        : original(u);
    h.service.check(uri);
    expect(h.logged).toEqual(['treatment plan: could not check a document (TypeError)']);
  });
});

describe('config and library per document', () => {
  it('uses the nearest .planrc.yaml, and the settings where there is none', () => {
    const h = serviceHarness({ '/ws/strict/.planrc.yaml': 'rules:\n  goal-has-methods: warning\n' });
    h.service.initialize({ workspaceFolders: ['/ws'], settings: { rules: { 'goal-has-methods': 'off' } } });
    const strict = h.open('/ws/strict/a.plan.md', NO_METHODS);
    expect(h.published.at(-1)?.diagnostics.map((d) => d.severity)).toEqual(['warning']);
    expect(h.last(strict)).toEqual(['goal-has-methods#missing']);
    const loose = h.open('/ws/other/b.plan.md', NO_METHODS);
    expect(h.last(loose)).toEqual([]);
  });

  it('shows a broken config on the plan and on the file, uses the defaults, and clears both once fixed', () => {
    const files = { '/ws/.planrc.yaml': 'rules:\n  phi: loud\n' };
    const h = serviceHarness(files);
    const uri = h.open('/ws/a.plan.md', NO_METHODS);
    expect(h.last(uri)).toEqual(['config#broken', 'goal-has-methods#missing']);
    expect(h.published.at(-1)?.diagnostics[0]?.message).toBe(
      "The config file .planrc.yaml has an error (line 2: 'phi' should be one of error, warning, information, hint, off, not 'loud'); the default settings are used until it is fixed.",
    );
    expect(h.fileErrors).toEqual([
      { file: '/ws/.planrc.yaml', source: 'treatment plan config', errors: [expect.objectContaining({ line: 2 })] },
    ]);
    files['/ws/.planrc.yaml'] = 'rules:\n  phi: off\n';
    h.service.filesChanged([uriOf('/ws/.planrc.yaml')]);
    h.timers.advance(0);
    expect(h.last(uri)).toEqual(['goal-has-methods#missing']);
    expect(h.fileErrors.at(-1)).toEqual({ file: '/ws/.planrc.yaml', source: 'treatment plan config', errors: [] });
  });

  it('says so when the config file is not a regular file (a FIFO), instead of hanging', () => {
    const h = serviceHarness({}, ['/ws/.planrc.yaml']);
    const uri = h.open('/ws/a.plan.md', GOOD);
    expect(h.last(uri)).toEqual(['config#broken']);
    expect(h.fileErrors[0]?.errors[0]?.message).toBe(
      'cannot read the config file: it is not a regular file (a pipe, a device or a socket)',
    );
  });

  it('loads workspace modules, shows a broken one on its file, and clears it once fixed', () => {
    const files: Record<string, string> = {
      '/ws/.planrc.yaml': 'modules: [./modules]\n',
      '/ws/modules/night.yaml': MODULE,
      '/ws/modules/bad.yaml': 'id: bad\nname: Bad\n',
    };
    const h = serviceHarness(files);
    const uri = h.open('/ws/a.plan.md', NO_METHODS.replace('Depression', 'Waking at night'));
    expect(h.last(uri)).toEqual(['goal-has-methods#missing']);
    const shown = h.fileErrors.find((f) => f.file === '/ws/modules/bad.yaml');
    expect(shown?.errors[0]?.message).toBe("the module has no 'summary' (required)");
    files['/ws/modules/bad.yaml'] = MODULE.replace('sleep-local', 'bad');
    h.service.filesChanged([uriOf('/ws/modules/bad.yaml')]);
    expect(h.fileErrors.at(-1)).toEqual({ file: '/ws/modules/bad.yaml', source: 'treatment plan module', errors: [] });
  });

  it('shows a code file that cannot be read on that file, and checks with the built-in table meanwhile', () => {
    const h = serviceHarness({ '/ws/.planrc.yaml': 'icd10cm: ./codes.txt\n' });
    const uri = h.open('/ws/a.plan.md', GOOD);
    expect(h.last(uri)).toEqual([]);
    expect(h.fileErrors).toEqual([
      {
        file: '/ws/codes.txt',
        source: 'treatment plan code file',
        errors: [{ file: '/ws/codes.txt', line: 1, column: 1, message: 'the ICD-10-CM code file cannot be read' }],
      },
    ]);
  });

  it('checks every open plan again when the settings change', () => {
    const h = serviceHarness();
    h.service.initialize({ workspaceFolders: ['/ws'] });
    const uri = h.open('/ws/a.plan.md', NO_METHODS);
    h.service.setSettings({ rules: { 'goal-has-methods': 'off' } });
    h.timers.advance(0);
    expect(h.last(uri)).toEqual([]);
    h.service.setSettings({ rules: { 'goal-has-methods': 'hint' }, files: [42] });
    h.timers.advance(0);
    expect(h.published.at(-1)?.diagnostics.map((d) => d.severity)).toEqual(['hint']);
  });

  it('does nothing again for the settings in force (the editor sends them at start and on every change)', () => {
    const h = serviceHarness();
    h.service.initialize({ workspaceFolders: ['/ws'] });
    const uri = h.open('/ws/a.plan.md', NO_METHODS);
    h.timers.advance(0);
    const published = h.published.length;
    // VS Code's own defaults of the treatmentPlan settings are the defaults in force.
    const defaults = { rules: {}, modules: [], reviewIntervalMonths: {}, reviewIntervalDays: {}, files: [] };
    expect(h.service.setSettings(defaults)).toBe(false);
    expect(h.service.setSettings({ rules: { 'goal-has-methods': 'hint' } })).toBe(true);
    expect(h.service.setSettings({ rules: { 'goal-has-methods': 'hint' } })).toBe(false);
    h.timers.advance(0);
    expect(h.published.slice(published).map((p) => p.uri)).toEqual([uri]);
  });

  it('treats files the settings name as plans', () => {
    const h = serviceHarness();
    h.service.initialize({ settings: { files: ['**/plans/*.md'] } });
    const uri = h.open('/ws/plans/jd.md', NO_METHODS);
    expect(h.last(uri)).toEqual(['goal-has-methods#missing']);
  });

  it('ignores changes to files that are not config, module or code files', () => {
    const h = serviceHarness();
    h.open('/ws/a.plan.md', GOOD);
    const before = h.published.length;
    h.service.filesChanged([uriOf('/ws/notes.md')]);
    h.timers.advance(0);
    expect(h.published.length).toBe(before);
  });
});

describe('editor features', () => {
  const h = serviceHarness();
  h.service.initialize({ today: '2026-11-28' });
  const uri = h.open(
    '/ws/a.plan.md',
    NO_METHODS.replace('- [ ] Work 3 days a week', '- [ ] \n- [ ] Walk by 2026-11-01'),
  );

  it('completes module steps in a Steps list, and offers nothing for an unknown document', () => {
    const items = completionAt(h.service, uri, { line: 12, character: 6 });
    expect(items[0]?.label).toBe('Score below 10 on the PHQ-9 at two sessions…');
    expect(items[0]?.documentation).toBe('Score below 10 on the PHQ-9 at two sessions in a row (response)');
    expect(completionAt(h.service, uriOf('/ws/none.plan.md'), { line: 0, character: 0 })).toEqual([]);
  });

  it("hovers a problem's module and a diagnostic's rule, with the rule's page", () => {
    const onProblem = hoverAt(h.service, uri, { line: 6, character: 14 }, (r) => `docs/${r}.md`);
    expect(onProblem?.contents).toContain('module `depression`');
    const onGoal = hoverAt(h.service, uri, { line: 8, character: 5 }, (r) => `docs/${r}.md`);
    expect(onGoal?.contents).toContain('[Read more](docs/goal-has-methods.md)');
    expect(hoverAt(h.service, uriOf('/ws/none.plan.md'), { line: 0, character: 0 }, () => '')).toBeUndefined();
  });

  it('lists every risk signal on the `risk:` key, with its line and words', () => {
    const risky = h.open(
      '/ws/risk.plan.md',
      '---\nclient: R.T.\nrisk: low\n---\n\n## Problem: Depression\n\nHas been saving up his sleeping pills. Took 30 tablets in 2023.\n',
    );
    const on = hoverAt(h.service, risky, { line: 2, character: 2 }, () => '');
    expect(on?.contents).toContain("line 8: 'saving up his sleeping pills', a preparatory act");
    expect(on?.contents).toContain("line 8: 'Took 30 tablets', a suicide attempt (history)");
    const none = h.open(
      '/ws/none-risk.plan.md',
      '---\nclient: R.T.\nrisk: none\n---\n\n## Problem: Insomnia\n\nWakes at 3.\n',
    );
    expect(hoverAt(h.service, none, { line: 2, character: 2 }, () => '')?.contents).toContain('none read in this plan');
  });

  it('gives the outline, folds and goal lenses', () => {
    expect(symbolsOf(h.service, uri).map((s) => s.name)).toEqual(['Frontmatter', 'Depression']);
    expect(foldsOf(h.service, uri)[0]).toEqual({ startLine: 0, endLine: 4 });
    expect(lensesOf(h.service, uri).map((l) => l.title)).toEqual(['0 of 2 steps met · 1 overdue since 2026-11-01']);
    expect(symbolsOf(h.service, 'untitled:x')).toEqual([]);
  });

  it('offers each fix, fix-all among quick fixes, and the source action only when asked for', () => {
    const doc = NO_METHODS.replace('clinician', 'clinican');
    const fix = h.open('/ws/fix.plan.md', doc);
    const quick = actionsFor(h.service, fix, {
      range: { start: { line: 2, character: 0 }, end: { line: 2, character: 0 } },
    });
    expect(quick.map((a) => [a.title, a.kind])).toEqual([
      ["Rename to 'clinician'", 'quickfix'],
      ['Fix all treatment plan problems in this file', 'quickfix'],
    ]);
    const onSave = actionsFor(h.service, fix, {
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      only: ['source.fixAll'],
    });
    expect(onSave.map((a) => a.kind)).toEqual(['source.fixAll.treatmentPlan']);
    expect(onSave[0]?.edits[0]?.newText).toContain('clinician: A. Rivera, LPC');
    expect(onSave[0]?.edits[0]?.newText).toContain('#### Methods');
    const none = actionsFor(h.service, fix, {
      range: { start: { line: 2, character: 0 }, end: { line: 2, character: 0 } },
      only: ['refactor'],
    });
    expect(none).toEqual([]);
    expect(actionsFor(h.service, uriOf('/ws/none.plan.md'), { range: quick[0]!.edits[0]!.range })).toEqual([]);
  });
});

describe('requests', () => {
  const files = { '/ws/.planrc.yaml': 'modules: [./modules]\n', '/ws/modules/night.yaml': MODULE };
  const h = serviceHarness(files);
  h.service.initialize({ workspaceFolders: ['/ws'], today: '2026-11-28' });
  const uri = h.open('/ws/a.plan.md', NO_METHODS);

  it('lists the modules of the workspace library', () => {
    const list = requests.modules(h.service, undefined);
    expect(list.find((m) => m.id === 'sleep-local')).toEqual({
      id: 'sleep-local',
      name: 'Night waking',
      summary: 'A practice module for waking at night.',
      diagnoses: expect.any(Array),
    });
    // The codes come with their official titles, for New Plan's pick of diagnoses.
    expect(list.find((m) => m.id === 'depression')?.diagnoses).toContainEqual({
      code: 'F33.1',
      title: 'Major depressive disorder, recurrent, moderate',
    });
    expect(list.length).toBeGreaterThan(25);
  });

  it('writes a new plan from modules, and a module snippet', () => {
    const { text } = requests.newPlan(h.service, {
      uri: uriOf('/ws/new.plan.md'),
      modules: ['sleep-local', 'nope'],
      style: 'formal',
      severity: 'mild',
    });
    expect(text).toContain('## Problem: Night waking');
    expect(text).toContain('created: 2026-11-28');
    expect(requests.snippetOf(h.service, { uri, id: 'sleep-local' })?.snippet).toContain('${1:Night waking}');
    expect(requests.snippetOf(h.service, { uri, id: 'nope' })).toBeNull();
  });

  it('adds a revision and marks a step, as edits', () => {
    expect(requests.revision(h.service, { uri, summary: 'Added a goal' }).map((e) => e.newText)).toEqual([
      'updated: 2026-11-28\nrevisions:\n  - date: 2026-11-28\n    summary: "Added a goal"\n',
    ]);
    expect(requests.toggle(h.service, { uri, line: 12 })).toEqual([
      { range: { start: { line: 12, character: 2 }, end: { line: 12, character: 5 } }, newText: '[x]' },
    ]);
    expect(requests.toggle(h.service, { uri, line: 0 })).toEqual([]);
    expect(requests.revision(h.service, { uri: uriOf('/ws/none.plan.md'), summary: 'x' })).toEqual([]);
  });

  it('signs a plan with one edit to its frontmatter, and asks first when it has errors', () => {
    const text = h.service.stateOf(uri)!.plan.text;
    const client = { uri, role: 'client', name: 'J.D.', method: 'wet-ink' } as const;
    // The plan has no methods: an error, so nothing is signed until the clinician says so.
    expect(requests.sign(h.service, client)).toEqual({ edits: [], errors: 1 });
    const signed = requests.sign(h.service, { ...client, allowErrors: true });
    expect(signed.date).toBe('2026-11-28');
    expect(signed.edits).toHaveLength(1);
    const edit = signed.edits[0]!;
    // The edit inserts the signatures block inside the frontmatter, nothing else.
    expect(edit.range.start).toEqual(edit.range.end);
    expect(edit.newText).toMatch(
      /^signatures:\n {2}- role: client\n {4}name: J\.D\.\n {4}method: wet-ink\n {4}date: 2026-11-28\n {4}hash: sha256:[0-9a-f]{32}\/[0-9a-f.]{34}\n$/,
    );
    expect(text.split('\n')[edit.range.start.line]).toBe('---');
    // What cannot be true is refused before the errors are asked about.
    expect(requests.sign(h.service, { ...client, date: '2027-01-01' }).refused).toBe(
      'the date 2027-01-01 is after today (2026-11-28): a signature is recorded once given',
    );
    expect(requests.sign(h.service, { uri, role: 'boss' as 'client', name: 'X', allowErrors: true }).refused).toBe(
      'the role must be client, clinician, supervisor, guardian',
    );
    expect(requests.sign(h.service, { uri: uriOf('/ws/none.plan.md'), role: 'client', name: 'X' }).refused).toBe(
      'the plan is not open',
    );
  });

  it("offers the plan's clinician as Sign Plan's name and credentials", () => {
    const text = h.service.stateOf(uri)!.plan.text;
    const clinician = /^clinician: (.*)$/m.exec(text)?.[1];
    const defaults = requests.signDefaultsOf(h.service, { uri });
    expect(clinician).toBeDefined();
    expect(defaults).toMatchObject({ today: '2026-11-28' });
    expect([defaults?.name, defaults?.credentials].filter(Boolean).join(', ')).toBe(clinician);
    expect(requests.signDefaultsOf(h.service, { uri: uriOf('/ws/none.plan.md') })).toBeNull();
  });

  it('renders the preview page with its document URI, and the body alone for updates', () => {
    const page = requests.render(h.service, {
      uri,
      script: { nonce: 'n0nce', src: 'vscode-resource:/p.js', cspSource: 'vscode-resource:' },
    });
    expect(page?.version).toBe(1);
    expect(page?.html).toContain(`<body data-uri="${uri}">`);
    expect(page?.html).toContain(`script-src 'nonce-n0nce'`);
    // The preview says first whether the plan is ready to share.
    expect(page?.html).toMatch(
      /<main class="plan"><aside class="readiness not-ready"><h2>Not ready to share: 1 problem<\/h2>/,
    );
    const body = requests.render(h.service, { uri, body: true });
    expect(body?.html.startsWith('<main class="plan">')).toBe(true);
    expect(body?.html).toContain('has no methods');
    expect(requests.render(h.service, { uri: uriOf('/ws/none.plan.md') })).toBeNull();
  });

  it('exports HTML, FHIR and JSON, saying whether the plan is ready to share', () => {
    const html = requests.exported(h.service, { uri, format: 'html' });
    expect(html?.text).toContain('<!DOCTYPE html>');
    // The editor asks before exporting a plan with errors: the answer carries what it needs to ask.
    expect(html).toMatchObject({ ready: false, errors: 1, blocking: 'goal-has-methods on line 9' });
    expect(html?.text).toContain('<strong>Not ready to share: 1 problem</strong>');
    const fhir = JSON.parse(requests.exported(h.service, { uri, format: 'fhir' })!.text);
    expect(fhir.resourceType).toBe('Bundle');
    const json = JSON.parse(requests.exported(h.service, { uri, format: 'json' })!.text);
    expect(json.problems[0].name).toBe('Depression');
    expect(requests.exported(h.service, { uri: uriOf('/ws/none.plan.md'), format: 'json' })).toBeNull();
  });
});

describe('workspace diagnostics', () => {
  it('lint the plans that are not open, skipping node_modules, unreadable and non-plan files', () => {
    const h = serviceHarness(
      {
        '/ws/plans/x.plan.md': NO_METHODS,
        '/ws/plans/open.plan.md': NO_METHODS,
        '/ws/plans/notes.md': '# Notes\n',
        '/ws/node_modules/y.plan.md': NO_METHODS,
      },
      ['/ws/plans/fifo.plan.md'],
    );
    h.service.initialize({ workspaceFolders: ['/ws', '/elsewhere'] });
    h.open('/ws/plans/open.plan.md', NO_METHODS);
    const found = workspaceDiagnostics(h.service);
    expect(found.map((f) => [f.uri, 'diagnostics' in f ? f.diagnostics.map((d) => d.rule) : 'unchanged'])).toEqual([
      [uriOf('/ws/plans/x.plan.md'), ['goal-has-methods']],
    ]);
    // Asked again with the result ids it was given: nothing changed, nothing is checked again.
    const previous = new Map(found.map((f) => [f.uri, f.resultId]));
    expect(workspaceDiagnostics(h.service, previous).map((f) => 'unchanged' in f)).toEqual([true]);
    expect(workspaceDiagnostics(h.service, previous, 1).map((f) => 'unchanged' in f)).toEqual([false]);
    h.files['/ws/plans/x.plan.md'] = NO_METHODS.replace('Depression', 'Insomnia');
    expect(workspaceDiagnostics(h.service, previous).map((f) => 'unchanged' in f)).toEqual([false]);
  });
});
