import type { EditionBundle } from './bundle/types.ts';
import { CLASSES, CLASS_LABELS } from './labels.ts';
import { operationsOf } from './bundle/openapi.ts';

/** A plain-text summary of an edition's catalogue: counts per area and class. */
export function summarise(bundle: EditionBundle): string {
  const rs = bundle.requirements;
  const pad = (s: string | number, n: number) => String(s).padStart(n);
  const header = `  ${'area'.padEnd(30)}${CLASSES.map((c) => pad(c, 11)).join('')}${pad('total', 10)}${pad('auto', 7)}`;
  const lines = [`edition ${bundle.edition} — 要件 ${rs.length} 件 / ${rs.length} requirements`, header];
  for (const area of bundle.areas) {
    const inArea = rs.filter((r) => r.area === area.id);
    const label = `${area.id} ${area.name.en}`.slice(0, 30).padEnd(30);
    lines.push(`  ${label}${CLASSES.map((c) => pad(inArea.filter((r) => r.class === c).length, 11)).join('')}${pad(inArea.length, 10)}${pad(inArea.filter((r) => r.testability === 'auto').length, 7)}`);
  }
  const auto = rs.filter((r) => r.testability === 'auto').length;
  lines.push(
    `  ${'total'.padEnd(30)}${CLASSES.map((c) => pad(rs.filter((r) => r.class === c).length, 11)).join('')}${pad(rs.length, 10)}${pad(auto, 7)}`,
    `  ${CLASSES.map((c) => `${CLASS_LABELS[c].ja} ${rs.filter((r) => r.class === c).length}`).join(' / ')}; 自動検証 ${rs.length ? Math.round((auto / rs.length) * 100) : 0}%`,
    `  operations ${operationsOf(bundle.openapi).length}, schemas ${Object.keys(bundle.schemas).length}, code lists ${bundle.codelists.length}, flows ${bundle.flows.length}`,
  );
  return lines.join('\n');
}
