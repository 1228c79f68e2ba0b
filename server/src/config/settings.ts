// The editor's settings (`treatmentPlan.*`) as a config: used where no
// `.planrc.yaml` is found. Values of the wrong type are ignored, as VS Code
// does with settings that do not fit their schema.

import * as path from 'node:path';
import type { Severity } from '../plan/model';
import { isRuleSetting } from '../base/diagnostic';
import { defaultConfig, type PlanConfig } from './config';
import { MAX_INTERVAL } from './review-interval';
import { WEEK_KEYS, isWeeks } from './measure-weeks';

export interface Settings {
  rules: Record<string, unknown>;
  modules: unknown[];
  reviewIntervalMonths: Partial<Record<Severity, unknown>>;
  reviewIntervalDays: Partial<Record<Severity, unknown>>;
  measureIntervalWeeks?: unknown;
  notImprovingWeeks?: unknown;
  files: unknown[];
}

export const DEFAULT_SETTINGS: Settings = {
  rules: {},
  modules: [],
  reviewIntervalMonths: {},
  reviewIntervalDays: {},
  files: [],
};

/** Settings as the client sent them (any JSON), with every key present. */
export function readSettings(value: unknown): Settings {
  const v = value && typeof value === 'object' ? (value as Partial<Settings>) : {};
  const obj = (x: unknown) => (x && typeof x === 'object' && !Array.isArray(x) ? (x as Record<string, unknown>) : {});
  return {
    rules: obj(v.rules),
    modules: Array.isArray(v.modules) ? v.modules : [],
    reviewIntervalMonths: obj(v.reviewIntervalMonths),
    reviewIntervalDays: obj(v.reviewIntervalDays),
    measureIntervalWeeks: v.measureIntervalWeeks,
    notImprovingWeeks: v.notImprovingWeeks,
    files: Array.isArray(v.files) ? v.files : [],
  };
}

/** The config the settings make; module folders are relative to `base` (the workspace folder). */
export function configFromSettings(settings: Settings, base: string, ruleIds: readonly string[]): PlanConfig {
  const config = defaultConfig();
  for (const [id, value] of Object.entries(settings.rules)) {
    if (ruleIds.includes(id) && isRuleSetting(value)) config.rules[id] = value;
  }
  config.modules = settings.modules.filter((m): m is string => typeof m === 'string').map((m) => path.resolve(base, m));
  for (const sev of ['mild', 'moderate', 'severe'] as const) {
    // A severity given in days too means the older setting is still in use: days, as it was written, win.
    for (const [unit, given] of [
      ['month', settings.reviewIntervalMonths[sev]],
      ['day', settings.reviewIntervalDays[sev]],
    ] as const) {
      if (typeof given === 'number' && Number.isInteger(given) && given > 0 && given <= MAX_INTERVAL[unit])
        config.reviewInterval[sev] = { count: given, unit, configured: true };
    }
  }
  for (const key of WEEK_KEYS) {
    const weeks = settings[key];
    if (isWeeks(weeks)) config[key] = weeks;
  }
  return config;
}

/** The extra glob patterns of files to treat as plans. */
export function planFilePatterns(settings: Settings): string[] {
  return settings.files.filter((f): f is string => typeof f === 'string');
}
