import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts', 'test/cli/**/*.test.ts', 'test/lsp/**/*.test.ts', 'test/nvim/**/*.test.ts'],
    testTimeout: 20000,
    globalSetup: ['test/helpers/globalSetup.ts'],
  },
});
