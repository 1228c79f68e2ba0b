// What the editor shows on a plan besides the core's findings: a config file
// that is broken (its defaults are used until it is fixed), and paths the
// config names that an untrusted workspace does not read.

import * as path from 'node:path';
import type { PlanConfig } from '../config/config';
import type { Diagnostic } from '../base/diagnostic';
import type { Resolution } from './documents';
import { CONFIG_DIAGNOSTIC } from './types';

const FIRST_LINE = { start: { line: 0, character: 0 }, end: { line: 0, character: 3 } };

/**
 * The config as an untrusted workspace may use it: nothing read from a path a
 * workspace file or setting names (module folders, the code file), so the
 * built-in library. `ignored` says what was left out.
 */
export function untrustedConfig(config: PlanConfig): { config: PlanConfig; ignored: string[] } {
  const ignored = [...(config.modules.length ? ['module folders'] : []), ...(config.icd10cm ? ['code file'] : [])];
  if (ignored.length === 0) return { config, ignored };
  const { icd10cm: _left, ...rest } = config;
  return { config: { ...rest, modules: [] }, ignored };
}

/** The notes shown first on a plan: a broken config file, an untrusted workspace's unread paths. */
export function planNotes(resolution: Resolution): Diagnostic[] {
  const notes: Diagnostic[] = [];
  const errors = resolution.configErrors;
  const first = errors[0];
  if (first) {
    const count = errors.length === 1 ? 'an error' : `${errors.length} errors`;
    notes.push({
      rule: CONFIG_DIAGNOSTIC,
      messageId: 'broken',
      severity: 'error',
      message: `The config file ${path.basename(first.file)} has ${count} (line ${first.line}: ${first.message}); the default settings are used until it is fixed.`,
      range: FIRST_LINE,
    });
  }
  const ignored = resolution.ignored ?? [];
  if (ignored.length > 0) {
    const from = resolution.config.file ? path.basename(resolution.config.file) : 'the settings';
    notes.push({
      rule: CONFIG_DIAGNOSTIC,
      messageId: 'untrusted',
      severity: 'information',
      message: `This workspace is not trusted: the ${ignored.join(' and ')} that ${from} names are not read, and the plan is checked with the built-in library. Trust the workspace to use them.`,
      range: FIRST_LINE,
    });
  }
  return notes;
}
