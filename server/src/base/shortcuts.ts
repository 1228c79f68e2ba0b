// The one switch for the speed shortcuts. Each shortcut is a faster path
// beside a stage's reference path that must answer exactly as the reference
// does, lives in its own file, and is called from one line that asks this
// switch first:
// - the plain-chunk scanner (scan.ts, with scanTable.ts for a plain table)
//   beside remark (blocks.ts, table.ts), in parsePlan;
// - the plain-YAML reader (plainYaml.ts) beside `yaml`, in frontmatter.ts;
// - the big-plan worker (lsp/bigPlans.ts) beside the server's own thread, in
//   the language server's document router (lsp/router.ts);
// - the risk reader's screen of terms by their words (text/risk/screen.ts, keys.ts)
//   beside reading every passage with every term, in readRisk.
// Turned off (`tplan --no-shortcuts`, `TPLAN_SHORTCUTS=off`, the language
// server's `shortcuts: false` initialization option), every stage takes its
// reference path; the test suites run both ways and expect the same answers.
// The core cannot read the environment: the CLI and the server set the switch.

let on = true;

/** The environment variable that turns every shortcut off: `TPLAN_SHORTCUTS=off`. */
export const SHORTCUTS_ENV = 'TPLAN_SHORTCUTS';

export function shortcutsOn(): boolean {
  return on;
}

export function setShortcuts(value: boolean): void {
  on = value;
}

/** What an environment asks for: on unless `TPLAN_SHORTCUTS` is `off`, `0` or `false`. */
export function shortcutsIn(env: Readonly<Record<string, string | undefined>>): boolean {
  return !['off', '0', 'false'].includes((env[SHORTCUTS_ENV] ?? '').trim().toLowerCase());
}
