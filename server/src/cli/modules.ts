// `tplan modules list | show ID`: the library as the plans of this folder see it.

import * as path from 'node:path';
import type { Module, Library } from '../library/library';
import { nearest, suggestionDistance } from '../base/nearest';
import type { CliContext } from './context';
import { visible } from './terminal';
import { CliError } from './errors';

export function modulesCommand(
  args: readonly string[],
  values: { format?: string; config?: string },
  ctx: CliContext,
): number {
  const io = ctx.io;
  const [sub, id] = args;
  const format = values.format ?? 'text';
  if (!['text', 'json'].includes(format))
    throw new CliError(`--format must be text or json for modules, not '${format}'`);
  const config = ctx.config(io.cwd, values.config ? path.resolve(io.cwd, values.config) : undefined);
  const library = ctx.library(config);
  if (sub === 'list') {
    if (format === 'json') {
      const list = library.modules.map((m) => ({ id: m.id, name: m.name, aliases: m.aliases, summary: m.summary }));
      io.stdout(JSON.stringify(list, null, 2));
    } else {
      const width = Math.max(...library.modules.map((m) => m.id.length));
      for (const m of library.modules) io.stdout(`${visible(m.id).padEnd(width)}  ${visible(m.name)}`);
    }
    return 0;
  }
  if (sub === 'show') {
    if (!id) throw new CliError('modules show needs a module id (see tplan modules list)');
    // An id or a name, exactly: a typo gets a suggestion, not a guess.
    const m = library.byId(id) ?? library.byName(id);
    if (!m) {
      const near = nearest(
        id,
        library.modules.map((x) => x.id),
        suggestionDistance(id),
      );
      throw new CliError(`no module '${id}'${near ? `: did you mean '${near}'?` : ' (see tplan modules list)'}`);
    }
    if (format === 'json') {
      const { source: _source, ...rest } = m;
      io.stdout(JSON.stringify(rest, null, 2));
    } else {
      io.stdout(describeModule(m, library));
    }
    return 0;
  }
  throw new CliError(`modules needs 'list' or 'show ID', not '${sub ?? ''}'`);
}

function describeModule(m: Module, library: Library): string {
  const list = (title: string, items: readonly string[]) => [`${title}:`, ...items.map((i) => `  - ${i}`)].join('\n');
  return [
    `${m.name} (${m.id})`,
    m.aliases.length ? `Also: ${m.aliases.join(', ')}` : '',
    '',
    m.summary,
    '',
    `Diagnoses: ${m.diagnoses.map((c) => `${c} ${library.codes.title(c) ?? ''}`.trim()).join('; ')}`,
    '',
    list('How it shows up', m.definitions),
    list('Goals', m.goals),
    list('Steps', m.steps),
    list('Methods', m.methods),
  ]
    .filter((l, i) => l !== '' || i > 1)
    .join('\n');
}
