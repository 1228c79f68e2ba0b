// The invariants of ARCHITECTURE.md, held by machine: the core's boundaries
// (through the project's own ESLint config), no import cycle (type-only
// imports included), no source file past one idea's size, and request names
// written only in the protocol.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { REQUESTS } from '../../server/src/protocol';
import { ROOT } from '../helpers/library';
import FLOORS from '../../server/src/floors.json';

function sources(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) out.push(...sources(file));
    else if (/\.ts$/.test(name) && !name.endsWith('.d.ts')) out.push(file);
  }
  return out;
}

const SERVER = path.join(ROOT, 'server', 'src');
const CLIENT = path.join(ROOT, 'client', 'src');
const FILES = [...sources(SERVER), ...sources(CLIENT)];

/** Every relative import of a file (value or type), resolved to a source file. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const out: string[] = [];
  for (const m of text.matchAll(/^\s*(?:import|export)\b[^'";]*?from\s+'(\.[^']+)'/gm)) {
    const target = path.resolve(path.dirname(file), m[1]!);
    for (const candidate of [`${target}.ts`, path.join(target, 'index.ts')]) {
      if (FILES.includes(candidate)) {
        out.push(candidate);
        break;
      }
    }
  }
  return out;
}

/** The cycles of the import graph (Tarjan's strongly connected components of more than one file, or a self-import). */
function cycles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  let index = 0;
  const indexes = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (v: string) => {
    indexes.set(v, index);
    low.set(v, index++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!indexes.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, indexes.get(w)!));
    }
    if (low.get(v) === indexes.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1 || (graph.get(v) ?? []).includes(v)) found.push(component.sort());
    }
  };
  for (const f of graph.keys()) if (!indexes.has(f)) visit(f);
  return found;
}

describe('architecture', () => {
  it('has no import cycle, type-only imports included', () => {
    const graph = new Map(FILES.map((f) => [path.relative(ROOT, f), importsOf(f).map((t) => path.relative(ROOT, t))]));
    expect(cycles(graph)).toEqual([]);
  });

  it('reads type-only and multi-line imports, and finds the cycles they make', () => {
    // lint.ts imports rules/index.ts; rules/types.ts imports config.ts as a type only.
    expect(importsOf(path.join(SERVER, 'lint', 'lint.ts'))).toContain(path.join(SERVER, 'rules', 'index.ts'));
    expect(importsOf(path.join(SERVER, 'rules', 'types.ts'))).toContain(path.join(SERVER, 'config', 'config.ts'));
    const graph = new Map([
      ['a', ['b']],
      ['b', ['c']],
      ['c', ['a']],
      ['d', ['d']],
      ['e', ['a']],
    ]);
    expect(cycles(graph)).toEqual([['a', 'b', 'c'], ['d']]);
  });

  it('stands each folder on its floor: no folder imports one above it (0 arrows up), and every folder has a floor', () => {
    // A folder under server/src, or a top-level file by its name.
    const floorOf = (file: string) => path.relative(SERVER, file).split(path.sep)[0]!;
    const level = (floor: string) => FLOORS.indexOf(floor);
    const top = ['cli.ts', 'server.ts', 'index.ts', 'globals.d.ts', 'raw.d.ts'];
    const serverFiles = FILES.filter((f) => f.startsWith(SERVER + path.sep));
    const unplaced = [...new Set(serverFiles.map(floorOf))].filter((f) => level(f) < 0 && !top.includes(f));
    expect(unplaced).toEqual([]);
    const up = new Set<string>();
    for (const file of serverFiles) {
      const from = floorOf(file);
      if (top.includes(from)) continue;
      for (const target of importsOf(file)) {
        const to = floorOf(target);
        if (top.includes(to) || level(to) > level(from)) up.add(`${from} -> ${to}`);
      }
    }
    expect([...up]).toEqual([]);
  });

  it('keeps every source file under 300 lines, generated ones aside', () => {
    const long = FILES.filter((f) => !f.includes('.generated.'))
      .map((f) => [path.relative(ROOT, f), readFileSync(f, 'utf8').split('\n').length] as const)
      .filter(([, n]) => n > 300);
    expect(long).toEqual([]);
  });

  it('writes each request name once, in the protocol', () => {
    const names = REQUESTS.map((r) => r.method);
    expect(new Set(names).size).toBe(names.length);
    const elsewhere = FILES.filter((f) => !f.endsWith(path.join('server', 'src', 'protocol.ts'))).filter((f) =>
      /['"`]treatmentPlan\/\w/.test(readFileSync(f, 'utf8')),
    );
    expect(elsewhere.map((f) => path.relative(ROOT, f))).toEqual([]);
  });
});

describe('the core boundaries, as ESLint holds them', () => {
  const eslint = new ESLint({ cwd: ROOT });
  const check = async (file: string, code: string) => {
    const [result] = await eslint.lintText(code, { filePath: path.join(ROOT, file) });
    return (result?.messages ?? []).map((m) => `${m.ruleId}: ${m.message.split('.')[0]}`);
  };

  it('refuse the disk, the process, the clock, LSP, VS Code and the CLI in the core', async () => {
    const code = [
      "import * as fs from 'node:fs';",
      "import { createConnection } from 'vscode-languageserver/node';",
      "import * as vscode from 'vscode';",
      "import { main } from '../cli/main';",
      "import { nodeHost } from '../node/nodeHost';",
      "export const all = [fs, createConnection, vscode, main, nodeHost, process.cwd(), new Date(), Date.now(), 'treatmentPlan/x'];",
      '',
    ].join('\n');
    for (const folder of [
      'plan',
      'rules',
      'service',
      'features',
      'library',
      'history',
      'requirements',
      'a-new-folder',
    ]) {
      const found = await check(`server/src/${folder}/boundary-probe.ts`, code);
      expect(found.filter((m) => m.startsWith('no-restricted-imports')).length, folder).toBe(5);
      expect(found.filter((m) => m.startsWith('no-restricted-globals')).length, folder).toBe(1);
      expect(found.filter((m) => m.startsWith('no-restricted-syntax')).length, folder).toBe(3);
    }
  });

  it('refuse an import of a floor above, from any folder of the core and from the adapters', async () => {
    const check = async (file: string, code: string) => {
      const [result] = await eslint.lintText(code, { filePath: path.join(ROOT, file) });
      return (result?.messages ?? []).map((m) => `${m.ruleId}: ${m.message}`);
    };
    const up = "import { RULES } from '../rules/index';\nexport const r = RULES;\n";
    for (const folder of ['base', 'plan', 'text', 'config']) {
      const found = await check(`server/src/${folder}/floor-probe.ts`, up);
      expect(found, folder).toEqual([
        expect.stringMatching(new RegExp(`^no-restricted-imports: .*${folder}/ stands on a lower floor`)),
      ]);
    }
    // Down is allowed: lint reads the rules.
    expect(await check('server/src/lint/floor-probe.ts', up)).toEqual([]);
    expect(
      await check('server/src/text/risk/floor-probe.ts', "import { x } from '../../lint/lint';\nexport const y = x;\n"),
    ).toEqual([expect.stringMatching(/text\/ stands on a lower floor/)]);
  });

  it('refuse a function past 80 lines in the sources, blank lines and comments aside', async () => {
    const body = (n: number) => Array.from({ length: n }, (_, i) => `  use(${i});\n  // why\n`).join('\n');
    const fn = (n: number) => `declare function use(n: number): void;\nexport function f(): void {\n${body(n)}}\n`;
    for (const file of ['server/src/plan/length-probe.ts', 'client/src/length-probe.ts'])
      expect(
        (await check(file, fn(85))).filter((m) => m.startsWith('max-lines-per-function')),
        file,
      ).toHaveLength(1);
    expect(await check('server/src/plan/length-probe.ts', fn(78))).toEqual([]);
  });

  it('let the CLI, the Node host and the adapter do I/O, but not name requests', async () => {
    const code = "import * as fs from 'node:fs';\nexport const x = [fs, process.cwd(), new Date()];\n";
    for (const file of ['server/src/cli/probe.ts', 'server/src/node/probe.ts', 'server/src/lsp/probe.ts']) {
      expect(await check(file, code), file).toEqual([]);
    }
    expect(await check('client/src/probe.ts', "export const m = 'treatmentPlan/render';\n")).toEqual([
      'no-restricted-syntax: Request names are written once, in server/src/protocol',
    ]);
  });
});
