// `tplan requirements list|show ID`: the requirement sets, what each asks and
// where it comes from.

import * as path from 'node:path';
import { REQUIREMENT_SETS, signerWords } from '../requirements/sets';
import { nearest } from '../base/nearest';
import type { CliContext } from './context';
import { CliError } from './errors';

export function requirementsCommand(
  args: readonly string[],
  values: { format?: string; config?: string },
  ctx: CliContext,
): number {
  const { io } = ctx;
  const [sub, id] = args;
  // The built-in sets, and those the config in force defines.
  const config = ctx.config(io.cwd, values.config ? path.resolve(io.cwd, values.config) : undefined);
  const all = [...REQUIREMENT_SETS, ...config.requirementSets];
  const ids = all.map((s) => s.id);
  const format = values.format ?? 'text';
  if (format !== 'text' && format !== 'json')
    throw new CliError(`requirements --format is text or json, not '${format}'`);
  if (sub === 'list') {
    if (format === 'json')
      io.stdout(
        JSON.stringify(
          all.map(({ id, name, summary, kind }) => ({ id, name, summary, kind })),
          null,
          2,
        ),
      );
    else
      for (const s of all)
        io.stdout(`${s.id.padEnd(18)}${s.name}${config.requirementSets.includes(s) ? '  (from the config)' : ''}`);
    return 0;
  }
  if (sub === 'show') {
    const set = id ? all.find((s) => s.id === id) : undefined;
    if (!set) {
      const near = id ? nearest(id, ids, 1) : undefined;
      throw new CliError(
        `${id ? `no requirement set '${id}'${near ? `: did you mean '${near}'?` : ''}` : 'requirements show needs a set id'} (known sets: ${ids.join(', ')})`,
      );
    }
    if (format === 'json') {
      io.stdout(JSON.stringify(set, null, 2));
      return 0;
    }
    const signers = set.signers.map((s) => `${signerWords(s)}${s.methods ? ` (${s.methods.join(' or ')})` : ''}`);
    const whose =
      set.kind === 'product'
        ? "\n\nThese are the product's own recommendations, not a payer's or an accreditor's."
        : '';
    io.stdout(
      `${set.name} (${set.id})\n\n${set.summary}${whose}\n\nSignatures asked for: ${signers.map((s) => `the ${s}`).join('; ') || 'none'}\n`,
    );
    for (const r of set.requirements)
      io.stdout(`- ${r.what}\n  rule ${r.rule} (${r.severity})\n  source: ${r.source}\n  says: ${r.says}`);
    return 0;
  }
  throw new CliError(`requirements needs 'list' or 'show ID', not '${sub ?? ''}'`);
}
