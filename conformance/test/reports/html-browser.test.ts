import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { allChecks } from '../../src/checks/index.ts';
import { startEmbedded } from '../../src/embedded.ts';
import { defineCheck } from '../../src/engine/registry.ts';
import { writeReports } from '../../src/reports/index.ts';
import { runSuite, type RunReport } from '../../src/run.ts';
import { expectValidReport } from '../run/support/report-schema.ts';
import { HOSTILE, sampleReport } from './support/sample.ts';

// Debian's chromium (CI installs it); the browser never reaches the network: every request but the report is refused.
const CHROMIUM = '/usr/bin/chromium';
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];
const SCREENSHOT = fileURLToPath(new URL('../../reports/html-report.png', import.meta.url));

/** A check that fails with a hostile message, so that the realistic run has a 不適合 row and data to escape. */
const hostile = defineCheck({
  id: 'test.hostile-failure',
  title: { ja: '不合格の見本', en: 'a failing sample' },
  verifies: ['01.1.2'],
  async run(ctx) {
    ctx.note(HOSTILE.body);
    ctx.fail({ ja: HOSTILE.reason, en: 'failed on purpose' });
  },
});

let browser: Browser;
let dir: string;
let realistic: RunReport;
const problems: string[] = [];
const requests: string[] = [];

async function open(report: RunReport, name: string): Promise<Page> {
  const out = join(dir, name);
  await writeReports(report, ['json', 'html'], out);
  expectValidReport(JSON.parse(await readFile(join(out, 'report.json'), 'utf8')));
  const page = await browser.newPage({ viewport: { width: 1280, height: 1600 } });
  page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('file:')) return route.continue();
    requests.push(url);
    return route.abort();
  });
  await page.goto(pathToFileURL(join(out, 'report.html')).href);
  return page;
}

const visibleIds = (page: Page) => page.locator('tr.req:visible td.id').allTextContents();

const MISSING = `Chromium is not installed at ${CHROMIUM}; the HTML report is tested in it: apt-get install -y chromium`;

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) return; // every test fails with MISSING (beforeEach), none is skipped
  dir = await mkdtemp(join(tmpdir(), 'hogo-html-browser-'));
  const target = await startEmbedded('2.1');
  try {
    realistic = await runSuite({ edition: '2.1', baseUrl: target.baseUrl, fetch: target.fetch, tokens: target.tokens, checks: [...allChecks(), hostile], scope: { areas: ['01', '05', '06'] } });
  } finally {
    await target.close();
  }
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
}, 120_000);
afterAll(async () => {
  await browser?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});
beforeEach(() => {
  if (!existsSync(CHROMIUM)) throw new Error(MISSING);
});
afterEach(() => {
  const seen = { problems: problems.splice(0), requests: requests.splice(0) };
  expect(seen.problems, 'console errors, warnings or page errors').toEqual([]);
  expect(seen.requests, 'requests the page tried to make').toEqual([]);
});

describe('report.html in headless Chromium', () => {
  it('renders a realistic run without a console error, with every row and the overall verdict; screenshot', async () => {
    const page = await open(realistic, 'realistic');
    await expect(page.title()).resolves.toContain('適合性検証結果報告書');
    expect(await page.locator('.overall strong').textContent()).toBe('× 不適合');
    expect(await page.locator('tr.req').count()).toBe(realistic.requirements.length);
    expect(await page.locator('section.area svg.chart').count()).toBe(3);
    expect(await page.locator('#r-01\\.1\\.2 .badge').textContent()).toBe('× 不適合');
    expect(await page.locator('#r-01\\.1\\.2 td.reason').textContent()).toContain('<b>太字</b>');
    await page.locator('#r-01\\.1\\.2 details.ev > summary').click();
    await page.locator('#r-01\\.1\\.2 details.ex[data-check="test.hostile-failure"] > summary').click();
    await expect(page.locator('tr.exrow').textContent()).resolves.toContain(HOSTILE.body);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    await mkdir(join(SCREENSHOT, '..'), { recursive: true });
    await page.setViewportSize({ width: 1280, height: 1800 });
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: SCREENSHOT });
    expect(existsSync(SCREENSHOT)).toBe(true);
    await page.close();
  });

  it('filters by verdict, class and area, and the search box finds by id, text and full-width digits', async () => {
    const page = await open(sampleReport(), 'sample');
    const all = sampleReport().requirements.map((r) => r.id);
    expect(await visibleIds(page)).toEqual(all);
    expect(await page.locator('#shown').textContent()).toBe('8 件中 8 件を表示');

    for (const box of await page.locator('input[name=verdict]').all()) if ((await box.getAttribute('value')) !== 'not-met') await box.uncheck();
    expect(await visibleIds(page)).toEqual(['01.1.2']);
    expect(await page.locator('section#area-02').isVisible()).toBe(false);
    expect(await page.locator('#filter-note').textContent()).toContain('除外した判定: ○ 適合、証明済み、未検証、目視確認待ち、対象外');

    await page.locator('button[type=reset]').click();
    await expect.poll(() => visibleIds(page)).toEqual(all);
    await page.selectOption('select[name=class]', 'option');
    expect(await visibleIds(page)).toEqual(['01.2.8', '02.1.2']);
    await page.selectOption('select[name=area]', '02');
    expect(await visibleIds(page)).toEqual(['02.1.2']);
    await page.locator('button[type=reset]').click();

    await page.fill('input[name=q]', 'ユニーク0113');
    expect(await visibleIds(page)).toEqual(['01.1.3']);
    await page.fill('input[name=q]', '０２．１．１'); // full-width, as typed with a Japanese IME
    expect(await visibleIds(page)).toEqual(['02.1.1']);
    await page.fill('input[name=q]', 'consultation.hostile');
    expect(await visibleIds(page)).toEqual(['01.1.2', '02.1.2']); // the failing check, and the one it blocked
    await page.fill('input[name=q]', 'どこにもない語');
    expect(await visibleIds(page)).toEqual([]);
    expect(await page.locator('#no-match').isVisible()).toBe(true);
    await page.fill('input[name=q]', '');
    expect(await visibleIds(page)).toEqual(all);
    await page.close();
  });

  it('opens the evidence on demand: the checks, their results and the recorded requests and responses, as text', async () => {
    const page = await open(sampleReport(), 'evidence');
    const row = page.locator('#r-01\\.1\\.2');
    expect(await row.locator('.checks').isVisible()).toBe(false);
    await row.locator('details.ev > summary').click();
    expect(await row.locator('.checks').textContent()).toContain('consultation.hostile 不合格');
    expect(await page.locator('tr.exrow').count()).toBe(0);
    await row.locator('details.ex > summary').click();
    const evidence = page.locator('tr.exrow');
    await expect(evidence.textContent()).resolves.toContain('要求　POST /consultations?a=1&b=2');
    const text = (await evidence.textContent())!;
    expect(text).toContain('応答　200');
    expect(text).toContain(JSON.stringify(HOSTILE.body)); // as the JSON body's string
    expect(text).toContain('記録: ログは https://elsewhere.invalid/x を指していました');
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    // filtering hides the evidence with its row; closing removes it
    await page.fill('input[name=q]', 'ユニーク0111');
    await expect.poll(() => evidence.isVisible()).toBe(false);
    await page.fill('input[name=q]', '');
    await expect.poll(() => evidence.isVisible()).toBe(true);
    await row.locator('details.ex > summary').click();
    await expect.poll(() => page.locator('tr.exrow').count()).toBe(0); // toggle events come after the click
    // a long body is cut, with a pointer to report.json
    const large = page.locator('#r-01\\.1\\.1');
    await large.locator('details.ev > summary').click();
    await large.locator('details.ex[data-check="consultation.large"] > summary').click();
    await expect(page.locator('tr.exrow').textContent()).resolves.toMatch(/文字のうち先頭のみ。全文は report\.json にあります/);
    await page.close();
  });

  it('prints without the filters, with the evidence lists expanded', async () => {
    const page = await open(sampleReport(), 'print');
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('#filters').isVisible()).toBe(false);
    expect(await page.locator('#r-01\\.1\\.2 .checks').isVisible()).toBe(true);
    expect(await page.locator('tr.req').evaluateAll((rows) => rows.every((r) => getComputedStyle(r).breakInside === 'avoid'))).toBe(true);
    // printing opens every evidence list, and closes again those the reader had not opened
    const openLists = () => page.locator('details.ev[open]').count();
    await page.emulateMedia({ media: 'screen' });
    await page.locator('#r-01\\.1\\.2 details.ev > summary').click();
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    expect(await openLists()).toBe(await page.locator('details.ev').count());
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    await expect.poll(openLists).toBe(1);
    await page.close();
  });
});
