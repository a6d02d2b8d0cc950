#!/usr/bin/env node
// Sums every vitest JSON report (reports/vitest.json) under a directory into one plain line:
// "N passed, N failed". An unreadable report counts as one failure. node_modules is skipped.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

function* reports(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (!entry.isDirectory() || entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.name === 'reports') {
      for (const file of readdirSync(path)) if (file === 'vitest.json') yield join(path, file);
    }
    yield* reports(path);
  }
}

const root = process.argv[2] ?? '.';
let passed = 0;
let failed = 0;
for (const file of reports(root)) {
  try {
    const report = JSON.parse(readFileSync(file, 'utf8'));
    passed += report.numPassedTests ?? 0;
    failed += report.numFailedTests ?? 0;
  } catch {
    failed += 1;
  }
}
console.log(`${passed} passed, ${failed} failed`);
