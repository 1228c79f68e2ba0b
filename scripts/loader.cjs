// `tplan` (dist/cli.js) and `tplan-language-server` (dist/server.js): the build
// writes this file as both, each with its shebang. Each loads its bundle
// (tplan.js, language-server.js) with the V8 code cache the build made beside
// it (*.cache: scripts/code-cache.cjs, scripts/server-cache.cjs), so the
// functions a run needs are not compiled again at every start: for the
// server, what it compiles between its start and the first squiggle. Without
// a cache, or with one this Node rejects (another version or flags: VS Code's
// own Node), the bundle is compiled as usual. Nothing is written here.
'use strict';
const path = require('node:path');

/** Each executable's bundle, by the executable's name. */
const BUNDLES = { 'cli.js': 'tplan.js', 'server.js': 'language-server.js' };

load(path.join(__dirname, BUNDLES[path.basename(__filename)]));

function load(file) {
  const { readFileSync } = require('node:fs');
  const Module = require('node:module');
  const vm = require('node:vm');

  let cachedData;
  try {
    cachedData = readFileSync(`${file}.cache`);
  } catch {
    cachedData = undefined;
  }
  const script = new vm.Script(Module.wrap(readFileSync(file, 'utf8')), {
    filename: file,
    ...(cachedData ? { cachedData } : {}),
  });
  const bundle = new Module(file, module);
  bundle.filename = file;
  bundle.paths = Module._nodeModulePaths(__dirname);
  bundle.loaded = true;
  module.exports = { script, bundle };
  script.runInThisContext().call(bundle.exports, bundle.exports, Module.createRequire(file), bundle, file, __dirname);
}
