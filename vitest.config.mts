import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: [
      'test/unit/**/*.test.ts',
      'test/service/**/*.test.ts',
      'test/cli/**/*.test.ts',
      'test/lsp/**/*.test.ts',
      'test/nvim/**/*.test.ts',
      'test/emacs/**/*.test.ts',
    ],
    testTimeout: 20000,
    globalSetup: ['test/helpers/globalSetup.ts'],
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
