// The core's public face: what the CLI, the server and the tests use.
export * from './plan/model';
export { parsePlan, clearParseCache } from './plan/parsePlan';
export { isPlanDocument, isPlanFileName } from './plan/isPlan';
export { LineIndex } from './plan/lines';
export { lint, effectiveSetting, type LintOptions } from './lint';
export { applyFixes, fixText } from './fixes';
export { RULES, RULE_IDS, ruleById } from './rules';
export type { Diagnostic, DiagnosticSeverity, Fix, Rule, RuleSetting, TextEdit } from './rules/types';
export {
  parseConfig,
  findConfigFile,
  defaultConfig,
  formatConfigProblem,
  CONFIG_FILE_NAME,
  type PlanConfig,
  type ConfigProblem,
} from './config/config';
export { createLibrary, type Library, type Module } from './library/library';
export { MEASURES, findMeasures } from './library/measures';
export type { FileSystemHost } from './host';
export { localDate, isIsoDate } from './plan/dates';
export { renderHtml, renderBody, type RenderOptions } from './render/html';
export { toFhir } from './export/fhir';
export { toJson as planToJson } from './export/json';
export { builtinModules } from './library/builtin';
