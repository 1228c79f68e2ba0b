// Bundles the CLI, the language server and the extension into dist/ with esbuild.
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { build } from 'esbuild';

// `import text from './file.txt?raw'`, as vite reads it in the tests.
const rawText = {
  name: 'raw-text',
  setup(b) {
    b.onResolve({ filter: /\?raw$/ }, (args) => ({ path: path.resolve(args.resolveDir, args.path.replace(/\?raw$/, '')), namespace: 'raw-text' }));
    b.onLoad({ filter: /.*/, namespace: 'raw-text' }, (args) => ({ contents: readFileSync(args.path, 'utf8'), loader: 'text' }));
  },
};

const common = {
  plugins: [rawText],
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  logLevel: 'warning',
  // The VS Code API is provided by the editor at run time.
  external: ['vscode'],
  // Some ESM dependencies read import.meta.url; in a CommonJS bundle it comes from __filename.
  define: { 'import.meta.url': '__importMetaUrl' },
  banner: { js: "const __importMetaUrl = require('url').pathToFileURL(__filename).href;" },
};

const entries = [
  { entryPoints: ['server/src/cli.ts'], outfile: 'dist/cli.js', banner: { js: `#!/usr/bin/env node\n${common.banner.js}` } },
  { entryPoints: ['server/src/index.ts'], outfile: 'dist/core.js' },
  { entryPoints: ['server/src/server.ts'], outfile: 'dist/server.js', banner: { js: `#!/usr/bin/env node\n${common.banner.js}` } },
  { entryPoints: ['client/src/extension.ts'], outfile: 'dist/client/extension.js' },
];

if (process.argv.includes('--e2e')) entries.push({ entryPoints: ['test/e2e/suite/index.ts'], outfile: 'dist/test/e2e/index.js' });
if (process.argv.includes('--bench')) {
  entries.push({ entryPoints: ['test/bench/bench.ts'], outfile: 'dist/bench.js' }, { entryPoints: ['test/bench/lsp-bench.ts'], outfile: 'dist/lsp-bench.js' });
}

await Promise.all(entries.map((e) => build({ ...common, ...e })));
