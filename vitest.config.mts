import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

/** The suites that build on the bundles (the CLI and the server as processes). */
const BUILT = ['test/cli/**/*.test.ts', 'test/lsp/**/*.test.ts', 'test/nvim/**/*.test.ts', 'test/emacs/**/*.test.ts'];

export default defineConfig({
  test: {
    // A hang guard, not a speed check: a busy machine must not fail a test (speeds are in `npm run bench`).
    testTimeout: 300_000,
    // A worker a core. Vitest keeps one core for itself by default, which on a two-core machine ran
    // every file in turn (304 s here); its own process mostly waits, and so do the files that wait on
    // the CLI or the server as child processes (150 s).
    maxWorkers: availableParallelism(),
    hookTimeout: 300_000,
    setupFiles: ['test/helpers/reference.ts'],
    projects: [
      // `npm run test:unit`: the core and the plan service in process, no build needed.
      { extends: true, test: { name: 'unit', include: ['test/unit/**/*.test.ts', 'test/service/**/*.test.ts'] } },
      {
        extends: true,
        test: { name: 'built', include: BUILT, globalSetup: ['test/helpers/globalSetup.ts'] },
      },
      // The same fixture, example, CLI and LSP suites with every shortcut off
      // (base/shortcuts.ts): each expects the same answers as above. The
      // big-plan worker's own tests and the editors' are not repeated.
      {
        extends: true,
        test: {
          name: 'reference',
          include: [
            'test/unit/rules.test.ts',
            'test/unit/parse.test.ts',
            'test/cli/**/*.test.ts',
            'test/lsp/**/*.test.ts',
          ],
          // The pool's own test compares threads, not parse paths; it is the slowest both ways.
          exclude: ['test/lsp/bigPlans*.test.ts', 'test/cli/pool.test.ts'],
          env: { TPLAN_SHORTCUTS: 'off' },
          globalSetup: ['test/helpers/globalSetup.ts'],
        },
      },
    ],
    // `npm run coverage`: what the in-process tests reach (the stdio, CLI-process
    // and editor tests run the bundles, which V8 coverage here does not see).
    coverage: {
      provider: 'v8',
      include: ['server/src/**/*.ts'],
      exclude: ['**/*.generated.*', '**/*.d.ts'],
      reporter: ['text-summary', 'json-summary', 'text'],
      reportsDirectory: 'coverage',
      // A report also when a test fails: the figures still say what was reached.
      reportOnFailure: true,
      // Per-folder floors, a little under what the in-process tests reach (the CLI through its
      // in-process tests: test/helpers/cli.ts); `npm run coverage` fails below one.
      thresholds: {
        'server/src/plan/**': { lines: 96, branches: 88, functions: 96 },
        'server/src/rules/**': { lines: 97, branches: 90, functions: 97 },
        'server/src/text/**': { lines: 96, branches: 92, functions: 95 },
        'server/src/lint/**': { lines: 98, branches: 91, functions: 98 },
        'server/src/service/**': { lines: 97, branches: 86, functions: 95 },
        'server/src/render/**': { lines: 97, branches: 81, functions: 97 },
        'server/src/library/**': { lines: 93, branches: 78, functions: 94 },
        'server/src/history/**': { lines: 96, branches: 76, functions: 96 },
        'server/src/features/**': { lines: 87, branches: 77, functions: 85 },
        'server/src/export/**': { lines: 97, branches: 89, functions: 97 },
        'server/src/config/**': { lines: 89, branches: 67, functions: 83 },
        'server/src/host/**': { lines: 81, branches: 66, functions: 82 },
        'server/src/cli/**': { lines: 63, branches: 52, functions: 67 },
        'server/src/lsp/**': { lines: 70, branches: 57, functions: 73 },
        'server/src/node/**': { lines: 67, branches: 45, functions: 88 },
        'server/src/requirements/**': { lines: 98, branches: 0, functions: 98 },
      },
    },
  },
});
