// Part of `npm run bench`: plans over time and across a caseload.
// - `tplan report` and `tplan lint` on the same 1,000 plans of ~200 lines, as
//   processes, taken in turn (medians of 3);
// - `tplan diff` of two versions of a 10,000-line plan (far past real plans,
//   which are a few hundred lines: the 1,000-line case is in cli-bench): in
//   one process (medians of 15) and as a command;
// - the Plans view's rows (the plan service's caseload) of the 1,000-plan
//   workspace: filled from cold, and again after one plan changed.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { diffPlans } from '../../server/src/history/diff';
import { nodeHost } from '../../server/src/node/nodeHost';
import { clearParseCache, parsePlan } from '../../server/src/plan/parsePlan';
import { caseload } from '../../server/src/service/caseload';
import { PlanService } from '../../server/src/service/service';
import { generatePlanOfLines } from '../helpers/generate';

const CLI = path.resolve(__dirname, 'cli.js');
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function wall(args: string[], cwd: string): number {
  const start = performance.now();
  try {
    execFileSync(process.execPath, [CLI, ...args], { cwd, stdio: 'ignore' });
  } catch {
    // lint exits 1 on a generated plan's findings: the time is what counts.
  }
  return performance.now() - start;
}

const dir = mkdtempSync(path.join(tmpdir(), 'tplan-caseload-bench-'));
try {
  const plans = path.join(dir, 'plans');
  mkdirSync(plans);
  for (let i = 0; i < 1_000; i++) {
    const text = generatePlanOfLines(200, i + 1).replace(/^review: .*$/m, `review: 2027-0${1 + (i % 9)}-1${i % 10}`);
    writeFileSync(path.join(plans, `p${String(i).padStart(4, '0')}.plan.md`), text);
  }
  const today = ['--today', '2026-12-01'];
  const report: number[] = [];
  const lint: number[] = [];
  for (let i = 0; i < 3; i++) {
    report.push(wall(['report', 'plans', ...today, '--format', 'json'], dir));
    lint.push(wall(['lint', 'plans', ...today, '--format', 'json'], dir));
  }

  // Two versions of a 10,000-line plan: the later one has steps met, a goal reworded, a step added.
  const before = generatePlanOfLines(10_000, 7);
  let after = before.replace(/- \[ \] /, '- [x] ').replace(/### Goal: (\w+)/, '### Goal: Newly $1');
  after = after.replace(/(#### Steps\n\n)/, '$1- [ ] Walk 20 minutes on 5 days a week, by 2027-03-01\n');
  writeFileSync(path.join(dir, 'old.plan.md'), before);
  writeFileSync(path.join(dir, 'new.plan.md'), after);
  // As the command does it: both plans parsed (the second reusing the first's unchanged sections), then compared.
  const inProcess: number[] = [];
  let changes = 0;
  for (let i = 0; i < 15; i++) {
    clearParseCache();
    const start = performance.now();
    const old = parsePlan(before);
    changes = diffPlans(old, parsePlan(after, { previous: old })).length;
    inProcess.push(performance.now() - start);
  }
  // The comparison alone, on parsed plans: what the diff adds to the parse.
  const parsedOld = parsePlan(before);
  const parsedNew = parsePlan(after);
  const compareOnly: number[] = [];
  for (let i = 0; i < 15; i++) {
    const t = performance.now();
    diffPlans(parsedOld, parsedNew);
    compareOnly.push(performance.now() - t);
  }
  const diffCli = median([0, 1, 2].map(() => wall(['diff', 'old.plan.md', 'new.plan.md'], dir)));

  // The Plans view: the service's rows of the workspace, cold, then after one plan changed.
  const service = new PlanService({
    host: nodeHost,
    documents: { get: () => undefined, all: () => [] },
    events: { publish: () => {}, publishFileErrors: () => {}, logError: () => {} },
    clock: { now: () => new Date(2026, 11, 1) },
    timers: { setTimeout, clearTimeout, setImmediate, clearImmediate },
  });
  service.initialize({ workspaceFolders: [plans], today: '2026-12-01' });
  let start = performance.now();
  const rows = caseload(service).length;
  const fill = performance.now() - start;
  const updates: number[] = [];
  for (let i = 0; i < 5; i++) {
    const file = path.join(plans, 'p0500.plan.md');
    writeFileSync(file, `${generatePlanOfLines(200, 501)}\n<!-- edit ${i} -->\n`);
    start = performance.now();
    // As the view asks after a save: the plan saved, by URI.
    caseload(service, [pathToFileURL(file).href]);
    updates.push(performance.now() - start);
  }

  console.log('\nPlans over time and across a caseload:');
  console.log(
    `tplan report on 1,000 plans of 200 lines: ${median(report).toFixed(0)} ms; tplan lint on the same: ${median(lint).toFixed(0)} ms (medians of 3, taken in turn; target for report ≤ 3,000 ms)`,
  );
  console.log(
    `tplan diff of two 10,000-line versions (${changes} changes): ${median(inProcess).toFixed(0)} ms in one process (median of 15, of which the comparison ${median(compareOnly).toFixed(1)} ms), ${diffCli.toFixed(0)} ms as a command`,
  );
  console.log(
    `Plans view of the 1,000-plan workspace: ${fill.toFixed(0)} ms to fill (${rows} rows; target ≤ 2,000 ms), ${median(updates).toFixed(1)} ms to update after one plan changed (median of 5; target ≤ 50 ms)`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
