// Bundles the CLI, the language server and the extension into dist/ with esbuild.
import { execFileSync } from 'node:child_process';
import { chmodSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { build } from 'esbuild';

// `import text from './file.txt?raw'`, as vite reads it in the tests.
const rawText = {
  name: 'raw-text',
  setup(b) {
    b.onResolve({ filter: /\?raw$/ }, (args) => ({
      path: path.resolve(args.resolveDir, args.path.replace(/\?raw$/, '')),
      namespace: 'raw-text',
    }));
    b.onLoad({ filter: /.*/, namespace: 'raw-text' }, (args) => ({
      contents: readFileSync(args.path, 'utf8'),
      loader: 'text',
    }));
  },
};

// V8 flags the language server runs with, everywhere it is started: the
// shebang of tplan-language-server (`env -S`; npm's Windows shims read it
// too), the extension's execArgv and the benchmark. A young generation of
// 4 MB and a heap that grows by half rather than up to fourfold keep a server
// with 200 open plans near its ~30 MB of live data instead of at 250+ MB.
const SERVER_NODE_FLAGS = ['--max-semi-space-size=4', '--heap-growing-percent=50'];

// The risk screen's data, made once here from the lexicon (scripts/risk-screen.ts) and put in the
// place of text/risk/screen-made.ts: a process starts without reading the lexicon's patterns.
await build({
  entryPoints: ['scripts/risk-screen.ts'],
  outfile: 'dist/risk-screen.js',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  logLevel: 'warning',
});
const riskScreenData = execFileSync(process.execPath, ['dist/risk-screen.js'], { maxBuffer: 64 << 20 }).toString();
rmSync('dist/risk-screen.js', { force: true });
const riskScreen = {
  name: 'risk-screen',
  setup(b) {
    b.onLoad({ filter: /[\\/]text[\\/]risk[\\/]screen-made\.ts$/ }, () => ({
      // JSON.parse of a string: V8 reads it faster than the same object written as a literal.
      contents: `export const MADE = JSON.parse(${JSON.stringify(riskScreenData)});`,
      loader: 'js',
    }));
  },
};

const common = {
  plugins: [rawText, riskScreen],
  bundle: true,
  // No comments (some dependencies' hold non-ASCII characters): an ASCII-only
  // bundle is read and compiled as one-byte text, which starts tplan ~25 ms sooner.
  minifyWhitespace: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  logLevel: 'warning',
  // The VS Code API is provided by the editor at run time.
  external: ['vscode'],
  // Some ESM dependencies read import.meta.url; in a CommonJS bundle it comes from __filename.
  define: { 'import.meta.url': '__importMetaUrl', __SERVER_NODE_FLAGS__: JSON.stringify(SERVER_NODE_FLAGS) },
  banner: { js: "const __importMetaUrl = require('url').pathToFileURL(__filename).href;" },
};

const entries = [
  // The CLI's and the language server's bundles; dist/cli.js (`tplan`) and
  // dist/server.js (`tplan-language-server`) load them (scripts/loader.cjs).
  { entryPoints: ['server/src/cli.ts'], outfile: 'dist/tplan.js' },
  { entryPoints: ['server/src/index.ts'], outfile: 'dist/core.js' },
  { entryPoints: ['server/src/server.ts'], outfile: 'dist/language-server.js' },
  { entryPoints: ['client/src/extension.ts'], outfile: 'dist/client/extension.js' },
];

if (process.argv.includes('--e2e'))
  entries.push({ entryPoints: ['test/e2e/suite/index.ts'], outfile: 'dist/test/e2e/index.js' });
if (process.argv.includes('--fuzz')) {
  entries.push({ entryPoints: ['test/fuzz/fuzz.ts'], outfile: 'dist/fuzz.js' });
}
if (process.argv.includes('--risk-corpus')) {
  entries.push({ entryPoints: ['test/risk/corpus-report.ts'], outfile: 'dist/risk-corpus.js' });
}
if (process.argv.includes('--soak')) {
  entries.push({ entryPoints: ['test/soak/soak.ts'], outfile: 'dist/soak.js' });
}
if (process.argv.includes('--bench')) {
  entries.push(
    { entryPoints: ['test/bench/bench.ts'], outfile: 'dist/bench.js' },
    { entryPoints: ['test/bench/lsp-bench.ts'], outfile: 'dist/lsp-bench.js' },
    { entryPoints: ['test/bench/caseload-bench.ts'], outfile: 'dist/caseload-bench.js' },
    { entryPoints: ['test/bench/typing-bench.ts'], outfile: 'dist/typing-bench.js' },
    { entryPoints: ['test/bench/cli-bench.ts'], outfile: 'dist/cli-bench.js' },
    { entryPoints: ['test/bench/hostile-bench.ts'], outfile: 'dist/hostile-bench.js' },
    { entryPoints: ['test/bench/documents-bench.ts'], outfile: 'dist/documents-bench.js' },
  );
}

await Promise.all(entries.map((e) => build({ ...common, ...e })));
// The shipped bundles stay ASCII. esbuild escapes strings but not regular
// expression literals or String.raw templates: write those characters as \u
// escapes in the sources.
for (const outfile of ['dist/tplan.js', 'dist/core.js', 'dist/language-server.js', 'dist/client/extension.js']) {
  const text = readFileSync(outfile, 'latin1');
  const at = text.search(/[^\x00-\x7f]/);
  if (at >= 0) {
    console.error(`build: ${outfile} is not ASCII near: ${JSON.stringify(text.slice(Math.max(0, at - 60), at + 20))}`);
    process.exit(1);
  }
}
// The two commands, one loader: each with its shebang (the server's with its V8 flags; npm's Windows shims read it too).
const loader = readFileSync('scripts/loader.cjs', 'utf8');
writeFileSync('dist/cli.js', `#!/usr/bin/env node\n${loader}`);
writeFileSync('dist/server.js', `#!/usr/bin/env -S node ${SERVER_NODE_FLAGS.join(' ')}\n${loader}`);
// The two commands run as they are, as they do once npm installs them.
for (const bin of ['dist/cli.js', 'dist/server.js']) chmodSync(bin, 0o755);
// V8's code for what a lint run (and a diff) compiles, and for what the server compiles up to a plan's
// first diagnostics and preview, made by the Node that will run them: tplan and the server start sooner.
for (const [cache, maker, args] of [
  ['dist/tplan.js.cache', 'scripts/code-cache.cjs', []],
  ['dist/language-server.js.cache', 'scripts/server-cache.cjs', SERVER_NODE_FLAGS],
]) {
  rmSync(cache, { force: true });
  try {
    execFileSync(process.execPath, [maker, ...args], { stdio: ['ignore', 'ignore', 'inherit'] });
  } catch {
    // Without a cache the bundle compiles as it starts: slower, the same.
    console.error(`build: no code cache ${cache} (${maker} failed)`);
  }
}
