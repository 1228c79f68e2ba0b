// The core's public API, bundled as dist/core.js for programs that embed the
// checks and the renderer (the e2e suite renders hostile plans with it). The
// CLI, the language server and the tests import the modules themselves.
export * from './plan/model';
export { parsePlan, clearParseCache } from './plan/parsePlan';
export { isPlanDocument, isPlanFileName } from './plan/isPlan';
export { LineIndex } from './plan/lines';
export { lint, effectiveSetting, type LintOptions } from './lint/lint';
export { applyFixes, fixText } from './lint/fixes';
export { RULES, RULE_IDS, ruleById } from './rules';
export type { Rule } from './rules/types';
export type { Diagnostic, DiagnosticSeverity, Fix, RuleSetting } from './base/diagnostic';
export {
  parseConfig,
  defaultConfig,
  formatConfigError,
  CONFIG_FILE_NAME,
  type PlanConfig,
  type ConfigError,
} from './config/config';
export { findConfigFile, ConfigResolver } from './config/resolve';
export { createLibrary, type Library, type Module } from './library/library';
export { MEASURES, findMeasures } from './library/measures';
export { memoryHost, type FileSystemHost } from './host/host';
export { localDate, isIsoDate } from './plan/dates';
export { renderHtml, renderBody, type RenderOptions } from './render/html';
export { toFhir } from './export/fhir';
export { toJson as planToJson } from './export/json';
export { builtinModules } from './library/builtin';
