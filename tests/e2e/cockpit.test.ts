// Browser journey of the cockpit and its neighbours: the leader opens the cockpit, follows the red-task
// figure to the task list and finds the same number there; the big screen at 1920×1080 is dark and shows
// the tiles; a town reporter sees 我的工作 on the home page; division staff generate a report and see its
// first version; the system admin creates an open-API token (shown once, then only its prefix) and sees
// the scheduled jobs.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { clickUntil, login, newPage, shot, startE2E, type E2E, visit } from './browser.ts';

let e: E2E;
before(async () => { e = await startE2E(); });
after(async () => { await e?.close(); });

/** Relative luminance (0 black … 1 white) of a CSS rgb()/rgba() colour. */
function luminance(css: string): number {
  const [r, g, b] = (css.match(/\d+(\.\d+)?/g) ?? []).map(Number);
  return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
}

describe('cockpit in Chromium', () => {
  it('the leader follows the red-task figure to the task list and finds the same total', async () => {
    const page = await newPage(e, { width: 1366, height: 900 });
    const errors: string[] = [];
    page.on('pageerror', (err) => errors.push(String(err)));
    await login(page, e, 'leader');
    await page.goto(`${e.url}/cockpit`);
    const tile = page.getByTestId('tile-workplan-red_tasks');
    await tile.waitFor();
    const value = Number(await tile.getAttribute('data-value'));
    assert.ok(value > 0, `the demo has red tasks (${value})`);
    assert.match(await tile.innerText(), new RegExp(`\\b${value}\\b`));
    const api = (await (await page.request.get(`${e.url}/api/cockpit`)).json()) as { tiles: { key: string; value: number }[] };
    assert.equal(api.tiles.find((x) => x.key === 'workplan.red_tasks')?.value, value);
    assert.ok((await page.getByTestId('cockpit-tiles').locator('a.ck-tile').count()) >= 7);
    await page.waitForTimeout(300);
    await shot(page, 'cockpit');
    await tile.click();
    await page.waitForURL((u) => u.pathname === '/plan/tasks' && u.searchParams.get('status') === 'red');
    await page.getByTestId('task-table').waitFor();
    await page.locator('tr[data-status]').first().waitFor();
    await shot(page, 'cockpit-drill');
    assert.equal(await page.locator('.ant-pagination-total-text').innerText(), `共 ${value} 条`, 'the list shows as many tasks as the tile');
    const rows = await page.locator('tr[data-status]').evaluateAll((els) => els.map((x) => x.getAttribute('data-status')));
    assert.ok(rows.length > 0 && rows.every((s) => s === 'red'), `rows are red: ${rows.join(',')}`);
    assert.deepEqual(errors, []);
    await page.context().close();
  });

  it('shows the big screen at 1920×1080, dark, with the tiles and the charts', async () => {
    const page = await newPage(e, { width: 1920, height: 1080 });
    const errors: string[] = [];
    page.on('pageerror', (err) => errors.push(String(err)));
    await login(page, e, 'leader');
    await page.goto(`${e.url}/cockpit/screen`);
    await page.getByTestId('cockpit-screen').waitFor();
    await page.getByTestId('tile-workplan-red_tasks').waitFor();
    assert.equal(await page.getByTestId('side-menu').count(), 0, 'no app menu on the big screen');
    const bg = await page.getByTestId('cockpit-screen').evaluate((el) => getComputedStyle(el).backgroundColor);
    assert.ok(luminance(bg) < 0.2, `dark background (${bg})`);
    await page.getByTestId('cockpit-chart-modules').locator('canvas').first().waitFor();
    await page.getByTestId('cockpit-chart-share').locator('canvas').first().waitFor();
    const box = await page.getByTestId('cockpit-screen').boundingBox();
    assert.ok(box && box.width <= 1920, 'no horizontal overflow');
    await shot(page, 'cockpit-screen');
    assert.deepEqual(errors, []);
    await page.context().close();
  });

  it('shows a town reporter 我的工作 with the reports due on the home page', async () => {
    const page = await newPage(e, { width: 1366, height: 900 });
    const errors: string[] = [];
    page.on('pageerror', (err) => errors.push(String(err)));
    await login(page, e, 'town');
    await page.goto(`${e.url}/`);
    await page.getByTestId('my-work').waitFor();
    const work = (await (await page.request.get(`${e.url}/api/my-work`)).json()) as { due: { key: string; count: number }[]; unreadNotifications: number };
    assert.ok(work.due.length > 0, 'the demo town has work due');
    for (const item of work.due) {
      const row = page.getByTestId(`work-${item.key.replace(/\./g, '-')}`);
      await row.waitFor();
      assert.equal(Number(await row.getAttribute('data-count')), item.count);
    }
    assert.equal(Number(await page.getByTestId('my-work-unread').getAttribute('data-unread')), work.unreadNotifications);
    await page.getByTestId('module-list').waitFor();
    await shot(page, 'my-work');
    await page.getByTestId(`work-${work.due[0].key.replace(/\./g, '-')}`).click();
    await page.waitForURL((u) => u.pathname !== '/');
    // The notification centre: the unread ones, then all read with one click.
    await page.goto(`${e.url}/`);
    await page.getByTestId('my-work-unread').click();
    await page.waitForURL((u) => u.pathname === '/notifications');
    await page.getByTestId('notifications-list').waitFor();
    if (work.unreadNotifications > 0) {
      await page.getByTestId('notifications-list').locator('[data-read="0"]').first().waitFor();
      await shot(page, 'notifications');
      await page.getByTestId('notifications-read-all').click();
      await page.locator('.ant-popconfirm .ant-btn-primary').first().click();
      await page.getByText('暂无未读通知').first().waitFor();
      const after = (await (await page.request.get(`${e.url}/api/notifications?unread=1`)).json()) as { unread: number };
      assert.equal(after.unread, 0);
    } else await shot(page, 'notifications');
    assert.deepEqual(errors, []);
    await page.context().close();
  });

  it('lets division staff generate a report and lists its first version', async () => {
    const page = await newPage(e, { width: 1366, height: 900 });
    const errors: string[] = [];
    page.on('pageerror', (err) => errors.push(String(err)));
    await login(page, e, 'staff');
    await page.goto(`${e.url}/reports`);
    await page.getByTestId('report-types').waitFor();
    await page.getByTestId('report-generate-plan.bulletin').click();
    await page.getByText(/第 1 版已生成|已生成《.*》第 1 版/).first().waitFor();
    const row = page.getByTestId('report-versions').locator('tr[data-type="plan.bulletin"][data-seq="1"]');
    await row.waitFor();
    assert.match(await row.innerText(), /第 1 版/);
    assert.match(await row.innerText(), /手动/);
    assert.match(await row.innerText(), /\d{4}年\d{1,2}月/, 'the period reads as 2023年10月, not 2023-10');
    await page.getByTestId('report-versions').scrollIntoViewIfNeeded();
    await shot(page, 'reports');
    assert.deepEqual(errors, []);
    await page.context().close();
  });

  it('lets the system admin create an open-API token shown once, and see the scheduled jobs', async () => {
    const page = await newPage(e, { width: 1366, height: 900 });
    const errors: string[] = [];
    page.on('pageerror', (err) => errors.push(String(err)));
    await login(page, e, 'sysadmin');
    await page.goto(`${e.url}/admin/integrations`);
    await page.getByTestId('tokens-table').waitFor();
    await page.getByTestId('open-api-panel').waitFor();
    await page.getByTestId('token-create').click();
    await page.getByTestId('token-name').fill('区大数据中心数据共享');
    await page.getByTestId('token-form').getByText('读取经济指标').click();
    await page.getByTestId('token-form').getByText('读取预警（驾驶舱关注事项）').click();
    await page.getByTestId('token-submit').click();
    const shown = page.getByTestId('token-value');
    await shown.waitFor();
    const token = await shown.inputValue();
    assert.ok(token.length >= 20, `a token (${token.length} characters)`);
    await page.getByText('令牌只显示这一次').waitFor();
    // The token leaves the page with its modal.
    await clickUntil(page.getByTestId('token-shown-close'), async () => (await shown.count()) === 0, 'the shown token is gone after 我已保存');
    const table = page.getByTestId('tokens-table');
    await table.getByText('区大数据中心数据共享').waitFor();
    const listed = (await (await page.request.get(`${e.url}/api/admin/api-tokens`)).json()) as { items: { name: string; prefix: string }[] };
    const prefix = listed.items.find((x) => x.name === '区大数据中心数据共享')!.prefix;
    assert.ok(token.startsWith(prefix), 'the prefix is the token’s beginning');
    const text = await table.innerText();
    assert.ok(text.includes(prefix), 'the list shows the prefix');
    assert.ok(!text.includes(token), 'the list never shows the token');
    assert.equal(await page.getByTestId('token-value').count(), 0);
    // The token works on the open API within its scopes only.
    const ok = await page.request.get(`${e.url}/api/open/v1/alerts`, { headers: { authorization: `Bearer ${token}` } });
    assert.equal(ok.status(), 200);
    const denied = await page.request.get(`${e.url}/api/open/v1/projects`, { headers: { authorization: `Bearer ${token}` } });
    assert.equal(denied.status(), 403);
    // A webhook: created in the drawer (the secret never comes back), then a test message whose outcome shows.
    await page.getByTestId('webhook-create').click();
    await page.getByTestId('webhook-name').fill('委办公室值班群');
    await page.getByTestId('webhook-url').fill('http://127.0.0.1:9/robot/send?key=abc');
    await page.getByTestId('webhook-secret').fill('s3cret-value');
    await page.getByTestId('webhook-submit').click();
    const hooks = page.getByTestId('webhooks-table');
    await hooks.getByText('委办公室值班群').waitFor();
    assert.match(await hooks.innerText(), /已设置/);
    assert.ok(!(await hooks.innerText()).includes('s3cret-value'));
    const hook = ((await (await page.request.get(`${e.url}/api/admin/webhooks`)).json()) as { items: { id: number; name: string }[] }).items.find((x) => x.name === '委办公室值班群')!;
    await page.getByTestId(`webhook-test-${hook.id}`).click();
    await page.getByTestId(`webhook-test-result-${hook.id}`).waitFor({ timeout: 30_000 });
    await shot(page, 'integrations');

    await visit(page, '/admin/jobs');
    const job = page.getByTestId('job-webhooks.send');
    await job.waitFor();
    assert.match(await job.innerText(), /webhooks\.send/);
    assert.match(await job.innerText(), /每分钟/);
    await page.getByTestId('job-run-webhooks.send').click();
    await page.getByText('任务 webhooks.send 已运行').waitFor();
    await job.getByText('成功').waitFor();
    await shot(page, 'jobs');
    assert.deepEqual(errors, []);
    await page.context().close();
  });
});
