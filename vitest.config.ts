import { defineConfig } from 'vitest/config';

// Root-level tests: repository rules (ARCHITECTURE.md), READMEs, CI script, and the benchmark harness's own tests.
export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts', 'bench/**/*.test.ts'],
    testTimeout: 20_000,
    reporters: ['default', ['json', { outputFile: 'reports/vitest.json' }]],
  },
});
