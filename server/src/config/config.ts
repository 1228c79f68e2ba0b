// `.planrc.yaml`: found by walking up from the plan's folder (the nearest one
// wins), validated key by key. A broken config file is reported with its
// file, line and key; the CLI exits 2 on it, the server shows it and goes on.

import * as path from 'node:path';
import { parseDocument, isMap, isScalar, isSeq, type Node as YamlNode, type Pair } from 'yaml';
import type { Severity } from '../plan/model';
import { LineIndex } from '../plan/lines';
import { RULE_SETTINGS, type RuleSetting } from '../base/diagnostic';
import { nearest } from '../base/nearest';
import { REQUIREMENT_SET_IDS, type RequirementSet } from '../requirements/sets';
import { readRequirementSets } from './requirement-sets';
import { plainText } from '../base/plain';
import { DEFAULT_REVIEW_INTERVAL, MAX_INTERVAL, type ReviewInterval } from './review-interval';
import { DEFAULT_MEASURE_WEEKS, MAX_WEEKS, WEEK_KEYS, isWeeks } from './measure-weeks';

export const CONFIG_FILE_NAME = '.planrc.yaml';

export interface PlanConfig {
  /** Severity overrides by rule id. */
  rules: Record<string, RuleSetting>;
  /** Extra module folders, absolute. */
  modules: string[];
  /** The longest time from `updated` (or `created`) to `review`, by severity. */
  reviewInterval: Record<Severity, ReviewInterval>;
  /** An official ICD-10-CM code file that replaces the built-in table, absolute. */
  icd10cm?: string;
  /** Requirement sets every plan under this config is held to (a plan's own `requirements:` wins). */
  requirements: string[];
  /** Sets this config defines (`requirementSets:`), beside the built-in ones. */
  requirementSets: RequirementSet[];
  /** Weeks without a score on a step's instrument before `measure-due` says so. */
  measureIntervalWeeks: number;
  /** Weeks from the first score after which no reliable improvement is flagged "not improving". */
  notImprovingWeeks: number;
  /** The config file these settings came from. */
  file?: string;
}

export interface ConfigError {
  file: string;
  /** 1-based, as people count lines. */
  line: number;
  column: number;
  key: string;
  message: string;
}

export function defaultConfig(): PlanConfig {
  return {
    rules: {},
    modules: [],
    reviewInterval: { ...DEFAULT_REVIEW_INTERVAL },
    requirements: [],
    requirementSets: [],
    ...DEFAULT_MEASURE_WEEKS,
  };
}

const TOP_KEYS = [
  'modules',
  'rules',
  'reviewIntervalMonths',
  'reviewIntervalDays',
  'icd10cm',
  'requirements',
  'requirementSets',
  ...WEEK_KEYS,
];
const INTERVAL_KEYS = { reviewIntervalMonths: 'month', reviewIntervalDays: 'day' } as const;

/** What every key's reader is handed: the config it fills, and how to report. */
interface Reading {
  config: PlanConfig;
  /** The config file's folder: relative paths resolve from it. */
  dir: string;
  ruleIds: readonly string[];
  error: (offset: number, key: string, message: string) => void;
}

/** Where a YAML node starts in the text; 0 when it has no place (then the key's place is used). */
const start = (node: unknown) => (node as YamlNode | null)?.range?.[0] ?? 0;

/** Reads a config file's text. Errors are returned, never thrown. */
export function parseConfig(
  text: string,
  file: string,
  ruleIds: readonly string[],
): { config: PlanConfig; errors: ConfigError[] } {
  const config = defaultConfig();
  config.file = file;
  const errors: ConfigError[] = [];
  const lines = new LineIndex(text);
  const error = (offset: number, key: string, message: string) => {
    const p = lines.position(offset);
    errors.push({ file, line: p.line + 1, column: p.character + 1, key, message: plainText(message) });
  };
  const doc = parseDocument(text, { uniqueKeys: true });
  for (const e of doc.errors) {
    error(
      e.pos[0],
      '',
      `the YAML does not parse: ${(e.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '')}`,
    );
  }
  if (errors.length > 0) return { config, errors };
  const root = doc.contents;
  if (root === null || (isScalar(root) && (root.value === null || root.value === ''))) return { config, errors };
  if (!isMap(root)) {
    error(start(root), '', `the file must be \`key: value\` lines (${TOP_KEYS.join(', ')})`);
    return { config, errors };
  }
  const reading: Reading = { config, dir: path.dirname(file), ruleIds, error };
  const named: Array<{ item: unknown; at: number }> = [];
  for (const pair of root.items as Pair[]) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    const at = start(pair.key);
    const value = pair.value as YamlNode | null;
    // Checked once every key is read: a set may be defined below the line that names it.
    if (key === 'requirements') named.push(...(isSeq(value) ? value.items : [value]).map((item) => ({ item, at })));
    else readKey(reading, key, value, at);
  }
  readRequirements(reading, named);
  return { config, errors };
}

/** One top-level key but `requirements`. */
function readKey(reading: Reading, key: string, value: YamlNode | null, at: number): void {
  const { config, dir, ruleIds, error } = reading;
  switch (key) {
    case 'modules':
      return readModules(reading, value, at);
    case 'rules':
      return readRules(reading, value, at);
    case 'reviewIntervalMonths':
    case 'reviewIntervalDays':
      return readInterval(reading, key, value, at);
    case 'icd10cm': {
      if (isScalar(value) && typeof value.value === 'string' && value.value.trim())
        config.icd10cm = path.resolve(dir, value.value.trim());
      else error(start(value) || at, key, '`icd10cm` should be the path of an ICD-10-CM code file');
      return;
    }
    case 'requirementSets': {
      config.requirementSets = readRequirementSets(value, ruleIds, REQUIREMENT_SET_IDS, (node, k, message) =>
        error(start(node) || at, k, message),
      );
      return;
    }
    case 'measureIntervalWeeks':
    case 'notImprovingWeeks': {
      const weeks = isScalar(value) ? value.value : undefined;
      if (isWeeks(weeks)) config[key] = weeks;
      else error(start(value) || at, key, `\`${key}\` should be a whole number of weeks from 1 to ${MAX_WEEKS}`);
      return;
    }
    default: {
      const near = nearest(key, TOP_KEYS, 2);
      error(
        at,
        key,
        `unknown key \`${key}\`${near ? `: did you mean \`${near}\`?` : ` (known keys: ${TOP_KEYS.join(', ')})`}`,
      );
    }
  }
}

/** `modules:` a folder or a list of folders, resolved from the config's folder. */
function readModules({ config, dir, error }: Reading, value: YamlNode | null, at: number): void {
  const items = isSeq(value) ? value.items : isScalar(value) && typeof value.value === 'string' ? [value] : undefined;
  if (!items) {
    error(start(value) || at, 'modules', '`modules` should be a list of folders, e.g. `modules: [./modules]`');
    return;
  }
  for (const item of items) {
    if (isScalar(item) && typeof item.value === 'string' && item.value.trim())
      config.modules.push(path.resolve(dir, item.value.trim()));
    else error(start(item) || at, 'modules', 'each entry of `modules` should be a folder path');
  }
}

/** `rules:` rule ids to a setting; an unknown id is reported with the nearest known one. */
function readRules({ config, ruleIds, error }: Reading, value: YamlNode | null, at: number): void {
  if (!isMap(value)) {
    error(start(value) || at, 'rules', '`rules` should map rule ids to error, warning, information, hint or off');
    return;
  }
  for (const rule of value.items as Pair[]) {
    const id = isScalar(rule.key) ? String(rule.key.value) : '';
    const setting = isScalar(rule.value) ? String(rule.value.value) : '';
    if (!ruleIds.includes(id)) {
      const near = nearest(id, ruleIds, 3);
      error(start(rule.key), `rules.${id}`, `unknown rule \`${id}\`${near ? `: did you mean \`${near}\`?` : ''}`);
    } else if (!RULE_SETTINGS.includes(setting as RuleSetting)) {
      error(
        start(rule.value) || start(rule.key),
        `rules.${id}`,
        `\`${id}\` should be one of ${RULE_SETTINGS.join(', ')}, not \`${setting}\``,
      );
    } else {
      config.rules[id] = setting as RuleSetting;
    }
  }
}

/** `reviewIntervalMonths:` or `reviewIntervalDays:`, by severity; one unit per severity. */
function readInterval(
  { config, error }: Reading,
  key: keyof typeof INTERVAL_KEYS,
  value: YamlNode | null,
  at: number,
): void {
  const unit = INTERVAL_KEYS[key];
  const units = `${unit}s`;
  if (!isMap(value)) {
    error(start(value) || at, key, `\`${key}\` should map mild, moderate and severe to a number of ${units}`);
    return;
  }
  for (const entry of value.items as Pair[]) {
    const sev = isScalar(entry.key) ? String(entry.key.value) : '';
    const count = isScalar(entry.value) ? entry.value.value : undefined;
    const max = MAX_INTERVAL[unit];
    if (!(sev in config.reviewInterval)) {
      error(start(entry.key), `${key}.${sev}`, `unknown severity \`${sev}\`: use mild, moderate or severe`);
    } else if (typeof count !== 'number' || !Number.isInteger(count) || count < 1 || count > max) {
      error(
        start(entry.value) || start(entry.key),
        `${key}.${sev}`,
        `\`${sev}\` should be a whole number of ${units} from 1 to ${max}`,
      );
    } else if (config.reviewInterval[sev as Severity].configured) {
      // Months and days for one severity: which one was meant cannot be guessed.
      error(
        start(entry.key),
        `${key}.${sev}`,
        `the ${sev} interval is set in both reviewIntervalMonths and reviewIntervalDays: keep one`,
      );
    } else {
      config.reviewInterval[sev as Severity] = { count, unit, configured: true };
    }
  }
}

/** `requirements:` the sets named, each built in or defined in `requirementSets:`. */
function readRequirements({ config, error }: Reading, named: ReadonlyArray<{ item: unknown; at: number }>): void {
  const known = [...REQUIREMENT_SET_IDS, ...config.requirementSets.map((r) => r.id)];
  for (const { item, at } of named) {
    const id = isScalar(item) && typeof item.value === 'string' ? item.value.trim() : '';
    if (known.includes(id)) {
      if (!config.requirements.includes(id)) config.requirements.push(id);
      continue;
    }
    const near = id ? nearest(id, known, 1) : undefined;
    error(
      start(item) || at,
      'requirements',
      `${id ? `unknown requirement set \`${id}\`` : '`requirements` should list requirement sets'}${near ? `: did you mean \`${near}\`?` : ''} (known sets: ${known.join(', ')})`,
    );
  }
}

export function formatConfigError(p: ConfigError): string {
  return `${p.file}:${p.line}:${p.column}: ${p.key ? `${p.key}: ` : ''}${p.message}`;
}
