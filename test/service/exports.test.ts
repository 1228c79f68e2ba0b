// One export registry (export/registry.ts, its formats in protocol.ts): the
// CLI's --format, the plan service's Export request and the editor's commands
// all come from it, and give the same text for the same plan.
import { readFileSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXPORTERS } from '../../server/src/export/registry';
import { EXPORT_FORMATS } from '../../server/src/protocol';
import * as requests from '../../server/src/service/requests';
import { HELP } from '../../server/src/cli/args';
import { runCli, workspace } from '../helpers/cli';
import { serviceHarness } from '../helpers/service';
import { ROOT } from '../helpers/library';

const PLAN = readFileSync(path.join(ROOT, 'examples', 'formal-insurance-depression.plan.md'), 'utf8');
const TODAY = '2026-11-28';

describe('the export registry', () => {
  it('holds every format of the protocol, each with its renderer, once', () => {
    expect(EXPORTERS.map((e) => e.id)).toEqual(EXPORT_FORMATS.map((f) => f.id));
    expect(new Set(EXPORTERS.map((e) => e.extension)).size).toBe(EXPORTERS.length);
    expect(new Set(EXPORTERS.map((e) => e.command)).size).toBe(EXPORTERS.length);
  });

  it("gives the CLI and the plan service the same text, by the registry's extension", () => {
    const h = serviceHarness();
    const uri = h.open('/ws/depression.plan.md', PLAN);
    const dir = workspace({ 'depression.plan.md': PLAN });
    for (const e of EXPORTERS) {
      const out = `out-${e.id}`;
      const r = runCli(['export', '--format', e.id, '--today', TODAY, '-o', out, 'depression.plan.md'], dir);
      expect(r.code, r.stderr).toBe(0);
      expect(readdirSync(path.join(dir, out))).toEqual([`depression.${e.extension}`]);
      const written = readFileSync(path.join(dir, out, `depression.${e.extension}`), 'utf8');
      const served = requests.exported(h.service, { uri, format: e.id });
      expect(served?.ready).toBe(true);
      expect(written).toBe(served?.text);
    }
    // Each format is its own: the three texts differ.
    const texts = EXPORTERS.map((e) => requests.exported(h.service, { uri, format: e.id })?.text);
    expect(new Set(texts).size).toBe(EXPORTERS.length);
  });

  it('names its formats in the CLI: help, and the error for one it does not have', () => {
    for (const e of EXPORTERS) expect(HELP).toMatch(new RegExp(`^ +${e.id} +${e.summary}$`, 'm'));
    expect(HELP).toContain(`tplan export --format ${EXPORTERS.map((e) => e.id).join('|')} `);
    const r = runCli(['export', '--format', 'pdf', 'a.plan.md'], workspace());
    const ids = EXPORTERS.map((e) => e.id);
    expect(r.stderr).toBe(`tplan: export needs --format ${ids.slice(0, -1).join(', ')} or ${ids.at(-1)}, not 'pdf'\n`);
  });

  it('says in every format that a plan with errors is not ready to share', () => {
    const h = serviceHarness();
    const broken = PLAN.replace(/^#### Methods\n[\s\S]*?(?=\n##)/m, '');
    expect(broken).not.toBe(PLAN);
    const uri = h.open('/ws/broken.plan.md', broken);
    for (const e of EXPORTERS) {
      const served = requests.exported(h.service, { uri, format: e.id });
      expect(served?.ready, e.id).toBe(false);
      expect(served?.text, e.id).toMatch(/Not ready to share/);
      expect(e.marksNotReady, e.id).toBe(true);
    }
    const json = JSON.parse(requests.exported(h.service, { uri, format: 'json' })!.text) as {
      readiness: { ready: boolean; findings: Array<{ rule: string; line: number }> };
    };
    expect(json.readiness.ready).toBe(false);
    expect(json.readiness.findings.map((f) => f.rule)).toContain('goal-has-methods');
    const fhir = JSON.parse(requests.exported(h.service, { uri, format: 'fhir' })!.text) as {
      entry: Array<{ resource: { resourceType: string; note?: Array<{ text: string }> } }>;
    };
    const carePlan = fhir.entry.find((e) => e.resource.resourceType === 'CarePlan')!.resource;
    expect(carePlan.note?.at(-1)?.text).toMatch(
      /^Not ready to share: \d+ errors? when exported\. goal-has-methods \(line \d+\)/,
    );
    // A ready plan's exports carry no such mark.
    const readyUri = h.open('/ws/depression.plan.md', PLAN);
    for (const e of EXPORTERS)
      expect(requests.exported(h.service, { uri: readyUri, format: e.id })?.text, e.id).not.toMatch(
        /Not ready to share/,
      );
  });

  it('answers no Export request for a format it does not have', () => {
    const h = serviceHarness();
    const uri = h.open('/ws/depression.plan.md', PLAN);
    expect(requests.exported(h.service, { uri, format: 'pdf' as 'json' })).toBeNull();
  });

  it("gives the editor one command per format: package.json's, registered from the list", () => {
    const manifest = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
      contributes: {
        commands: Array<{ command: string; title: string }>;
        menus: { commandPalette: Array<{ command: string }> };
      };
    };
    const isExport = (c: { command: string }) => c.command.startsWith('treatmentPlan.export');
    expect(manifest.contributes.commands.filter(isExport)).toEqual(
      EXPORT_FORMATS.map((f) => ({ command: f.command, title: `Export as ${f.label}`, category: 'Treatment Plan' })),
    );
    expect(manifest.contributes.menus.commandPalette.filter(isExport).map((c) => c.command)).toEqual(
      EXPORT_FORMATS.map((f) => f.command),
    );
    // The client names no export command or format of its own: it registers the list's.
    const client = path.join(ROOT, 'client', 'src');
    for (const file of readdirSync(client)) {
      const text = readFileSync(path.join(client, file), 'utf8');
      expect(text, file).not.toMatch(/treatmentPlan\.export|'(?:html|fhir|json)'/);
    }
    expect(readFileSync(path.join(client, 'extension.ts'), 'utf8')).toMatch(
      /EXPORT_FORMATS\.map\(\(format\) =>\s+vscode\.commands\.registerCommand\(format\.command,/,
    );
  });
});
