// `tplan sign FILE --role R --name N [--credentials C] [--date D]`: records a
// signature with the digest of what the plan says now. A plan with errors is
// not signed unless --allow-errors (a signature vouches for the plan); the
// write is atomic and keeps the rest of the file byte for byte.

import { isIsoDate } from '../plan/dates';
import { parsePlan } from '../plan/parsePlan';
import { SIGNING_RULES, signPlan } from '../features/sign';
import { SIGNATURE_ROLES, type SignatureRole } from '../plan/values';
import { checkFile } from './checked';
import type { CliContext } from './context';
import { CliError } from './errors';
import { WriteRefused, replaceFile } from './write';

export interface SignValues {
  role?: string;
  name?: string;
  credentials?: string;
  date?: string;
  today?: string;
  config?: string;
  'allow-errors'?: boolean;
}

export function signCommand(files: readonly string[], values: SignValues, ctx: CliContext): number {
  const { io } = ctx;
  if (files.length !== 1) throw new CliError('sign takes one plan file (see tplan --help)');
  const role = values.role as SignatureRole | undefined;
  if (!role || !(SIGNATURE_ROLES as readonly string[]).includes(role))
    throw new CliError(`sign needs --role ${SIGNATURE_ROLES.join('|')}`);
  const name = values.name?.trim();
  if (!name) throw new CliError('sign needs --name (the name of the person signing)');
  const credentials = values.credentials?.trim() || undefined;
  if (role === 'clinician' && !credentials)
    throw new CliError('a clinician signs with --credentials (e.g. LPC): reviewers check who wrote the plan');
  const today = ctx.today(values.today);
  const date = values.date ?? today;
  if (!isIsoDate(date)) throw new CliError(`--date must be a date written YYYY-MM-DD, not '${date}'`);
  const file = files[0]!;
  const checked = checkFile(file, values.config, today, ctx, 'sign');
  const errors = checked.diagnostics.filter((d) => d.severity === 'error' && !SIGNING_RULES.has(d.rule));
  if (errors.length > 0 && !values['allow-errors']) {
    io.stderr(
      `tplan: '${file}' has ${errors.length} error${errors.length === 1 ? '' : 's'} (run tplan lint): a signature vouches for the plan, so it is not signed. Use --allow-errors to sign it anyway.`,
    );
    return 1;
  }
  const result = signPlan(parsePlan(checked.plan.text), { role, name, date, ...(credentials ? { credentials } : {}) });
  if ('refused' in result) throw new CliError(`cannot sign '${file}': ${result.refused}`);
  try {
    replaceFile(checked.abs, result.text);
  } catch (e) {
    const why = e instanceof WriteRefused ? e.message : 'it could not be written';
    throw new CliError(`cannot sign '${file}': ${why}`);
  }
  io.stdout(`Signed '${file}' as ${role} ${name} on ${date} (content ${result.hash}).`);
  return 0;
}
