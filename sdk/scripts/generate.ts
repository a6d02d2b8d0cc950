import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generatedFiles } from './generate-lib.ts';

const dir = fileURLToPath(new URL('../src/generated/', import.meta.url));
const check = process.argv.includes('--check');
const files = await generatedFiles();
let stale = 0;
mkdirSync(dir, { recursive: true });
for (const [name, content] of files) {
  const path = join(dir, name);
  const same = existsSync(path) && readFileSync(path, 'utf8') === content;
  if (check) {
    if (!same) { stale += 1; console.log(`stale: sdk/src/generated/${name} — run \`npm run generate\``); }
  } else if (!same) writeFileSync(path, content);
}
if (!check) console.log(`${files.size} files in sdk/src/generated`);
process.exitCode = stale === 0 ? 0 : 1;
