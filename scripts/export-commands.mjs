// package.json's export commands, from the export formats of
// server/src/protocol.ts: a command and a palette entry per format, so a new
// format reaches the editor without a hand edit here.

import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { build } from 'esbuild';

const IS_EXPORT = /^treatmentPlan\.export/;

/** Replaces the export entries of a list with `made`, where the first of them stood (else at the end). */
function replaceExports(list, made) {
  const at = list.findIndex((entry) => IS_EXPORT.test(entry.command));
  const kept = list.filter((entry) => !IS_EXPORT.test(entry.command));
  const where = at < 0 ? kept.length : at;
  return [...kept.slice(0, where), ...made, ...kept.slice(where)];
}

export async function exportCommands(root) {
  const bundle = await build({
    entryPoints: [path.join(root, 'server/src/protocol.ts')],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'node',
    logLevel: 'warning',
  });
  const { EXPORT_FORMATS } = await import(
    `data:text/javascript;base64,${Buffer.from(bundle.outputFiles[0].text).toString('base64')}`
  );
  const file = path.join(root, 'package.json');
  const manifest = JSON.parse(readFileSync(file, 'utf8'));
  const { contributes } = manifest;
  contributes.commands = replaceExports(
    contributes.commands,
    EXPORT_FORMATS.map((f) => ({ command: f.command, title: `Export as ${f.label}`, category: 'Treatment Plan' })),
  );
  contributes.menus.commandPalette = replaceExports(
    contributes.menus.commandPalette,
    EXPORT_FORMATS.map((f) => ({ command: f.command, when: 'editorLangId == markdown' })),
  );
  return ['package.json', `${JSON.stringify(manifest, null, 2)}\n`];
}
