// Browser journeys of the livelihood module: the leader reads the 2023 index (rank among 16, the dimension
// chart, the sensitivity chart, the ranking, the drivers, the method) and downloads the export; the division
// edits two weights of a dimension — the save stays disabled while the dimension does not sum to 1 — and the
// index moves as the API computes it; a town (庙城) reports its 疏整促 progress for its own town (a falling
// cumulative is refused in place), and reads the population page's tile map coloured by status.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { login, newPage, shot, startE2E, type E2E, visit } from './browser.ts';

let e: E2E;
before(async () => { e = await startE2E(); });
after(async () => { await e?.close(); });

describe('livelihood in Chromium', () => {
  it('shows the leader the index of 2023 with its rank, charts, ranking, drivers and method, and exports it', async () => {
    const page = await newPage(e, { width: 1440, height: 1000 });
    const errors: string[] = [];
    page.on('pageerror', (err) => errors.push(String(err)));
    await login(page, e, 'leader');
    const api = (await (await page.request.get(`${e.url}/api/livelihood/index/2023`)).json()) as { self: { rank: number; of: number }; drivers: { weak: boolean }[] };
    await page.goto(`${e.url}/livelihood?year=2023`);
    await page.getByTestId('live-ranking').locator('tbody tr.ant-table-row').first().waitFor();
    assert.match(await page.getByTestId('live-rank').innerText(), new RegExp(`${api.self.rank}\\s*/ ${api.self.of}`));
    assert.equal(api.self.of, 16);
    assert.equal(await page.getByTestId('live-ranking').locator('tbody tr.ant-table-row').count(), 16);
    assert.match(await page.getByTestId('live-ranking').locator('tr.live-self-row').innerText(), /怀柔区/);
    await page.getByTestId('live-dim-chart').locator('canvas').first().waitFor();
    await page.getByTestId('live-sensitivity-chart').locator('canvas').first().waitFor();
    assert.match(await page.getByTestId('live-drivers').innerText(), new RegExp(`短板 ${api.drivers.filter((d) => d.weak).length} 项`));
    assert.match(await page.getByTestId('live-method').innerText(), /极差标准化/);
    await shot(page, 'livelihood-index');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('live-export').click()]);
    const bytes = fs.readFileSync(await download.path());
    assert.deepEqual([...bytes.subarray(0, 2)], [0x50, 0x4b], 'the export is an xlsx (zip)');
    assert.equal(await page.getByTestId('live-make-tasks').count(), 0, 'the leader does not make tasks');
    assert.deepEqual(errors, []);
    await page.context().close();
  });

  it('lets the division change weights only when each dimension sums to 1, and the index follows', async () => {
    const page = await newPage(e, { width: 1440, height: 1000 });
    const errors: string[] = [];
    page.on('pageerror', (err) => errors.push(String(err)));
    await login(page, e, 'staff');
    const before = (await (await page.request.get(`${e.url}/api/livelihood/index/2023`)).json()) as { self: { total: number } };
    await page.goto(`${e.url}/livelihood/system?year=2023`);
    await page.getByTestId('live-w-Y1-1').waitFor();
    const w1 = page.getByTestId('live-w-Y1-1').locator('input').first();
    const w1b = (await w1.count()) ? w1 : page.locator('input[data-testid=live-w-Y1-1]');
    await w1b.fill('0.5');
    await w1b.blur();
    await page.getByTestId('live-sum-warning').waitFor();
    assert.match(await page.getByTestId('live-sum-Y1').innerText(), /1\.1/);
    assert.equal(await page.getByTestId('live-save-weights').isDisabled(), true, 'no saving while 幼有所育 sums to 1.1');
    const w2 = page.getByTestId('live-w-Y1-2').locator('input').first();
    const w2b = (await w2.count()) ? w2 : page.locator('input[data-testid=live-w-Y1-2]');
    await w2b.fill('0.2');
    await w2b.blur();
    await page.getByTestId('live-sum-warning').waitFor({ state: 'detached' });
    assert.match(await page.getByTestId('live-sum-Y1').innerText(), /^1$/);
    await shot(page, 'livelihood-system');
    const saved = page.waitForResponse((r) => r.url().includes('/api/livelihood/systems/2023/weights') && r.request().method() === 'PUT');
    await page.getByTestId('live-save-weights').click();
    assert.equal((await saved).status(), 200);
    await page.getByText('方法和权重已保存').waitFor();
    const after = (await (await page.request.get(`${e.url}/api/livelihood/index/2023`)).json()) as { self: { total: number }; method: { indicators: { code: string; weight: number }[] } };
    assert.deepEqual(after.method.indicators.filter((i) => i.code.startsWith('Y1-')).map((i) => i.weight), [0.5, 0.2, 0.3]);
    assert.notEqual(after.self.total, before.self.total, 'the index moved with the weights');
    await visit(page, '/livelihood/data?year=2023');
    await page.getByTestId('live-values-table').locator('tbody tr.ant-table-row').first().waitFor();
    assert.equal(await page.getByTestId('live-values-table').locator('tbody tr.ant-table-row').count(), 30);
    assert.match(await page.getByTestId('live-values-table').innerText(), /每千人口托位数[\s\S]*16 \/ 16/);
    await shot(page, 'livelihood-data');
    // the division sets a type's per-town targets in the 疏整促 plan
    await visit(page, '/livelihood/szc?year=2023');
    await page.getByTestId('szc-targets-CWJ').click();
    const modal = page.getByRole('dialog');
    await modal.locator('tbody tr.ant-table-row').first().waitFor();
    assert.equal(await modal.locator('tbody tr.ant-table-row').count(), 17);
    const first = modal.locator('tbody tr.ant-table-row').first().locator('input');
    await first.fill('9.9');
    await shot(page, 'livelihood-szc-targets');
    const put = page.waitForResponse((r) => r.url().includes('/api/livelihood/szc/types/') && r.request().method() === 'PUT');
    await modal.getByRole('button', { name: /确\s*定|OK/ }).click();
    assert.equal((await put).status(), 200);
    const quanhe = (await e.t.ctx.db.selectFrom('orgUnits').select('id').where('code', '=', 'T-QUANHE').executeTakeFirstOrThrow()).id;
    const cwj = (await e.t.ctx.db.selectFrom('szcTaskTypes').select('id').where('year', '=', 2023).where('code', '=', 'CWJ').executeTakeFirstOrThrow()).id;
    assert.equal((await e.t.ctx.db.selectFrom('szcTargets').select('target').where('typeId', '=', cwj).where('townId', '=', quanhe).executeTakeFirstOrThrow()).target, 9.9);
    assert.deepEqual(errors, []);
    await page.context().close();
  });

  it('lets a town report 疏整促 progress for itself and shows the population tile map', async () => {
    const page = await newPage(e, { width: 1440, height: 1000 });
    const errors: string[] = [];
    page.on('pageerror', (err) => errors.push(String(err)));
    await login(page, e, 'town');
    await page.goto(`${e.url}/livelihood/szc?year=2023`);
    await page.getByTestId('szc-matrix').locator('tbody tr.ant-table-row').first().waitFor();
    assert.match(await page.getByTestId('szc-behind').innerText(), /3/);
    assert.match(await page.getByTestId('szc-town').innerText(), /庙城镇/);
    await shot(page, 'livelihood-szc-matrix');
    const miaocheng = (await e.t.ctx.db.selectFrom('orgUnits').select('id').where('code', '=', 'T-MIAOCHENG').executeTakeFirstOrThrow()).id;
    const oct = await e.t.ctx.db.selectFrom('szcReports').innerJoin('szcTaskTypes', 'szcTaskTypes.id', 'szcReports.typeId').select(['szcTaskTypes.name', 'szcTaskTypes.unit', 'cumActual'])
      .where('townId', '=', miaocheng).where('period', '=', '2023-10').orderBy('szcTaskTypes.seq').executeTakeFirstOrThrow();
    // Pick until the select shows the choice: under load a click during the dropdown's animation can be lost.
    const pick = async (testId: string, title: string) => {
      const shown = () => page.evaluate(([id, text]) => !!document.querySelector(`[data-testid="${id}"]`)?.textContent?.includes(text), [testId, title]);
      for (let attempt = 1; attempt <= 4 && !(await shown()); attempt++) {
        await page.getByTestId(testId).click();
        const option = page.locator('.ant-select-dropdown:visible').getByTitle(title, { exact: true });
        await option.waitFor();
        await page.waitForTimeout(300);
        await option.click();
        await page.waitForTimeout(300);
      }
      assert.ok(await shown(), `${testId}: ${title} chosen`);
    };
    await pick('szc-type', `${oct.name}（${oct.unit}）`);
    // October is reported already: the form says so and holds its figure (the save would carry its version).
    await pick('szc-period', '2023-10');
    await page.getByTestId('szc-existing').waitFor();
    assert.match(await page.getByTestId('szc-existing').innerText(), new RegExp(`已报送 ${oct.cumActual}`));
    assert.equal(Number(await page.locator('input[data-testid=szc-cum], [data-testid=szc-cum] input').first().inputValue()), oct.cumActual);
    await shot(page, 'livelihood-szc-existing');
    await pick('szc-period', '2023-11');
    await page.getByTestId('szc-existing').waitFor({ state: 'detached' });
    const cum = page.locator('input[data-testid=szc-cum], [data-testid=szc-cum] input').first();
    await cum.fill(String(Math.max(0, oct.cumActual - 1)));
    await page.getByTestId('szc-submit').click();
    await page.getByTestId('szc-error').waitFor();
    assert.match(await page.getByTestId('szc-error').innerText(), /小于上月/);
    assert.equal(await page.locator('.ant-message-notice').filter({ hasText: '小于上月' }).count(), 0, 'shown in the form, not also as a toast');
    await cum.fill(String(oct.cumActual + 1));
    await page.getByTestId('szc-submit').click();
    await page.getByText('月报已报送').first().waitFor();
    const saved = await e.t.ctx.db.selectFrom('szcReports').select(['cumActual', 'state']).where('townId', '=', miaocheng).where('period', '=', '2023-11').execute();
    assert.deepEqual(saved.map((s) => [s.cumActual, s.state]), [[oct.cumActual + 1, 'submitted']]);
    await page.getByTestId('szc-report-form').scrollIntoViewIfNeeded();
    await shot(page, 'livelihood-szc');

    await visit(page, '/livelihood/population?year=2023');
    await page.getByTestId('pop-tile-T-MIAOCHENG').waitFor();
    assert.match(await page.getByTestId('pop-tile-T-MIAOCHENG').getAttribute('class') ?? '', /over/);
    assert.match(await page.getByTestId('pop-tile-T-BAOSHAN').getAttribute('class') ?? '', /ok|near/);
    assert.equal(await page.locator('.live-tiles > .live-tile').count(), 17);
    assert.equal(await page.getByTestId('pop-split').count(), 0, 'a town does not split the district cap');
    await shot(page, 'livelihood-population');
    assert.deepEqual(errors, []);
    await page.context().close();
  });
});
