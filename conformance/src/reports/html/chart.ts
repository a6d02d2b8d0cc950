import type { Tally } from '../../engine/overall.ts';
import type { RequirementClass } from '../../engine/verdicts.ts';
import { CLASS_NAMES, CLASS_ORDER, counted, ratio, VERDICT_LABELS, VERDICT_ORDER } from '../labels.ts';
import { html } from './escape.ts';

const WIDTH = 820;
const ROW = 30;
const BAR = { x: 104, width: 400, height: 20 };
/** A segment this wide (px) or wider carries its mark and count; a narrower one only its tooltip. */
const LABELLED = 30;

/** Beside a bar: met / applicable, then what else there is (× 不適合 1・未検証 3 …). */
const caption = (t: Tally) =>
  [`適合 ${ratio(t).replace(' / ', ' / 対象 ')}`, ...VERDICT_ORDER.filter((v) => v !== 'met' && t[v] > 0).map((v) => `${VERDICT_LABELS[v].ja} ${t[v]}`)].join('　');

/** One bar: the requirements of a class, a segment per verdict, met / applicable at its end. */
function bar(c: RequirementClass, t: Tally, y: number): string {
  const total = counted(t);
  let x = BAR.x;
  const segments = VERDICT_ORDER.filter((v) => t[v] > 0).map((v) => {
    const w = (t[v] / total) * BAR.width;
    const label = VERDICT_LABELS[v].ja;
    const text = w >= LABELLED ? `<text x="${(x + w / 2).toFixed(1)}" y="${y + 15}" text-anchor="middle">${html(`${VERDICT_LABELS[v].mark}${t[v]}`)}</text>` : '';
    const segment = `<g class="seg seg-${v}"><title>${html(`${CLASS_NAMES[c].ja}: ${label} ${t[v]} 件`)}</title><rect x="${x.toFixed(1)}" y="${y}" width="${w.toFixed(1)}" height="${BAR.height}"/>${text}</g>`;
    x += w;
    return segment;
  });
  return (
    `<text class="axis" x="0" y="${y + 15}">${html(CLASS_NAMES[c].ja)}</text>` +
    `<rect class="track" x="${BAR.x}" y="${y}" width="${BAR.width}" height="${BAR.height}"/>${segments.join('')}` +
    `<text class="ratio" x="${BAR.x + BAR.width + 10}" y="${y + 15}">${html(caption(t))}</text>`
  );
}

/**
 * A chart of one area (or of the whole run) as inline SVG: a bar per class that has requirements, each cut by
 * verdict. Colours come from the page's stylesheet; every segment also carries its mark or a tooltip, and the
 * numbers stand beside it in text, so that colour is never the only signal.
 */
export function classChart(tallies: Record<RequirementClass, Tally>, label: string): string {
  const classes = CLASS_ORDER.filter((c) => counted(tallies[c]) > 0);
  const height = Math.max(classes.length, 1) * ROW;
  const summary = classes.map((c) => `${CLASS_NAMES[c].ja} 適合 ${ratio(tallies[c])}`).join('、');
  return (
    `<svg class="chart" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" role="img" aria-label="${html(`${label}: ${summary}`)}">` +
    `${classes.map((c, i) => bar(c, tallies[c], i * ROW + 4)).join('')}</svg>`
  );
}
