/**
 * The browser preview in Chromium: load a fixture by URL, score it, see scores and marks in the grid and
 * the provisional total in the taskpane, undo everything. Builds the preview with webpack (production)
 * unless JIXIAO_PREVIEW_DIST names a prebuilt dist folder. Screenshots go to test/artifacts/.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { cellAt } from '../../src/core/grid';
import { readXlsx } from '../../src/hosts/xlsx/read';
import { FIXTURES_DIR } from '../sharedDir';

const ROOT = resolve(__dirname, '../..');
const FIXTURES = FIXTURES_DIR;
const ARTIFACTS = join(ROOT, 'test/artifacts');
const CHROMIUM = '/usr/bin/chromium';
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-quic',
  '--no-first-run',
  '--disable-component-update',
  '--disable-sync',
];

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** Serves `/fixtures/…` from the shared fixtures and everything else from the built dist. */
function serve(dist: string): Promise<Server> {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const [base, rel] = path.startsWith('/fixtures/')
      ? [FIXTURES, path.slice('/fixtures/'.length)]
      : [dist, path.slice(1)];
    const file = normalize(join(base, rel || 'preview.html'));
    if (!file.startsWith(base + sep) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(server)));
}

function buildPreview(): string {
  const prebuilt = process.env.JIXIAO_PREVIEW_DIST;
  if (prebuilt) return resolve(prebuilt);
  // The build also writes ../manifest.xml beside its output folder: keep both inside one temp folder.
  const out = join(mkdtempSync(join(tmpdir(), 'jixiao-preview-')), 'web');
  execFileSync(
    process.execPath,
    [require.resolve('webpack-cli/bin/cli.js'), '--mode', 'production', '--output-path', out],
    {
      cwd: ROOT,
      stdio: 'pipe',
    },
  );
  return out;
}

/** Every rendered cell's text and background, keyed by sheet!A1. */
async function gridState(page: Page): Promise<Record<string, string>> {
  return page.$$eval('table[data-sheet] td[data-cell]', (cells) =>
    Object.fromEntries(
      cells.map((td) => [
        `${td.closest('table')?.getAttribute('data-sheet')}!${td.getAttribute('data-cell')}`,
        `${td.textContent}|${getComputedStyle(td).backgroundColor}`,
      ]),
    ),
  );
}

const haveChromium = existsSync(CHROMIUM);
const suite = haveChromium || process.env.CI ? describe : describe.skip;

suite('browser preview (Chromium)', () => {
  let dist = '';
  let server: Server;
  let context: BrowserContext;
  let page: Page;
  let profile = '';
  const offsite: string[] = [];

  beforeAll(async () => {
    if (!haveChromium) throw new Error(`${CHROMIUM} is missing: install Chromium to run the browser test`);
    dist = buildPreview();
    server = await serve(dist);
    profile = mkdtempSync(join(tmpdir(), 'jixiao-chromium-'));
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: ARGS,
      viewport: { width: 1400, height: 900 },
      acceptDownloads: true,
      locale: 'zh-CN',
    });
    page = context.pages()[0] ?? (await context.newPage());
    page.on('request', (r) => {
      if (
        !r.url().startsWith('http://127.0.0.1:') &&
        !r.url().startsWith('blob:') &&
        !r.url().startsWith('data:')
      )
        offsite.push(r.url());
    });
    mkdirSync(ARTIFACTS, { recursive: true });
  }, 300_000);

  afterAll(async () => {
    await context?.close();
    await new Promise((done) => (server ? server.close(done) : done(undefined)));
    if (profile) rmSync(profile, { recursive: true, force: true });
    if (dist && !process.env.JIXIAO_PREVIEW_DIST)
      rmSync(resolve(dist, '..'), { recursive: true, force: true });
  });

  it('scores the Hunan fixture, marks the missing input, shows the provisional total, and undoes it all', async () => {
    const { port } = server.address() as AddressInfo;
    await page.goto(`http://127.0.0.1:${port}/preview.html?file=/fixtures/hunan-dept-overall.xlsx`);
    await page.locator('td[data-cell="H15"]').waitFor({ timeout: 60_000 });
    const before = await gridState(page);

    // Keyboard only: Tab to 评分 and press Enter.
    for (
      let i = 0;
      i < 40 && (await page.evaluate(() => document.activeElement?.textContent)) !== '评分';
      i++
    )
      await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.getByTestId('total-score').waitFor({ timeout: 60_000 });

    const budgetRow = page.locator('tr', { has: page.locator('td', { hasText: /^预算完成率$/ }) });
    await expect(budgetRow.locator('td', { hasText: /^2\.4$/ }).count()).resolves.toBe(1);
    const h15 = page.locator('td[data-cell="H15"]');
    await expect(h15.evaluate((td) => getComputedStyle(td).backgroundColor)).resolves.toBe(
      'rgb(255, 235, 156)',
    );
    await expect(page.getByTestId('total-score').textContent()).resolves.toBe('82.7');
    const taskpane = page.getByRole('complementary');
    await expect(taskpane.getByText('暂定', { exact: true }).isVisible()).resolves.toBe(true);

    // A finding click selects its cell in the grid.
    await taskpane.getByRole('button', { name: /^H15/ }).first().click();
    await expect(h15.getAttribute('aria-selected')).resolves.toBe('true');

    await page.screenshot({ path: join(ARTIFACTS, 'preview-scored.png') });
    await taskpane.screenshot({ path: join(ARTIFACTS, 'preview-taskpane.png') });
    await page
      .locator('[role="region"]')
      .filter({ has: page.locator('table[data-sheet]') })
      .screenshot({
        path: join(ARTIFACTS, 'preview-grid.png'),
      });

    // At a 320 px task pane width nothing spills sideways.
    await page.setViewportSize({ width: 320, height: 900 });
    await expect(taskpane.evaluate((el) => el.scrollWidth <= el.clientWidth)).resolves.toBe(true);
    await taskpane.screenshot({ path: join(ARTIFACTS, 'preview-taskpane-320.png') });
    await page.setViewportSize({ width: 1400, height: 900 });

    const scored = await gridState(page);
    const touched = Object.keys(scored).filter((k) => scored[k] !== before[k]);
    expect(touched.length).toBeGreaterThan(5);

    await taskpane.getByRole('button', { name: '撤销', exact: true }).click();
    await taskpane.getByText('已撤销上次评分，单元格已恢复原样。').waitFor();
    const undone = await gridState(page);
    expect(touched.filter((k) => undone[k] !== before[k])).toEqual([]);
    expect(undone).toEqual(before);
    await page.screenshot({ path: join(ARTIFACTS, 'preview-undone.png') });

    // Score again and download: the file carries the scores, the marks and our ledger.
    await taskpane.getByRole('button', { name: '评分', exact: true }).click();
    await taskpane.getByText(/^评分完成/).waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '下载评分结果' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('hunan-dept-overall.scored.xlsx');
    const saved = await readXlsx(readFileSync(await download.path()));
    const sheet = saved.grid.sheets.find((s) => s.name === '评分表')!;
    const scoreCol = sheet.cells[2].findIndex((c) => /得分/.test(String(c?.value ?? ''))) + 1;
    expect(cellAt(sheet, 9, scoreCol)?.value).toBe(2.4);
    expect(cellAt(sheet, 15, 8)?.fill).toBe('#FFEB9C');
    // The ledger travels as our custom XML part, not as jixiao.ledger.* properties.
    expect(saved.ledgerParts).toHaveLength(1);
    expect(Object.keys(saved.ledger!.ledger.cells).length).toBeGreaterThan(0);
    expect(Object.keys(saved.customProperties).some((k) => k.startsWith('jixiao.ledger.'))).toBe(false);

    expect(offsite).toEqual([]);
  }, 180_000);

  it('taskpane.html opened outside Excel says how to load the add-in and links to the browser version', async () => {
    const { port } = server.address() as AddressInfo;
    const outside = await context.newPage();
    // No network here: office.js cannot load, as for a person whose network blocks Microsoft's CDN.
    await outside.route(/appsforoffice/, (route) => route.abort());
    await outside.goto(`http://127.0.0.1:${port}/taskpane.html`);
    const alert = outside.getByRole('alert');
    await alert.waitFor({ timeout: 20_000 });
    await expect(alert.textContent()).resolves.toMatch(/^绩效评分助手需要在 Excel 中打开/);
    await outside.screenshot({ path: join(ARTIFACTS, 'taskpane-outside-office.png') });
    await alert.getByRole('link', { name: /打开浏览器版/ }).click();
    await outside.waitForURL(/preview\.html$/);
    await outside.close();
  }, 60_000);

  it('shows the 自评结论, writes it to a new sheet the grid then shows, and downloads it with the file', async () => {
    const { port } = server.address() as AddressInfo;
    await page.goto(`http://127.0.0.1:${port}/preview.html?file=/fixtures/hunan-dept-overall.xlsx`);
    await page.locator('td[data-cell="H15"]').waitFor({ timeout: 60_000 });
    const taskpane = page.getByRole('complementary');
    await taskpane.getByRole('button', { name: '评分', exact: true }).click();
    await taskpane.getByText(/^评分完成/).waitFor({ timeout: 60_000 });

    const card = taskpane.getByRole('group', { name: '自评结论' });
    const paragraph = card.getByTestId('conclusion-text');
    await expect(paragraph.textContent()).resolves.toMatch(
      /^示例区委编办部门整体绩效总分100分，自评得分82\.7分（暂定：“政府采购执行率”尚未评分），暂不评定等级。其中：（1）投入：/,
    );
    await card.scrollIntoViewIfNeeded();
    await card.screenshot({ path: join(ARTIFACTS, 'preview-conclusion.png') });

    await card.getByRole('button', { name: '写入“自评结论”工作表' }).click();
    await taskpane.getByText('自评结论已写入新工作表“自评结论”。').waitFor();
    const a4 = page.locator('table[data-sheet="自评结论"] td[data-cell="A4"]');
    await a4.waitFor();
    await expect(a4.textContent()).resolves.toBe(await paragraph.textContent());
    await page.screenshot({ path: join(ARTIFACTS, 'preview-conclusion-sheet.png') });

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '下载评分结果' }).click(),
    ]);
    const saved = await readXlsx(readFileSync(await download.path()));
    expect(saved.grid.sheets.map((s) => s.name)).toEqual(['基础数据表', '评分表', '自评结论']);
    const sheet = saved.grid.sheets[2];
    expect(cellAt(sheet, 1, 1)?.value).toBe('自评结论');
    expect(cellAt(sheet, 4, 1)?.value).toBe(await paragraph.textContent());
  }, 180_000);
});
