// Browser journey of price monitoring: at phone width a collector (town, 庙城 points) picks its point and
// a day after the demo, enters a price three times the last one, is warned, cannot submit until a note and
// the confirm tick are given, then submits; the leader sees the overview of 2023-06-20 with the indices,
// the table, the trend chart and the heat-map; a concluded certification case's conclusion downloads; and
// the division sets a vegetable's alert threshold and a holiday window in the monitoring catalogue.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { artifacts, login, newPage, shot, startE2E, type E2E, visit } from './browser.ts';

let e: E2E;
before(async () => { e = await startE2E({ prices: true }); });
after(async () => { await e?.close(); });

function keepScreenshot(name: string, as: string) {
  if (process.env.TONGCHOU_UPDATE_SCREENSHOTS !== '1') return;
  fs.mkdirSync(path.resolve('docs/screenshots'), { recursive: true });
  fs.copyFileSync(path.join(artifacts, `${name}.png`), path.resolve(`docs/screenshots/${as}.png`));
}

describe('prices in Chromium', () => {
  it('a collector at phone width confirms a jump with a note before submitting', async () => {
    const page = await newPage(e, { width: 390, height: 844 });
    const errors: string[] = [];
    page.on('pageerror', (err) => errors.push(String(err)));
    await login(page, e, 'town');
    await page.goto(`${e.url}/prices/collect`);
    await page.getByTestId('collect-sheet').waitFor();
    if (!(await page.getByTestId('collect-point').innerText()).includes('P03')) {
      await page.getByTestId('collect-point').click();
      await page.getByTitle('P03 庙城示例菜市场').last().click();
    }
    assert.match(await page.getByTestId('collect-point').innerText(), /P03/);
    await page.getByTestId('collect-date').fill('2024-01-02');
    // The sheet of the date shown before stays until the new date's form has loaded: fill the new one.
    await page.locator('[data-testid=collect-sheet][data-date="2024-01-02"]').waitFor();
    const form = (await (await page.request.get(`${e.url}/api/prices/form?pointId=3&date=2024-01-02`)).json()) as { items: { commodityId: number; lastPrice: number }[] };
    const first = form.items[0];
    const price = page.locator(`[data-testid=collect-price-${first.commodityId}] input, input[data-testid=collect-price-${first.commodityId}]`).first();
    await price.fill(String(Math.round(first.lastPrice * 3 * 100) / 100));
    await page.getByTestId(`collect-jump-${first.commodityId}`).waitFor();
    assert.equal(await page.getByTestId('collect-submit').isDisabled(), true, 'no submit before note and confirm');
    await page.getByTestId(`collect-note-${first.commodityId}`).fill('节前到货少，已与摊主核实');
    assert.equal(await page.getByTestId('collect-submit').isDisabled(), true, 'no submit before the confirm tick');
    await page.getByTestId(`collect-confirm-${first.commodityId}`).click();
    await shot(page, 'prices-collect-phone');
    keepScreenshot('prices-collect-phone', 'prices-collect-phone');
    assert.equal(await page.getByTestId('collect-submit').isDisabled(), false);
    await page.getByTestId('collect-submit').click();
    await page.getByText('已报送 1 个商品的价格').waitFor();
    const saved = await e.t.ctx.db.selectFrom('priceQuotes').select(['price', 'note']).where('date', '=', '2024-01-02').where('commodityId', '=', first.commodityId).execute();
    assert.equal(saved.length, 1);
    assert.equal(saved[0].note, '节前到货少，已与摊主核实');
    assert.deepEqual(errors, []);
    await page.context().close();
  });

  it('shows the leader the overview of 2023-06-20 with indices, table, trend and heat-map', async () => {
    const page = await newPage(e, { width: 1366, height: 900 });
    const errors: string[] = [];
    page.on('pageerror', (err) => errors.push(String(err)));
    await login(page, e, 'leader');
    await page.goto(`${e.url}/prices?date=2023-06-20`);
    await page.getByTestId('price-overview-table').waitFor();
    const api = (await (await page.request.get(`${e.url}/api/prices/overview?date=2023-06-20`)).json()) as { overallIndex: number | null; groups: { group: string; index: number | null }[] };
    const overall = await page.getByTestId('price-index-overall').innerText();
    assert.match(overall, api.overallIndex === null ? /综合指数\s*—/ : new RegExp(api.overallIndex.toFixed(2).replace('.', '\\.')));
    if (api.overallIndex === null) console.log('overview of 2023-06-20 without an overall index:', JSON.stringify(api.groups));
    assert.ok((await page.getByTestId('price-index-cards').locator('.ant-card').count()) >= 10);
    assert.match(await page.getByTestId('price-row-FLOUR').innerText(), /面粉/);
    await page.getByTestId('price-trend-chart').locator('canvas, svg').first().waitFor();
    await page.getByTestId('price-heatmap').locator('canvas, svg').first().waitFor();
    await shot(page, 'prices-overview');
    keepScreenshot('prices-overview', 'prices-overview');
    assert.deepEqual(errors, []);
    await page.context().close();
  });

  it('lets the leader find a concluded certification case by its requester and download its conclusion', async () => {
    const page = await newPage(e, { width: 1366, height: 900 });
    const errors: string[] = [];
    page.on('pageerror', (err) => errors.push(String(err)));
    await login(page, e, 'leader');
    const all = (await (await page.request.get(`${e.url}/api/cert-cases`)).json()) as { items: { id: number; caseNo: string; requesterOrg: string; stage: string }[]; abilities: { write: boolean } };
    assert.equal(all.abilities.write, false, 'the leader reads cases but does not write');
    const done = all.items.find((c) => c.stage === 'concluded' || c.stage === 'delivered');
    assert.ok(done, 'the demo holds a concluded or delivered case');
    await page.goto(`${e.url}/prices/cases`);
    await page.getByTestId('cert-table').locator('tbody tr.ant-table-row').first().waitFor();
    await shot(page, 'prices-cases');
    keepScreenshot('prices-cases', 'prices-cases');
    await page.getByTestId('cert-search').locator('input').first().fill(done.requesterOrg);
    const searched = page.waitForResponse((r) => r.url().includes('/api/cert-cases?') && r.url().includes('q='));
    await page.getByTestId('cert-search').locator('input').first().press('Enter');
    const expected = ((await (await searched).json()) as { items: unknown[] }).items.length;
    assert.ok(expected >= 1 && expected < all.items.length, `the search narrows the list (${expected} of ${all.items.length})`);
    const rows = page.getByTestId('cert-table').locator('tbody tr.ant-table-row');
    for (let i = 0; i < 50 && (await rows.count()) !== expected; i++) await page.waitForTimeout(100);
    await page.getByTestId(`cert-row-${done.id}`).waitFor();
    const shown = await rows.allInnerTexts();
    assert.equal(shown.length, expected);
    assert.ok(shown.length >= 1 && shown.every((r) => r.includes(done.requesterOrg) || r.includes(done.caseNo)), `only matching cases: ${shown.join(' | ')}`);
    assert.equal(await page.getByTestId('cert-add').count(), 0, 'no registering for the leader');
    await page.getByTestId(`cert-link-${done.id}`).click();
    await page.getByTestId('cert-case-info').waitFor();
    assert.match(await page.getByTestId('cert-case-no').innerText(), new RegExp(done.caseNo));
    assert.ok((await page.getByTestId('cert-case-items').locator('tbody tr.ant-table-row').count()) >= 1);
    assert.ok((await page.getByTestId('cert-case-events').locator('.ant-timeline-item').count()) >= 2);
    assert.equal(await page.getByTestId('cert-actions').count(), 0, 'no next steps for the leader');
    await shot(page, 'prices-case');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('cert-conclusion').click()]);
    const file = await download.path();
    const bytes = fs.readFileSync(file);
    assert.deepEqual([...bytes.subarray(0, 4)], [0x50, 0x4b, 0x03, 0x04], 'the conclusion is a .docx (zip)');
    assert.match(download.suggestedFilename(), /\.docx$/);
    await visit(page, '/prices/items');
    await page.getByTestId('price-items-table').locator('tbody tr.ant-table-row').first().waitFor();
    assert.equal(await page.getByTestId('price-items-table').locator('tbody tr.ant-table-row').count(), 5);
    await shot(page, 'prices-items');
    keepScreenshot('prices-items', 'prices-items');
    assert.deepEqual(errors, []);
    await page.context().close();
  });
  it('lets the division set a vegetable threshold and a holiday window in the catalogue', async () => {
    const page = await newPage(e, { width: 1366, height: 900 });
    const errors: string[] = [];
    page.on('pageerror', (err) => errors.push(String(err)));
    await login(page, e, 'staff');
    type Cat = { commodities: { id: number; code: string; name: string; groupName: string; risePct: number; fallPct: number }[]; windows: { name: string }[]; abilities: { write: boolean } };
    const read = async () => (await (await page.request.get(`${e.url}/api/prices/catalogue`)).json()) as Cat;
    const before = await read();
    assert.equal(before.abilities.write, true, 'the division writes the catalogue');
    const cabbage = before.commodities.find((c) => c.name === '大白菜');
    assert.ok(cabbage && cabbage.groupName === '蔬菜', 'the demo monitors 大白菜 among the vegetables');
    assert.notEqual(cabbage.risePct, 25);
    await page.goto(`${e.url}/prices/catalogue`);
    await page.getByTestId('cat-commodities').waitFor();
    await page.getByTestId(`cat-rise-${cabbage.id}`).waitFor();
    await shot(page, 'prices-catalogue');
    keepScreenshot('prices-catalogue', 'prices-catalogue');
    await page.getByTestId(`cat-threshold-${cabbage.id}`).click();
    const rise = page.getByTestId('cat-threshold-rise').locator('input').or(page.locator('input[data-testid=cat-threshold-rise]')).first();
    await rise.fill('25');
    await page.getByTestId('cat-threshold-submit').click();
    await page.getByText('大白菜 的预警阈值已保存').waitFor();
    const after1 = await read();
    const saved = after1.commodities.find((c) => c.id === cabbage.id)!;
    assert.equal(saved.risePct, 25);
    assert.equal(saved.fallPct, cabbage.fallPct, 'the fall threshold is kept');
    // The table shows the new threshold once its query has refetched.
    await page.waitForFunction((id) => /25%/.test(document.querySelector(`[data-testid="cat-rise-${id}"]`)?.textContent ?? ''), cabbage.id);

    const name = '2024年春节价格监测';
    await page.getByTestId('cat-add-window').click();
    await page.getByTestId('cat-window-name').fill(name);
    for (const [id, value] of [['cat-window-start', '2024-02-08'], ['cat-window-end', '2024-02-17']]) {
      const input = page.getByTestId(id).locator('input').or(page.locator(`input[data-testid=${id}]`)).first();
      await input.click();
      await input.fill(value);
      await input.press('Enter');
    }
    await page.getByTestId('cat-window-submit').click();
    await page.getByText(`已设立监测时段 ${name}`).waitFor();
    await page.getByTestId('cat-windows').getByText(name).waitFor();
    await page.locator('.ant-modal-wrap').first().waitFor({ state: 'hidden' });
    const after2 = await read();
    assert.ok(after2.windows.some((w) => w.name === name), 'the server holds the window');
    await shot(page, 'prices-catalogue-after');
    assert.deepEqual(errors, []);
    await page.context().close();
  });
});
