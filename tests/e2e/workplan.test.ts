// Browser journey of the work plan: the dashboard renders with its chart; a town reporter submits a
// monthly report, the division returns it with a reason, the reporter sees why and resubmits, the division
// approves; a reporter cannot open another town's task.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { artifacts, login, newPage, shot, startE2E, type E2E } from './browser.ts';

let e: E2E;
before(async () => { e = await startE2E(); });
after(async () => { await e?.close(); });

const state = (page: Page, period: string) => page.getByTestId(`report-row-${period}`).getAttribute('data-state');
const waitState = (page: Page, period: string, s: string) =>
  page.waitForFunction(([p, want]) => document.querySelector(`[data-testid="report-row-${p}"]`)?.getAttribute('data-state') === want, [period, s] as const);

describe('work plan in Chromium', () => {
  it('shows the dashboard with green, yellow and red counts and the area chart', async () => {
    const page = await newPage(e, { width: 1366, height: 900 });
    const errors: string[] = [];
    page.on('pageerror', (err) => errors.push(String(err)));
    await login(page, e, 'leader');
    await page.goto(`${e.url}/plan`);
    await page.getByTestId('plan-dashboard').waitFor();
    for (const s of ['green', 'yellow', 'red']) {
      const n = Number((await page.getByTestId(`plan-kpi-${s}`).innerText()).replace(/\D+/g, ' ').trim().split(' ').pop());
      assert.ok(n > 0, `${s} count shown: ${n}`);
    }
    await page.getByTestId('plan-area-chart').locator('canvas, svg').first().waitFor();
    assert.deepEqual(errors, []);
    await shot(page, 'plan-dashboard');
    fs.mkdirSync(path.resolve('docs/screenshots'), { recursive: true });
    if (process.env.TONGCHOU_UPDATE_SCREENSHOTS === '1') fs.copyFileSync(path.join(artifacts, 'plan-dashboard.png'), path.resolve('docs/screenshots/plan-dashboard.png'));
    await page.context().close();
  });

  it('report → return with a reason → the reporter sees it → resubmit → approve', async () => {
    // A 庙城镇 task still running that has no October report yet.
    const task = await e.t.ctx.db.selectFrom('tasks').innerJoin('orgUnits', 'orgUnits.id', 'tasks.leadUnitId')
      .select(['tasks.id', 'tasks.code']).where('orgUnits.code', '=', 'T-MIAOCHENG').where('tasks.dueDate', '>=', '2023-11-30')
      .where('tasks.id', 'not in', (eb) => eb.selectFrom('progressReports').select('taskId').where('period', '=', '2023-10'))
      .orderBy('tasks.id').executeTakeFirstOrThrow();
    const town = await newPage(e);
    await login(town, e, 'town');
    await town.goto(`${e.url}/plan/tasks/${task.id}`);
    await town.getByTestId('report-open').click();
    await town.getByTestId('report-form').waitFor();
    await town.getByTestId('report-pct').fill('55');
    await town.getByTestId('report-narrative').fill('10月完成第5个项目交地，征拆工作累计完成55%。');
    await town.getByTestId('report-submit').click();
    await waitState(town, '2023-10', 'submitted');

    const staff = await newPage(e);
    await login(staff, e, 'staff');
    await staff.goto(`${e.url}/plan/tasks/${task.id}`);
    await staff.getByTestId('review-return-2023-10').click();
    await staff.getByTestId('return-reason').fill('累计比例与交地确认单不一致，请核实后重报。');
    await staff.getByTestId('return-submit').click();
    await waitState(staff, '2023-10', 'returned');

    await town.reload();
    const reason = town.getByTestId('returned-reason-2023-10');
    await reason.waitFor();
    assert.match(await reason.innerText(), /交地确认单不一致/);
    assert.ok(Number(await town.getByTestId('notification-bell').getAttribute('data-unread')) >= 1, 'the reporter is notified');
    await shot(town, 'plan-report-returned');
    await town.getByTestId('report-open').click();
    await town.getByTestId('report-narrative').fill('10月完成第5个项目交地（交地确认单 MC-2023-05），累计完成55%。');
    await town.getByTestId('report-submit').click();
    await waitState(town, '2023-10', 'submitted');

    await staff.reload();
    await staff.getByTestId('review-approve-2023-10').click();
    await waitState(staff, '2023-10', 'approved');
    assert.equal(await state(staff, '2023-10'), 'approved');
    await shot(staff, 'plan-report-approved');
    const actions = (await e.t.ctx.db.selectFrom('auditLog').select('action').where('action', 'like', 'report.%').orderBy('seq').execute()).map((a) => a.action);
    assert.deepEqual(actions.slice(-4), ['report.submit', 'report.return', 'report.submit', 'report.approve']);
    await town.context().close();
    await staff.context().close();
  });

  it("does not show a reporter another town's task", async () => {
    const other = await e.t.ctx.db.selectFrom('tasks').innerJoin('orgUnits', 'orgUnits.id', 'tasks.leadUnitId').select('tasks.id')
      .where('orgUnits.code', '=', 'T-YANQI').executeTakeFirstOrThrow();
    const page = await newPage(e);
    await login(page, e, 'town');
    await page.goto(`${e.url}/plan/tasks/${other.id}`);
    await page.getByText(/不存在|无权/).first().waitFor();
    assert.equal(await page.getByTestId('report-open').count(), 0);
    await page.context().close();
  });
});
