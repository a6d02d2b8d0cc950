import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    // Each file runs many checks concurrently against its own in-process reference server; running the files
    // one after another keeps them from starving each other of CPU on a 2-core CI machine.
    fileParallelism: false,
    reporters: ['default', ['json', { outputFile: 'reports/vitest.json' }]],
  },
});
