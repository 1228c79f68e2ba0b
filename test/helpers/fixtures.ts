// Rule fixtures: plan files that carry their expected diagnostics in a closing
// comment, one a line:
//
//   <!-- expect
//   L12 error goal-has-methods#missing "### Goal: Reconnect with friends"
//   -->
//
// `L12` is the 1-based line the range starts on (`L12-L14` when it spans
// lines); `#missing` is the id of the rule's message; the quoted JSON string is
// exactly the text the range covers. An `expect` block with no lines means "no
// diagnostic of the rule under test". A fixture `x.plan.md` may have a
// `x.fixed.plan.md` beside it: the text `tplan lint --fix` makes of the plan.
// `today YYYY-MM-DD` and `config {json}` lines set the lint options; `pad N`
// makes the plan longer than N characters. The
// block itself is not linted.

import { existsSync, readFileSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import { parsePlan } from '../../server/src/plan/parsePlan';
import { LineIndex } from '../../server/src/plan/lines';
import { fixText } from '../../server/src/lint/fixes';
import { lint, textChecker } from '../../server/src/lint/lint';
import { defaultConfig, parseConfig, type PlanConfig } from '../../server/src/config/config';
import { RULE_IDS } from '../../server/src/rules';
import type { Diagnostic } from '../../server/src/base/diagnostic';
import { testLibrary } from './library';

export interface Expectation {
  line: number;
  endLine: number;
  severity: string;
  rule: string;
  messageId: string;
  text: string;
}

export interface Fixture {
  file: string;
  text: string;
  today: string;
  config: PlanConfig;
  expected: Expectation[];
}

const BLOCK = /<!-- expect\r?\n([\s\S]*?)-->\s*$/;
const LINE = /^L(\d+)(?:-L(\d+))?\s+(error|warning|information|hint)\s+([a-z0-9-]+)#(\w+)\s+(".*")\s*$/;

export function readFixture(file: string): Fixture {
  const text = readFileSync(file, 'utf8');
  const block = BLOCK.exec(text);
  if (!block) throw new Error(`${file}: no <!-- expect --> block at the end`);
  // The plan is what stands before the block: the block is the harness's, not the plan's.
  const fixture: Fixture = {
    file,
    text: text.slice(0, block.index),
    today: '2026-11-28',
    config: defaultConfig(),
    expected: [],
  };
  for (const raw of block[1]!.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line) continue;
    if (line.startsWith('today ')) fixture.today = line.slice(6).trim();
    // `pad N`: notes appended until the plan is longer than N characters (for size limits).
    else if (line.startsWith('pad '))
      fixture.text += 'A line of notes.\n'.repeat(Math.ceil((Number(line.slice(4)) + 1 - fixture.text.length) / 17));
    // `config {json}`: a `.planrc.yaml` (JSON is YAML), read as the CLI reads one.
    else if (line.startsWith('config ')) {
      const { config, errors } = parseConfig(line.slice(7), path.join(path.dirname(file), '.planrc.yaml'), RULE_IDS);
      if (errors.length) throw new Error(`${file}: config: ${errors.map((e) => e.message).join('; ')}`);
      fixture.config = config;
    } else {
      const m = LINE.exec(line);
      if (!m) throw new Error(`${file}: cannot read expectation '${line}'`);
      fixture.expected.push({
        line: Number(m[1]),
        endLine: Number(m[2] ?? m[1]),
        severity: m[3]!,
        rule: m[4]!,
        messageId: m[5]!,
        text: JSON.parse(m[6]!) as string,
      });
    }
  }
  return fixture;
}

function optionsOf(fixture: Fixture) {
  return { today: fixture.today, config: fixture.config, library: testLibrary(), fileName: fixture.file };
}

export function lintFixture(fixture: Fixture): Diagnostic[] {
  return lint(parsePlan(fixture.text), optionsOf(fixture));
}

/** The text the fixes make of the fixture's plan: `--fix`, and the manual quick fixes unless `manual` is false. */
export function fixFixture(fixture: Fixture, manual = true): string {
  return fixText(fixture.text, textChecker(optionsOf(fixture)), 10, manual).text;
}

/** The expected text after `--fix`, when the fixture has a `.fixed.plan.md` beside it. */
export function fixedTextOf(fixture: Fixture): string | undefined {
  const file = fixture.file.replace(/\.plan\.md$/, '.fixed.plan.md');
  return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
}

/** A diagnostic as an expectation line, for readable failure messages. */
export function describe(d: Diagnostic, text: string): string {
  const lines = new LineIndex(text);
  const covered = text.slice(lines.offset(d.range.start), lines.offset(d.range.end));
  const span =
    d.range.end.line !== d.range.start.line
      ? `L${d.range.start.line + 1}-L${d.range.end.line + 1}`
      : `L${d.range.start.line + 1}`;
  return `${span} ${d.severity} ${d.rule}#${d.messageId} ${JSON.stringify(covered)}`;
}

export function expectationLine(e: Expectation): string {
  const span = e.endLine !== e.line ? `L${e.line}-L${e.endLine}` : `L${e.line}`;
  return `${span} ${e.severity} ${e.rule}#${e.messageId} ${JSON.stringify(e.text)}`;
}

export function fixtureFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.md') && !f.endsWith('.fixed.plan.md'))
    .sort()
    .map((f) => path.join(dir, f));
}
