// Makes the V8 code cache the `tplan` loader reads beside the bundle
// (dist/tplan.js.cache): the bundle is loaded through the loader and run on
// the examples (as `tplan lint` runs on a caseload), then `tplan diff` and
// `tplan report` are run in the same process; then V8's code for every
// function compiled so far is written. Run by the
// build, with the Node that will run tplan; a later Node rejects the cache
// and tplan compiles as before.
'use strict';
const { writeFileSync } = require('node:fs');
const path = require('node:path');

const root = path.join(__dirname, '..');
const out = path.join(root, 'dist', 'tplan.js.cache');
const diff = path.join(root, 'test', 'fixtures', 'diff');
const fixture = (f) => path.join(diff, f);
process.argv = [
  process.argv[0],
  path.join(root, 'dist', 'cli.js'),
  'lint',
  '--format',
  'json',
  '--today',
  '2026-11-28',
  path.join(root, 'examples'),
];
// The run's output is not wanted: only the code it compiled.
process.stdout.write = () => true;
const { script, bundle } = require(path.join(root, 'dist', 'cli.js'));
const io = {
  cwd: root,
  stdout: () => {},
  stderr: () => {},
  color: false,
  now: () => new Date(2026, 10, 28),
  version: '0',
};
for (const args of [
  ['diff', fixture('base.plan.md'), fixture('goals.plan.md')],
  ['diff', fixture('base.plan.md'), fixture('steps.plan.md')],
  ['diff', fixture('base.plan.md'), fixture('sections.plan.md')],
  ['report', '--today', '2026-11-28', path.join(root, 'examples')],
])
  bundle.exports.main(args, io);
process.on('exit', () => writeFileSync(out, script.createCachedData()));
