import { defineConfig } from 'vitest/config';

// Root-level tests: repository rules (ARCHITECTURE.md), READMEs, CI script.
export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    reporters: ['default', ['json', { outputFile: 'reports/vitest.json' }]],
  },
});
