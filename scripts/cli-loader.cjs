#!/usr/bin/env node
// `tplan`: loads the bundle (tplan.js) with the V8 code cache the build made
// beside it (tplan.js.cache, see code-cache.cjs), so the functions a run needs
// are not compiled again at every start. Without a cache, or with one this
// Node rejects (another version), the bundle is compiled as usual. Nothing is
// written here. The build copies this file to dist/cli.js.
'use strict';
const path = require('node:path');

const tplan = path.join(__dirname, 'tplan.js');
load(tplan);

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
