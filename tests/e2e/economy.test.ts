// Browser journey of economic monitoring and the plan evaluation: the overview with its counts and charts;
// an indicator page whose growth equals the API's figure, with the goal line; a statistics-bureau reporter
// enters a falling cumulative, is warned, confirms and submits, the division returns it with a reason,
// the reporter sees why and resubmits, the division approves; the Five-Year-Plan table flags a binding
// indicator and downloads its report; and every page renders in English without raw keys.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { artifacts, login, newPage, shot, startE2E, type E2E, visit } from './browser.ts';

let e: E2E;
before(async () => { e = await startE2E(); });
after(async () => { await e?.close(); });

const waitRowState = (page: Page, period: string, s: string) =>
  page.waitForFunction(([p, want]) => document.querySelector(`[data-testid="econ-value-row-${p}"]`)?.getAttribute('data-state') === want, [period, s] as const);

async function indicatorId(code: string): Promise<number> {
  const row = await e.t.ctx.db.selectFrom('econIndicators').select('id').where('code', '=', code).executeTakeFirstOrThrow();
  return row.id;
}

function keepScreenshot(name: string, as: string) {
  if (process.env.TONGCHOU_UPDATE_SCREENSHOTS !== '1') return;
  fs.mkdirSync(path.resolve('docs/screenshots'), { recursive: true });
  fs.copyFileSync(path.join(artifacts, `${name}.png`), path.resolve(`docs/screenshots/${as}.png`));
}

describe('economy in Chromium', () => {
  it('shows the leader the overview with status counts and both charts', async () => {
    const page = await newPage(e, { width: 1366, height: 900 });
    const errors: string[] = [];
    page.on('pageerror', (err) => errors.push(String(err)));
    await login(page, e, 'leader');
    await page.goto(`${e.url}/economy`); // no year: the newest year with data (the demo's 2023)
    await page.getByTestId('econ-overview-table').waitFor();
    assert.match(await page.getByTestId('econ-year').innerText(), /2023 年/);
    for (const s of ['green', 'yellow', 'red']) {
      const n = Number((await page.getByTestId(`econ-kpi-${s}`).innerText()).replace(/\D+/g, ' ').trim().split(' ').pop());
      assert.ok(n > 0, `${s} count shown: ${n}`);
    }
    await page.getByTestId('econ-growth-chart').locator('canvas, svg').first().waitFor();
    await page.getByTestId('econ-gap-chart').locator('canvas, svg').first().waitFor();
    assert.match(await page.getByTestId('econ-row-GDP').innerText(), /前三季度/);
    assert.match(await page.getByTestId('econ-row-RETAIL').innerText(), /1-9月[\s\S]*个百分点/);
    await shot(page, 'economy-overview');
    keepScreenshot('economy-overview', 'economy-overview');
    await page.getByTestId('econ-formulas').click();
    await page.getByTestId('econ-formula-drawer').getByText('T = B ×（1 + g*）').waitFor();
    assert.deepEqual(errors, []);
    await page.context().close();
  });

  it('shows the RETAIL trend with the goal line and the growth the API computes for 2023-09', async () => {
    const id = await indicatorId('RETAIL');
    const page = await newPage(e, { width: 1366, height: 900 });
    await login(page, e, 'leader');
    await page.goto(`${e.url}/economy/indicators/${id}?year=2023`);
    const trend = page.getByTestId('econ-trend');
    await trend.waitFor();
    assert.ok((await trend.getAttribute('data-series'))!.split(',').includes('goal'), 'the goal line is drawn');
    await page.getByTestId('econ-trend-chart').locator('canvas, svg').first().waitFor();
    const res = await page.request.get(`${e.url}/api/economy/2023/indicators/${id}`);
    assert.equal(res.status(), 200);
    const api = (await res.json()) as { analysis: { periods: { period: string; growthPct: number | null; goalCum: number | null }[] } };
    const sep = api.analysis.periods.find((p) => p.period === '2023-09')!;
    assert.ok(sep.growthPct !== null && sep.goalCum !== null);
    const cell = page.getByTestId('econ-value-growth-2023-09');
    assert.equal(Number(await cell.getAttribute('data-value')), sep.growthPct);
    assert.match(await cell.innerText(), new RegExp(`^${sep.growthPct!.toFixed(1).replace('.', '\\.')}%`));
    await shot(page, 'economy-indicator');
    keepScreenshot('economy-indicator', 'economy-indicator');
    await page.context().close();
  });

  it('enter a falling cumulative → warned → confirm → submit → returned with a reason → resubmit → approved', async () => {
    const id = await indicatorId('RETAIL');
    const bureau = await newPage(e, { width: 1366, height: 900 });
    await login(bureau, e, 'bureau');
    await bureau.goto(`${e.url}/economy/data?year=2023`);
    await bureau.getByTestId('econ-desk-missing-RETAIL-2023-11').click();
    await bureau.getByTestId('econ-entry-form').waitFor();
    assert.match(await bureau.getByTestId('econ-entry-previous').innerText(), /1-10月/);
    await bureau.getByTestId('econ-entry-cum').fill('140.5');
    await bureau.getByTestId('econ-entry-prev').fill('131.2');
    await bureau.getByTestId('econ-entry-note').fill('11月累计按统计快报填报。');
    await bureau.getByTestId('econ-fall-warning').waitFor();
    await bureau.getByTestId('econ-entry-submit').click(); // refused until confirmed
    await bureau.waitForTimeout(300);
    assert.equal(await bureau.getByTestId('econ-value-drawer').isVisible(), true);
    await shot(bureau, 'economy-fall-warning');
    await bureau.getByTestId('econ-fall-confirm').check();
    await bureau.getByTestId('econ-entry-submit').click();
    await bureau.getByTestId('econ-desk-submitted-RETAIL-2023-11').waitFor();

    const staff = await newPage(e, { width: 1366, height: 900 });
    await login(staff, e, 'staff');
    await staff.goto(`${e.url}/economy/indicators/${id}?year=2023`);
    await waitRowState(staff, '2023-11', 'submitted');
    await staff.getByTestId('econ-return-2023-11').click();
    await staff.getByTestId('econ-return-reason').fill('累计值低于10月，请与统计快报核对后重报。');
    await staff.getByTestId('econ-return-submit').click();
    await waitRowState(staff, '2023-11', 'returned');

    await bureau.goto(`${e.url}/economy/indicators/${id}?year=2023`);
    const reason = bureau.getByTestId('econ-return-reason-2023-11');
    await reason.waitFor();
    assert.match(await reason.innerText(), /统计快报核对/);
    await shot(bureau, 'economy-value-returned');
    await bureau.getByTestId('econ-edit-2023-11').click();
    await bureau.getByTestId('econ-entry-returned').waitFor();
    await bureau.getByTestId('econ-entry-cum').fill('158.3');
    await bureau.getByTestId('econ-entry-submit').click();
    await waitRowState(bureau, '2023-11', 'submitted');

    await staff.reload();
    await staff.getByTestId('econ-approve-2023-11').click();
    await waitRowState(staff, '2023-11', 'approved');
    const row = await e.t.ctx.db.selectFrom('econValues').select(['state', 'cumValue']).where('indicatorId', '=', id).where('period', '=', '2023-11').executeTakeFirstOrThrow();
    assert.deepEqual(row, { state: 'approved', cumValue: 158.3 });
    await bureau.context().close();
    await staff.context().close();
  });

  it('flags a binding indicator behind schedule and downloads the evaluation report', async () => {
    const page = await newPage(e, { width: 1366, height: 900 });
    await login(page, e, 'leader');
    await page.goto(`${e.url}/economy/fyp`);
    await page.getByTestId('econ-fyp-table').waitFor();
    const flag = page.locator('[data-testid^="econ-fyp-flag-"]').first();
    await flag.waitFor();
    const code = (await flag.getAttribute('data-testid'))!.replace('econ-fyp-flag-', '');
    assert.match(await page.getByTestId(`econ-fyp-row-${code}`).innerText(), /约束性/);
    assert.equal(await page.getByTestId(`econ-fyp-rating-${code}`).getAttribute('data-flag'), 'true');
    await shot(page, 'economy-fyp');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('econ-fyp-report').click()]);
    const file = path.join(artifacts, 'economy-fyp-report.docx');
    await download.saveAs(file);
    const head = fs.readFileSync(file).subarray(0, 4);
    assert.deepEqual([...head], [0x50, 0x4b, 0x03, 0x04], 'a .docx is a zip');
    await page.context().close();
  });

  it('renders every economy page in English without raw keys', async () => {
    const id = await indicatorId('RETAIL');
    const page = await newPage(e, { width: 1366, height: 900 });
    const errors: string[] = [];
    page.on('pageerror', (err) => errors.push(String(err)));
    await login(page, e, 'staff');
    await page.goto(`${e.url}/economy?year=2023`);
    await page.getByTestId('econ-overview-table').waitFor();
    await page.getByTestId('lang-switch').getByText('EN').click();
    await page.getByText('Economic monitoring').first().waitFor();
    const pages: [string, string][] = [
      [`/economy?year=2023`, 'econ-overview-table'],
      [`/economy/indicators/${id}?year=2023`, 'econ-values-table'],
      [`/economy/opening?year=2023`, 'econ-opening-table'],
      [`/economy/data?year=2023`, 'econ-desk-table'],
      [`/economy/catalogue`, 'econ-catalogue-table'],
      [`/economy/fyp`, 'econ-fyp-table'],
    ];
    for (const [url, testId] of pages) {
      await visit(page, url);
      await page.getByTestId(testId).waitFor();
      await page.waitForTimeout(300);
      const text = await page.locator('body').innerText();
      assert.doesNotMatch(text, /\b(econ|menu|common)\.[a-zA-Z]+/, `no raw i18n key on ${url}`);
      assert.doesNotMatch(text, /个百分点|经济运行监测|待审核|开门红：/, `no Chinese UI copy on ${url}`);
    }
    await shot(page, 'economy-fyp-en');
    assert.deepEqual(errors, []);
    await page.context().close();
  });
});
