import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import type { SpecSource } from '../source/types.ts';
import type { MergePlan } from './merge.ts';
import { editAreaFile, inline, type AreaEdits } from './yaml-edit.ts';

/** The merged area files (relative path → new text), only those the plan touches. */
export function mergedAreaFiles(source: SpecSource, plan: MergePlan): Map<string, string> {
  const edits = new Map<string, AreaEdits>();
  const of = (file: string) => {
    if (!edits.has(file)) edits.set(file, { edition: plan.edition, changed: [], removed: [], added: [] });
    return edits.get(file)!;
  };
  for (const c of plan.changed) of(c.file).changed.push({ id: c.id, overrides: c.overrides });
  for (const r of plan.removed) of(r.file).removed.push(r.id);
  for (const a of plan.added) of(a.file).added.push(a.requirement);
  const files = new Map<string, string>();
  for (const [file, edit] of edits) files.set(file, editAreaFile(readFileSync(join(source.root, file), 'utf8'), edit));
  return files;
}

/** editions.yaml listing the source's editions and the new one. */
export function editionsFile(source: SpecSource, plan: MergePlan): string {
  return `# 版の一覧（古い順） / the editions this source yields, oldest first\neditions: ${inline([...source.editions, plan.edition].map(String))}\n`;
}

/** Writes a complete copy of the source to `outDir`, with the merged area files and editions.yaml. */
export function writeMerged(source: SpecSource, plan: MergePlan, outDir: string): string[] {
  const target = resolve(outDir);
  const inside = relative(resolve(source.root), target);
  if (inside !== '' && !inside.startsWith('..') && !isAbsolute(inside)) {
    throw new Error(`--out は元の仕様ディレクトリの中に置けません / --out must not be inside the source directory: ${outDir}`);
  }
  if (target !== resolve(source.root)) {
    mkdirSync(target, { recursive: true });
    cpSync(source.root, target, { recursive: true });
  }
  const written: string[] = [];
  for (const [file, text] of mergedAreaFiles(source, plan)) {
    writeFileSync(join(target, file), text);
    written.push(file);
  }
  writeFileSync(join(target, 'editions.yaml'), editionsFile(source, plan));
  written.push('editions.yaml');
  return written;
}
