// `tplan sign FILE --role R [--name N] [--credentials C] [--method M]
// [--witness W] [--date D]`: appends a signature with the digest of what the
// plan says now (features/sign.ts checks it as Sign Plan… does). A plan with
// errors is not signed unless --allow-errors (a signature vouches for the
// plan); the write is atomic and keeps the rest of the file byte for byte.

import { SIGNING_RULES, checkSignature, signPlan, type SignInput } from '../features/sign';
import { checkFile } from './checked';
import type { CliContext } from './context';
import { CliError } from './errors';
import { visible } from './terminal';
import { WriteRefused, replaceFile } from './write';

export interface SignValues extends SignInput {
  today?: string;
  config?: string;
  'allow-errors'?: boolean;
}

export function signCommand(files: readonly string[], values: SignValues, ctx: CliContext): number {
  const { io } = ctx;
  if (files.length !== 1) throw new CliError('sign takes one plan file (see tplan --help)');
  if (!values.role) throw new CliError('sign needs --role client|clinician|supervisor|guardian');
  const today = ctx.today(values.today);
  const file = files[0]!;
  const checked = checkFile(file, values.config, today, ctx, 'sign');
  const signature = checkSignature(checked.plan, values, today);
  if ('refused' in signature) throw new CliError(`cannot sign '${file}': ${signature.refused}`);
  const errors = checked.diagnostics.filter((d) => d.severity === 'error' && !SIGNING_RULES.has(d.rule));
  if (errors.length > 0 && !values['allow-errors']) {
    io.stderr(
      `tplan: '${file}' has ${errors.length} error${errors.length === 1 ? '' : 's'} (run tplan lint): a signature vouches for the plan, so it is not signed. Use --allow-errors to sign it anyway.`,
    );
    return 1;
  }
  const result = signPlan(checked.plan, signature);
  if ('refused' in result) throw new CliError(`cannot sign '${file}': ${result.refused}`);
  try {
    replaceFile(checked.abs, result.text);
  } catch (e) {
    const why = e instanceof WriteRefused ? e.message : 'it could not be written';
    throw new CliError(`cannot sign '${file}': ${why}`);
  }
  const who = [signature.name, signature.credentials].filter(Boolean).join(', ');
  io.stdout(
    `Signature recorded in '${visible(file)}': ${signature.role} ${visible(who)} (${signature.method}, ${signature.date}); content ${result.hash}.`,
  );
  return 0;
}
