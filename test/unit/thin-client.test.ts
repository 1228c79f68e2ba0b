// The client is thin: of the server it imports the protocol only (types,
// request names, export formats), so its bundle carries no core module, and
// what it once read itself (signature dates, plan names, caseload groups) the
// server answers. Held by ESLint (no-restricted-imports on client/src) and by
// the bundle's own inputs.
import * as path from 'node:path';
import { build } from 'esbuild';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/library';

describe('the client', () => {
  it('may import the protocol of the server, and nothing else of it (ESLint)', async () => {
    const eslint = new ESLint({ cwd: ROOT });
    const check = async (code: string) => {
      const [result] = await eslint.lintText(code, { filePath: path.join(ROOT, 'client/src/probe.ts') });
      return (result?.messages ?? []).map((m) => `${m.ruleId}: ${m.message}`);
    };
    expect(await check("import { Caseload } from '../../server/src/protocol';\nexport const c = Caseload;\n")).toEqual(
      [],
    );
    const refused = 'no-restricted-imports';
    for (const module of ['features/caseload', 'node/git', 'plan/isPlan', 'export/registry'])
      expect(await check(`import * as m from '../../server/src/${module}';\nexport const x = m;\n`), module).toEqual([
        expect.stringMatching(new RegExp(`^${refused}: .*The client imports only the protocol`)),
      ]);
    // A type-only import is refused too: the protocol re-exports the model's types the client handles.
    expect(await check("import type { Range } from '../../server/src/plan/model';\nexport type R = Range;\n")).toEqual([
      expect.stringMatching(new RegExp(`^${refused}:`)),
    ]);
  });

  it('bundles no module of the server but the protocol', async () => {
    const result = await build({
      entryPoints: [path.join(ROOT, 'client/src/extension.ts')],
      bundle: true,
      write: false,
      metafile: true,
      platform: 'node',
      format: 'cjs',
      external: ['vscode'],
      logLevel: 'silent',
      absWorkingDir: ROOT,
    });
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.filter((f) => f.startsWith('client/src/')).length).toBeGreaterThan(5);
    expect(inputs.filter((f) => f.startsWith('server/'))).toEqual(['server/src/protocol.ts']);
  });
});
