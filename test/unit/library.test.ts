import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { nodeHost } from '../../server/src/node/nodeHost';
import { builtinCodeTable, codeTableFromFile, parseCodeFile } from '../../server/src/library/icd10cm';
import { createLibrary, normalizeName } from '../../server/src/library/library';
import { loadModules, readModule } from '../../server/src/library/load';
import { MEASURES, findMeasures, bandOf, measureById } from '../../server/src/library/measures';
import { clinicianAction } from '../../server/src/text/step-clinician';
import { attendanceOf, criterionOf, unobservableVerb } from '../../server/src/text/steps';
import { lint } from '../../server/src/lint/lint';
import { parsePlan } from '../../server/src/plan/parsePlan';
import { BUILTIN_MODULES, ROOT, testLibrary } from '../helpers/library';

const SHARED_F = path.join(ROOT, '..', 'shared', 'data', 'icd10cm-2026-chapter-F.txt');

describe('built-in modules', () => {
  const { modules, errors } = loadModules(nodeHost, [BUILTIN_MODULES]);

  it('all load and pass module.schema.json', () => {
    expect(errors).toEqual([]);
    expect(modules.length).toBeGreaterThanOrEqual(40);
  });

  it('cover the problems outpatient clinicians see most', () => {
    const library = createLibrary(modules);
    for (const name of [
      'depression',
      'generalized anxiety',
      'panic',
      'social anxiety',
      'PTSD',
      'OCD',
      'grief',
      'adjustment',
      'anger',
      'alcohol use',
      'substance use',
      'insomnia',
      'eating concerns',
      'suicidal thoughts',
      'self-harm',
      'bipolar disorder',
      'bipolar mood swings',
      'adult ADHD',
      'couple conflict',
      'family conflict',
      'parenting',
      'low self-esteem',
      'chronic pain',
      'psychosis',
      'loneliness',
      'burnout',
      'child behavior problems',
      'opioid use',
      'specific phobia',
      'health anxiety',
      'body dysmorphic concerns',
      'hoarding',
      'hair pulling and skin picking',
      'emotion dysregulation',
      'smoking',
      'gambling',
      'postpartum depression',
      'school refusal',
      'ADHD in children',
      'autism support',
      'intimate partner violence',
      'risk of violence to others',
      'caregiver stress',
      'housing and food insecurity',
      'gender-affirming support',
      'dissociation',
    ]) {
      expect(library.findProblem(name), name).toBeDefined();
    }
  });

  it('have enough content: 4+ definitions, 3+ goals, 6+ steps, 6+ methods', () => {
    for (const m of modules) {
      expect(m.definitions.length, m.id).toBeGreaterThanOrEqual(4);
      expect(m.goals.length, m.id).toBeGreaterThanOrEqual(3);
      expect(m.steps.length, m.id).toBeGreaterThanOrEqual(6);
      expect(m.methods.length, m.id).toBeGreaterThanOrEqual(6);
    }
  });

  it('have no duplicate ids, names or aliases', () => {
    const seen = new Map<string, string>();
    for (const m of modules) {
      for (const n of [m.id, m.name, ...m.aliases]) {
        const key = normalizeName(n);
        const owner = seen.get(key);
        expect(owner === undefined || owner === m.id, `'${n}' is used by ${owner} and ${m.id}`).toBe(true);
        seen.set(key, m.id);
      }
    }
  });

  it('give each code its reason in a comment, and no personality disorder code by default', () => {
    for (const file of readdirSync(BUILTIN_MODULES).filter((f) => f.endsWith('.yaml'))) {
      const text = readFileSync(path.join(BUILTIN_MODULES, file), 'utf8');
      const block = /^diagnoses:\n((?: {2}- .*\n)+)/m.exec(text);
      expect(block, `${file}: diagnoses as a list, one code a line`).not.toBeNull();
      for (const line of block![1]!.trimEnd().split('\n'))
        expect(line, `${file}: a code without its reason`).toMatch(/^ {2}- [A-Z][0-9A-Z.]+ # \S.{8,}/);
    }
    // A personality disorder is a diagnosis of its own, never a module's suggestion (stigma, and rarely the reason for care).
    for (const m of modules)
      expect(
        m.diagnoses.filter((c) => c.startsWith('F60')),
        m.id,
      ).toEqual([]);
  });

  it('say which of their sources were looked up, and cite the ones found as they were found', () => {
    for (const file of readdirSync(BUILTIN_MODULES).filter((f) => f.endsWith('.yaml'))) {
      const text = readFileSync(path.join(BUILTIN_MODULES, file), 'utf8');
      expect(text, file).toMatch(/^# Sources?:/m);
      expect(text, `${file}: no '# Checked:' or '# Not checked:'`).toMatch(/^# (?:Not )?[Cc]hecked:/m);
    }
    const source = (id: string) => readFileSync(path.join(BUILTIN_MODULES, `${id}.yaml`), 'utf8');
    expect(source('autism-support')).toMatch(/Sharma.*\n?.*BMC Psychology 9:151 \(2021\)/);
    expect(source('health-anxiety')).toMatch(/Behavioural and Cognitive Psychotherapy/);
    expect(source('hair-pulling-skin-picking')).toMatch(/Frontiers in Behavioral Neuroscience/);
  });

  it('name only codes of the code table', () => {
    const table = builtinCodeTable();
    for (const m of modules)
      for (const code of m.diagnoses) expect(table.title(code), `${m.id}: ${code}`).toBeDefined();
  });

  // The module review: what the library offers passes the rules it teaches.
  it("have steps that state a criterion, name observable behavior, are not attendance and not the clinician's work, each with a `by YYYY-MM-DD` placeholder", () => {
    const wrong: string[] = [];
    for (const m of modules) {
      for (const step of m.steps) {
        expect(step, m.id).toMatch(/, by YYYY-MM-DD$/);
        if (criterionOf(step) === undefined) wrong.push(`${m.id}: no criterion: ${step}`);
        if (unobservableVerb(step)) wrong.push(`${m.id}: not observable: ${step}`);
        if (attendanceOf(step)) wrong.push(`${m.id}: attendance: ${step}`);
        if (clinicianAction(step)) wrong.push(`${m.id}: the clinician's work: ${step}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('name only measures the measure table holds', () => {
    // "the PHQ-9", "a GAD-7": an instrument named in a module's text is one of ours.
    const named = /\b(?:the|a|an|on|with)\s+([A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*(?:-\d+)?)\b(?=\s|,|\.|$)/g;
    const known = new Set(MEASURES.flatMap((x) => x.aliases.map((a) => a.toUpperCase())));
    const acronyms = new Set([
      'CBT',
      'DBT',
      'ACT',
      'EMDR',
      'CPT',
      'PE',
      'ERP',
      'IPT',
      'MI',
      'CBT-I',
      'PCIT',
      'EFT',
      'TF-CBT',
      'AA',
      'NA',
      'SMART',
      'MAT',
      'HR',
      'ADHD',
      'PTSD',
      'OCD',
      'IPV',
      'ER',
      'MOUD',
      'CRAFT',
      'UCLA',
    ]);
    const unknown: string[] = [];
    for (const m of modules)
      for (const text of [m.summary, ...m.goals, ...m.steps, ...m.methods, ...m.definitions])
        for (const match of text.matchAll(named)) {
          const name = match[1]!;
          if (!known.has(name.toUpperCase()) && !acronyms.has(name)) unknown.push(`${m.id}: ${name} in "${text}"`);
        }
    expect(unknown).toEqual([]);
  });
});

describe('module loading', () => {
  it('reports a broken workspace module with file, line and reason, and loads the rest', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'modules-'));
    writeFileSync(
      path.join(dir, 'good.yaml'),
      readFileSync(path.join(BUILTIN_MODULES, 'grief.yaml'), 'utf8').replace('id: grief', 'id: grief-local'),
    );
    writeFileSync(
      path.join(dir, 'broken.yaml'),
      'id: broken\nname: Broken\nsummary: x\ndiagnoses: [F41.1]\ndefinitions: [a]\ngoals: [a]\nsteps: oops\nmethods: [a]\n',
    );
    writeFileSync(path.join(dir, 'bad-yaml.yaml'), 'id: [unclosed\n');
    const { modules, errors } = loadModules(nodeHost, [BUILTIN_MODULES, dir]);
    expect(modules.some((m) => m.id === 'grief-local')).toBe(true);
    expect(modules.filter((m) => m.source?.startsWith(BUILTIN_MODULES)).length).toBeGreaterThanOrEqual(24);
    expect(errors.map((p) => `${path.basename(p.file)}:${p.line}:${p.column} ${p.message}`)).toEqual([
      expect.stringMatching(/^bad-yaml\.yaml:\d+:\d+ the YAML does not parse/),
      "broken.yaml:7:8 'steps' must be a list",
    ]);
  });

  it('names unknown keys, missing keys and bad codes', () => {
    const { errors } = readModule(
      'id: Bad Id\nname: X\nsummary: y\ndiagnoses: [F411]\ndefinitions: [a]\ngoals: [a]\nsteps: [a]\nmethods: [a]\ncolour: blue\n',
      'm.yaml',
    );
    expect(errors.map((p) => `${p.line}:${p.column} ${p.message}`)).toEqual([
      "1:1 unknown key 'colour' (known: id, name, aliases, summary, diagnoses, definitions, goals, steps, methods)",
      "1:5 'id' must be lower-case letters, digits and dashes",
      "4:13 'diagnoses.0' is not an ICD-10-CM code written with its dot, like F41.1",
    ]);
    expect(readModule('name: X\n', 'm.yaml').errors[0]!.message).toBe("the module has no 'id' (required)");
  });

  it('lets a workspace module replace a built-in one by id', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'modules-'));
    writeFileSync(
      path.join(dir, 'depression.yaml'),
      readFileSync(path.join(BUILTIN_MODULES, 'depression.yaml'), 'utf8').replace(
        'name: Depression',
        'name: Depression (our practice)',
      ),
    );
    const library = createLibrary(loadModules(nodeHost, [BUILTIN_MODULES, dir]).modules);
    expect(library.byId('depression')?.name).toBe('Depression (our practice)');
    expect(library.modules.filter((m) => m.id === 'depression')).toHaveLength(1);
  });

  it('reports a module folder that does not exist', () => {
    const { errors } = loadModules(nodeHost, ['/no/such/folder']);
    // Marked unreadable: the CLI then stops the run as a configuration error (exit 2), nothing checked.
    expect(errors).toEqual([
      {
        file: '/no/such/folder',
        line: 1,
        column: 1,
        message: 'the module folder does not exist or cannot be read',
        unreadable: true,
      },
    ]);
  });
});

describe('ICD-10-CM table', () => {
  // In CI the shared data sits beside the clone; elsewhere the comparison runs when it is there.
  it.runIf(existsSync(SHARED_F) || process.env.CI === 'true')(
    'matches the official 2026 chapter F code file, code by code and title by title',
    () => {
      const official = parseCodeFile(readFileSync(SHARED_F, 'utf8')).codes;
      const ours = new Map(
        builtinCodeTable()
          .entries()
          .filter(([c]) => c.startsWith('F')),
      );
      expect(official.size).toBe(872);
      expect([...ours.keys()]).toEqual([...official.keys()]);
      for (const [code, title] of official) expect(ours.get(code), code).toBe(title);
    },
  );

  it('holds the behavioral-health Z codes', () => {
    const table = builtinCodeTable();
    for (const code of ['Z63.0', 'Z63.4', 'Z62.820', 'Z56.3', 'Z60.2', 'Z65.4', 'Z91.51', 'Z91.52', 'Z91.410'])
      expect(table.title(code), code).toBeDefined();
  });

  it('suggests the nearest codes and lists the codes under a category', () => {
    const table = builtinCodeTable();
    expect(table.nearest('F41.7')).toEqual(['F41.8', 'F41.9']);
    expect(table.nearest('F99.9')).toEqual(['F99']);
    expect(table.childrenOf('F41')).toEqual(['F41.0', 'F41.1', 'F41.3', 'F41.8', 'F41.9']);
    expect(table.childrenOf('F43.1')).toEqual(['F43.10', 'F43.11', 'F43.12']);
    expect(table.covers('F41.7')).toBe(true);
    expect(table.covers('Z71.1')).toBe(false);
  });

  it('reads an official code file in the codes or the order format, replacing the table', () => {
    const { table, errors } = codeTableFromFile(
      'F4310   Post-traumatic stress disorder, unspecified\nZ7189   Other specified counseling\n',
    );
    expect(errors).toEqual([]);
    expect(table.title('Z71.89')).toBe('Other specified counseling');
    expect(table.covers('Z99.9')).toBe(true);
    const order = parseCodeFile(
      '00001 F41     0 Other anxiety disorders                                      Other anxiety disorders\n00002 F411    1 Generalized anxiety disorder                                 Generalized anxiety disorder\n',
    );
    expect([...order.codes]).toEqual([['F41.1', 'Generalized anxiety disorder']]);
    expect(codeTableFromFile('not a code file\n').errors[0]).toEqual({
      line: 1,
      message: 'not a line of an ICD-10-CM code file (a code, spaces, then its title)',
    });
  });

  it('uses the code file named in the config for diagnosis-code', () => {
    const { table } = codeTableFromFile('F4110   Some future code\n');
    const library = createLibrary([], table);
    const plan = parsePlan(
      '---\nclient: J.D.\nclinician: A. Rivera\ncreated: 2026-11-02\ndiagnoses:\n  - code: F41.10\n  - code: F41.1\n---\n',
    );
    const codes = lint(plan, { today: '2026-11-28', library })
      .filter((d) => d.rule === 'diagnosis-code')
      .map((d) => d.message);
    expect(codes).toEqual(["'F41.1' is a category, not a billable code: use one of its codes (F41.10)."]);
  });
});

describe('measures', () => {
  it('know their ranges, bands and direction', () => {
    const phq9 = measureById('phq-9')!;
    expect([phq9.min, phq9.max, phq9.improvement]).toEqual([0, 27, 'lower']);
    expect(bandOf(phq9, 16)?.label).toBe('moderately severe');
    expect(measureById('ors')!.improvement).toBe('higher');
    for (const m of MEASURES) {
      for (const band of m.bands)
        expect(band.min >= m.min && band.max <= m.max && band.min <= band.max, m.id).toBe(true);
    }
  });

  it('say which banding they use when more than one is read, and a later cut-off', () => {
    // K10: the ABS groupings, and that other readings exist (primary care's under 20 / 20-24 / 25-29 / 30+).
    const k10 = measureById('k10')!;
    expect(k10.source).toMatch(/Australian Bureau of Statistics/);
    expect(k10.note).toMatch(/ABS groupings.*no bands are universally agreed.*under 20/);
    // SI-R: Tolin et al.'s 41, and the later, lower 39 with its ages.
    expect(measureById('sir')!.note).toMatch(/41 is Tolin.*later.*39.*older adults/);
  });

  it('each carry a source, bands that cover the range without overlap, and an alias no other measure uses', () => {
    const seen = new Map<string, string>();
    for (const m of MEASURES) {
      expect(m.source, m.id).toMatch(/\(\d{4}\)/);
      if (m.scored === false) expect(m.bands, m.id).toEqual([]);
      const bands = [...m.bands].sort((a, b) => a.min - b.min);
      if (bands.length) {
        expect(m.bandsAre, m.id).toMatch(/^(cut-offs|conventions)$/);
        expect(bands[0]!.min, m.id).toBe(m.min);
        expect(bands[bands.length - 1]!.max, m.id).toBe(m.max);
        for (let i = 1; i < bands.length; i++) expect(bands[i]!.min, m.id).toBe(bands[i - 1]!.max + 1);
      }
      for (const a of m.aliases) {
        const key = a.toLowerCase().replace(/[- ]/g, '');
        expect(seen.get(key) ?? m.id, `${a}: ${seen.get(key)} and ${m.id}`).toBe(m.id);
        seen.set(key, m.id);
      }
    }
  });

  it('match names in capitals only when they are words too, and leave ambiguous short names alone', () => {
    const ids = (t: string) => findMeasures(t).map((f) => f.measure.id);
    expect(ids('She felt scared; an audit at work; a spin class')).toEqual([]);
    expect(ids('SCARED below 25, AUDIT below 8, SPIN below 19')).toEqual(['scared', 'audit', 'spin']);
    expect(ids('PSS, DAST, BDI and CSI')).toEqual([]);
    expect(ids('PSS-10, DAST-10, BDI-II and CSI-16')).toEqual(['pss-10', 'dast-10', 'bdi-ii', 'csi-16']);
  });

  it('are found by any of their names', () => {
    expect(
      findMeasures('below 10 on the phq9 and under 5 on the GAD 7; AUDIT-C and AUDIT').map((f) => f.measure.id),
    ).toEqual(['phq-9', 'gad-7', 'audit-c', 'audit']);
  });
});

describe('library lookups', () => {
  it('find a problem by name, alias, id or a name with trailing words', () => {
    const library = testLibrary();
    expect(library.findProblem('Low mood')?.id).toBe('depression');
    expect(library.findProblem('PTSD')?.id).toBe('trauma');
    expect(library.findProblem('Depression, recurrent')?.id).toBe('depression');
    expect(library.findProblem('Gardening')).toBeUndefined();
  });
});
