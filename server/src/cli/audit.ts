// `tplan audit [PATHS...] [--format stylish|json|html] [-o FILE]`: the
// checklist of each plan's requirement sets (files, folders and globs as for
// lint). Stylish is one line per plan (what is not met, with numbered
// sources listed once at the end, readiness, the sign-off in force); JSON and
// HTML give each plan's whole checklist and sign-off. Exit 1 when a
// requirement is not met or a plan is not ready to share.

import * as path from 'node:path';
import { auditPlan } from '../features/audit';
import { lint } from '../lint/lint';
import { parsePlan } from '../plan/parsePlan';
import { auditHtml, type AuditedPlan } from '../render/audit';
import type { CliContext } from './context';
import { CliError } from './errors';
import { collectPlans } from './files';
import { visible } from './terminal';
import { writeNamedOutput } from './write';

export interface AuditValues {
  format?: string;
  today?: string;
  config?: string;
  output?: string;
  'error-on-unmatched-pattern'?: boolean;
}

export function auditCommand(paths: readonly string[], values: AuditValues, ctx: CliContext): number {
  const { io } = ctx;
  if (paths.length === 0) throw new CliError('audit needs at least one plan file, folder or glob');
  const format = values.format ?? 'stylish';
  if (!['stylish', 'json', 'html'].includes(format))
    throw new CliError(`--format must be stylish, json or html, not '${format}'`);
  const today = ctx.today(values.today);
  const explicit = values.config ? path.resolve(io.cwd, values.config) : undefined;
  if (explicit) ctx.config(io.cwd, explicit);
  const plans = collectPlans(paths, io.cwd, {
    errorOnUnmatched: values['error-on-unmatched-pattern'] !== false,
    onInvalidName: (folder) =>
      io.stderr(`tplan: skipped a file in '${folder || '.'}' whose name is not valid UTF-8 (rename it to audit it)`),
  });
  const audited: AuditedPlan[] = plans.map((p) => {
    const config = ctx.config(path.dirname(p.path), explicit);
    const plan = parsePlan(p.text);
    const diagnostics = lint(plan, { today, config, library: ctx.library(config), fileName: p.path });
    return {
      file: p.display,
      ...(plan.meta.client ? { client: plan.meta.client.value } : {}),
      audit: auditPlan(plan, config, diagnostics),
    };
  });
  if (format === 'json') emit(JSON.stringify(audited, null, 2));
  else if (format === 'html') emit(auditHtml(audited, today));
  else emit(stylish(audited));
  return audited.some((p) => p.audit.notMet > 0 || !p.audit.ready) ? 1 : 0;

  function emit(text: string) {
    if (values.output)
      writeNamedOutput(path.resolve(io.cwd, values.output), text.endsWith('\n') ? text : `${text}\n`, values.output);
    else io.stdout(text.replace(/\n$/, ''));
  }
}

/** One line per plan; the sources of what is not met, numbered, once at the end. */
function stylish(audited: readonly AuditedPlan[]): string {
  const sources: string[] = [];
  const ref = (source: string) => {
    let i = sources.indexOf(source);
    if (i < 0) i = sources.push(source) - 1;
    return `[${i + 1}]`;
  };
  const lines = audited.map(({ file, client, audit: a }) => {
    const parts: string[] = [];
    const missed = a.sets.flatMap((s) => s.lines.filter((l) => l.state === 'not met').map((l) => ({ s, l })));
    const unchecked = a.sets.reduce((n, s) => n + s.lines.filter((l) => l.state === 'not checked').length, 0);
    if (a.sets.length === 0) parts.push('no requirement set applies');
    else if (missed.length === 0)
      parts.push(`✔ every requirement checked is met (${a.sets.map((s) => s.id).join(', ')})`);
    else
      parts.push(
        `✗ ${missed.length} not met: ${missed.map(({ s, l }) => `${s.id} ${l.rule} ${ref(l.source)}`).join(', ')}`,
      );
    if (unchecked) parts.push(`${unchecked} not checked (turned off in the config)`);
    parts.push(a.ready ? 'ready to share' : `not ready to share (${a.notReadyBecause})`);
    const inForce = a.signOff.filter((l) => l.state === 'in force');
    parts.push(
      inForce.length
        ? `signed: ${inForce.map((l) => `${l.role} ${l.date ?? '?'}${l.covers === 'reads as signed' ? '' : ` (${l.covers})`}`).join(', ')}`
        : 'no signature recorded',
    );
    if (a.created || a.firstClinicianSignature)
      parts.push(`created ${a.created ?? '?'}, first clinician signature ${a.firstClinicianSignature ?? 'none'}`);
    return `${visible(file)}${client ? `  (client ${visible(client)})` : ''}  ${parts.join(' · ')}`;
  });
  const needWork = audited.filter((p) => p.audit.notMet > 0 || !p.audit.ready).length;
  const held = audited.filter((p) => p.audit.sets.length > 0).length;
  const n = audited.length;
  const plural = (k: number) => `${k} plan${k === 1 ? '' : 's'}`;
  const summary =
    needWork === 0
      ? `${n === 1 ? 'The plan is' : `All ${n} plans are`} ready to share; ${held === n ? (n === 1 ? 'it meets' : 'each meets') : `${plural(held)} held to a requirement set ${held === 1 ? 'meets' : 'meet'}`} every requirement checked.`
      : `${needWork} of ${plural(n)} ${needWork === 1 ? 'needs' : 'need'} work: tplan audit --format html gives each requirement with its source and findings.`;
  const cited = sources.length ? ['', 'Sources:', ...sources.map((s, i) => `  [${i + 1}] ${s}`)] : [];
  return [...lines, ...cited, '', summary].join('\n');
}
