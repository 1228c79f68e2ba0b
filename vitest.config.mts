import { defineConfig } from 'vitest/config';

/** The suites that build on the bundles (the CLI and the server as processes). */
const BUILT = ['test/cli/**/*.test.ts', 'test/lsp/**/*.test.ts', 'test/nvim/**/*.test.ts', 'test/emacs/**/*.test.ts'];

export default defineConfig({
  test: {
    testTimeout: 20000,
    setupFiles: ['test/helpers/reference.ts'],
    projects: [
      { extends: true, test: { name: 'unit', include: ['test/unit/**/*.test.ts', 'test/service/**/*.test.ts'] } },
      {
        extends: true,
        test: { name: 'built', include: BUILT, globalSetup: ['test/helpers/globalSetup.ts'] },
      },
      // The same fixture, example, CLI and LSP suites with every shortcut off
      // (plan/shortcuts.ts): each expects the same answers as above. The
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
    },
  },
});
