// Browser journey of major projects and the 发改联席会 loop: the leader's roll-up with its charts and KPI
// figures equal to the API's; a 庙城镇 reporter raises a problem on one of its projects (owned by 庙城镇
// itself); the investment division schedules a joint meeting with it on the agenda and issues minutes with
// a decision led by 庙城镇, which becomes a supervised task; resolving the problem is refused while that
// task is open; the town reports the task 100% done and asks to close it, the division approves both; the
// problem then resolves; the minutes download as .docx; and the pages render in English without raw keys.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { artifacts, login, pickOption, newPage, shot, startE2E, type E2E, visit } from './browser.ts';

let e: E2E;
before(async () => { e = await startE2E(); });
after(async () => { await e?.close(); });

const openPopup = '.ant-select-dropdown:not(.ant-select-dropdown-hidden)';

function keepScreenshot(name: string, as: string) {
  if (process.env.TONGCHOU_UPDATE_SCREENSHOTS !== '1') return;
  fs.mkdirSync(path.resolve('docs/screenshots'), { recursive: true });
  fs.copyFileSync(path.join(artifacts, `${name}.png`), path.resolve(`docs/screenshots/${as}.png`));
}

/** Picks the org unit named exactly `name` from an antd TreeSelect (the org tree). */
async function pickOrg(page: Page, field: Locator, name: string) {
  await field.click();
  await page.keyboard.type(name);
  await page.locator(`${openPopup} .ant-select-tree-title`).filter({ hasText: new RegExp(`^${name}$`) }).first().click();
  await page.locator(openPopup).waitFor({ state: 'hidden' }); // a single pick closes it (Escape now would close the dialog)
}

/** Types an ISO date into an antd DatePicker (which also accepts YYYY-MM-DD when showing 2023年3月15日). */
async function fillDate(page: Page, field: Locator, iso: string) {
  const input = (await field.evaluate((el) => el.tagName)) === 'INPUT' ? field : field.locator('input').first();
  await input.click();
  await input.fill(iso);
  await input.press('Tab'); // not Enter (it would submit the form) nor Escape (it would close the drawer)
}

describe('major projects in Chromium', () => {
  it('shows the leader the roll-up with charts, and KPI figures equal to the API', async () => {
    const page = await newPage(e, { width: 1366, height: 900 });
    const errors: string[] = [];
    page.on('pageerror', (err) => errors.push(String(err)));
    await login(page, e, 'leader');
    await page.goto(`${e.url}/projects`); // no year: the newest year with projects (the demo's 2023)
    await page.getByTestId('proj-kpi-projects').waitFor();
    assert.match(await page.getByTestId('proj-year').innerText(), /2023/);
    for (const id of ['proj-chart-category', 'proj-chart-sector', 'proj-chart-town']) await page.getByTestId(id).locator('canvas, svg').first().waitFor();
    const res = await page.request.get(`${e.url}/api/projects/2023/rollup`);
    assert.equal(res.status(), 200);
    const api = (await res.json()) as { totals: { projects: number; plan: number; cum: number; cumConstruction: number; completionPct: number; byStatus: Record<string, number> }; missedStarts: unknown[] };
    const value = async (id: string) => Number(await page.getByTestId(id).getAttribute('data-value'));
    assert.equal(await value('proj-kpi-projects'), api.totals.projects);
    assert.equal(await value('proj-kpi-plan'), api.totals.plan);
    assert.equal(await value('proj-kpi-cum'), api.totals.cum);
    assert.equal(await value('proj-kpi-cumConstruction'), api.totals.cumConstruction);
    assert.equal(await value('proj-kpi-progress'), api.totals.completionPct);
    for (const s of ['red', 'yellow', 'green', 'grey']) assert.equal(await value(`proj-kpi-${s}`), api.totals.byStatus[s], `${s} count`);
    // What the eye reads: the plan in 亿元 with two decimals, and the completion rate.
    assert.match(await page.getByTestId('proj-kpi-plan').innerText(), new RegExp(`${(api.totals.plan / 10000).toFixed(2).replace('.', '\\.')}\\s*亿元`));
    assert.match(await page.getByTestId('proj-kpi-progress').innerText(), new RegExp(api.totals.completionPct.toFixed(1).replace('.', '\\.')));
    assert.equal(Number(await page.getByTestId('proj-missed-count').innerText()), api.missedStarts.length);
    await page.getByTestId('proj-stat-fai').waitFor();
    await shot(page, 'projects-dashboard');
    keepScreenshot('projects-dashboard', 'projects-dashboard');
    assert.deepEqual(errors, []);
    await page.context().close();
  });

  it('problem → joint meeting → decision task → refused resolve → report and 销号 → resolved; minutes .docx', async () => {
    const db = e.t.ctx.db;
    const project = await db.selectFrom('projects').innerJoin('orgUnits', 'orgUnits.id', 'projects.responsibleUnitId')
      .select(['projects.id', 'projects.name']).where('orgUnits.code', '=', 'T-MIAOCHENG').where('projects.year', '=', 2023).orderBy('projects.id').executeTakeFirstOrThrow();
    const title = '施工便道占用基本农田，需调整临时用地方案';

    // 庙城镇 raises a problem on its project; 庙城镇 itself owns it.
    const town = await newPage(e, { width: 1366, height: 900 });
    await login(town, e, 'town');
    await town.goto(`${e.url}/projects/${project.id}`);
    await town.getByTestId('proj-milestones').waitFor();
    await shot(town, 'projects-detail');
    await town.getByTestId('proj-raise').click();
    await town.getByTestId('problem-form').waitFor();
    await pickOption(town, town.getByTestId('problem-form-type'), '土地');
    await town.getByTestId('problem-form-title').fill(title);
    await town.getByTestId('problem-form-description').fill('临时施工便道涉及基本农田约 3 亩，须调整临时用地方案并报规自分局审批。');
    await pickOrg(town, town.getByTestId('problem-form-owner'), '庙城镇');
    await town.getByTestId('problem-form-submit').click();
    await town.waitForFunction(() => /^\/problems\/\d+$/.test(location.pathname));
    const problemId = Number(new URL(town.url()).pathname.split('/').pop());
    await town.getByTestId('problem-event-raise').waitFor();
    const raised = await db.selectFrom('problems').innerJoin('orgUnits', 'orgUnits.id', 'problems.ownerUnitId').select(['problems.title', 'problems.refId', 'orgUnits.code'])
      .where('problems.id', '=', problemId).executeTakeFirstOrThrow();
    assert.deepEqual(raised, { title, refId: project.id, code: 'T-MIAOCHENG' });

    // The investment division schedules a joint meeting with it on the agenda.
    const invest = await newPage(e, { width: 1366, height: 900 });
    await login(invest, e, 'invest');
    await invest.goto(`${e.url}/meetings?year=2023`);
    await invest.getByTestId('meeting-create').click();
    await invest.getByTestId('meeting-form').waitFor();
    await invest.getByTestId('meeting-form-title').fill('2023年第7次发改联席会');
    await fillDate(invest, invest.getByTestId('meeting-form-date'), '2023-10-20');
    await invest.getByTestId('meeting-form-location').fill('区发改委三楼会议室');
    await invest.getByTestId('meeting-form-chair').fill('王主任');
    await pickOption(invest, invest.getByTestId('meeting-form-problems'), title, '施工便道');
    await invest.keyboard.press('Escape'); // closes the multiple select's list (it stays open after a pick)
    await invest.getByTestId('meeting-form-units').getByText('庙城镇').waitFor(); // invited with its problem
    await invest.getByTestId('meeting-form-submit').click();
    await invest.waitForFunction(() => /^\/meetings\/\d+$/.test(location.pathname));
    const meetingId = Number(new URL(invest.url()).pathname.split('/').pop());
    await invest.getByTestId(`agenda-${problemId}`).waitFor();

    // Minutes with one decision led by 庙城镇.
    await invest.getByTestId('minutes-open').click();
    await invest.getByTestId('minutes-form').waitFor();
    await invest.getByTestId('minutes-no').fill('怀发改纪〔2023〕7号');
    await invest.getByTestId('minutes-summary').fill('会议研究了庙城镇重大项目推进中的用地问题。');
    await invest.getByTestId(`minutes-discussion-${problemId}`).fill('规自分局、庙城镇介绍了临时用地情况，与会单位一致同意调整便道走向。');
    await invest.getByTestId('minutes-decision-add').click();
    await invest.getByTestId('minutes-decision-text-0').fill('庙城镇牵头调整施工便道走向，10月底前完成临时用地方案报批');
    await pickOrg(invest, invest.getByTestId('minutes-decision-lead-0'), '庙城镇');
    await fillDate(invest, invest.getByTestId('minutes-decision-deadline-0'), '2023-10-31');
    await shot(invest, 'projects-minutes-form');
    await invest.getByTestId('minutes-submit').click();
    await invest.getByTestId('minutes-confirm').click();
    const taskLink = invest.locator('[data-testid^="decision-task-"]').first();
    await taskLink.waitFor();
    const taskId = Number((await taskLink.getAttribute('href'))!.split('/').pop());
    assert.ok(taskId > 0, 'the decision links to its supervised task');
    const task = await db.selectFrom('tasks').innerJoin('orgUnits', 'orgUnits.id', 'tasks.leadUnitId').select(['tasks.code', 'tasks.state', 'orgUnits.code as lead']).where('tasks.id', '=', taskId).executeTakeFirstOrThrow();
    assert.deepEqual(task, { code: `LXH-${meetingId}-1`, state: 'active', lead: 'T-MIAOCHENG' });
    await shot(invest, 'meeting');
    keepScreenshot('meeting', 'meeting');

    // Resolving now is refused: the action item is not verified done.
    await invest.goto(`${e.url}/problems/${problemId}`);
    await invest.getByTestId('problem-status').waitFor();
    assert.equal(await invest.getByTestId('problem-status').getAttribute('data-status'), 'decided');
    await invest.getByTestId('problem-action-resolve').click();
    await invest.getByTestId('problem-action-note').fill('用地方案已确定。');
    await invest.getByTestId('problem-action-submit').click();
    const refusal = invest.getByTestId('problem-action-error');
    await refusal.waitFor();
    assert.match(await refusal.innerText(), /1 项议定事项未办结/);
    assert.equal(await invest.getByTestId('problem-refusal').count(), 1);
    await shot(invest, 'projects-problem-refused');
    await invest.keyboard.press('Escape');

    // 庙城镇 finds the task among its tasks, reports it done and asks to close it with evidence.
    await town.goto(`${e.url}/plan/my`);
    await town.getByTestId(`task-row-LXH-${meetingId}-1`).waitFor();
    await town.goto(`${e.url}/plan/tasks/${taskId}`);
    await town.getByTestId('report-open').click();
    await town.getByTestId('report-form').waitFor();
    await town.getByTestId('report-pct').fill('100');
    await town.getByTestId('report-narrative').fill('便道走向已调整，临时用地方案已报规自分局批复（怀规自临〔2023〕12号）。');
    await town.getByTestId('report-submit').click();
    await town.waitForFunction(() => document.querySelector('[data-testid="report-row-2023-10"]')?.getAttribute('data-state') === 'submitted');

    const staff = await newPage(e, { width: 1366, height: 900 });
    await login(staff, e, 'staff');
    await staff.goto(`${e.url}/plan/tasks/${taskId}`);
    await staff.getByTestId('review-approve-2023-10').click();
    await staff.waitForFunction(() => document.querySelector('[data-testid="report-row-2023-10"]')?.getAttribute('data-state') === 'approved');

    await town.reload();
    await town.getByTestId('close-request-open').click();
    await town.getByTestId('close-evidence').fill('临时用地批复 怀规自临〔2023〕12号，便道调整完成照片。');
    await town.locator('.ant-modal-footer .ant-btn-primary').click();
    await town.locator('[data-testid^="close-request-"][data-state="requested"]').waitFor();

    await staff.reload();
    await staff.getByTestId('close-approve').click();
    await staff.locator('.ant-popconfirm .ant-btn-primary, .ant-popover .ant-btn-primary').first().click();
    await staff.locator('[data-testid^="close-request-"][data-state="approved"]').waitFor();
    assert.equal((await db.selectFrom('tasks').select('state').where('id', '=', taskId).executeTakeFirstOrThrow()).state, 'closed');

    // Now the problem resolves.
    await invest.reload();
    await invest.locator('[data-testid^="decision-row-"][data-done="true"]').waitFor();
    await invest.getByTestId('problem-action-resolve').click();
    await invest.getByTestId('problem-action-note').fill('临时用地方案已批复，便道调整完成，议定事项已销号。');
    await invest.getByTestId('problem-action-submit').click();
    await invest.waitForFunction(() => document.querySelector('[data-testid="problem-status"]')?.getAttribute('data-status') === 'resolved');
    await invest.getByTestId('problem-event-resolve').waitFor();
    await shot(invest, 'projects-problem-resolved');

    // The minutes as .docx.
    await invest.goto(`${e.url}/meetings/${meetingId}`);
    await invest.locator('[data-testid^="decision-row-"][data-done="true"]').waitFor();
    const [download] = await Promise.all([invest.waitForEvent('download'), invest.getByTestId('minutes-docx').click()]);
    const file = path.join(artifacts, 'projects-minutes.docx');
    await download.saveAs(file);
    assert.deepEqual([...fs.readFileSync(file).subarray(0, 4)], [0x50, 0x4b, 0x03, 0x04], 'a .docx is a zip');
    for (const p of [town, invest, staff]) await p.context().close();
  });

  it('renders the projects pages in English without raw keys', async () => {
    const page = await newPage(e, { width: 1366, height: 900 });
    const errors: string[] = [];
    page.on('pageerror', (err) => errors.push(String(err)));
    await login(page, e, 'invest');
    await page.goto(`${e.url}/projects?year=2023`);
    await page.getByTestId('proj-kpi-projects').waitFor();
    await page.getByTestId('lang-switch').getByText('EN').click();
    await page.getByText('Major projects and investment').first().waitFor();
    const project = await e.t.ctx.db.selectFrom('projects').select('id').where('year', '=', 2023).orderBy('id').executeTakeFirstOrThrow();
    const pages: [string, string][] = [
      ['/projects?year=2023', 'proj-unit-table'],
      ['/projects/list?year=2023', 'proj-table'],
      [`/projects/${project.id}`, 'proj-reports-table'],
      ['/problems', 'problem-table'],
      ['/problems/4', 'problem-history'],
      ['/meetings?year=2023', 'meeting-table'],
      ['/meetings/6', 'meeting-decisions'],
      ['/meetings/7', 'meeting-opinions'],
      ['/projects/funding?year=2023', 'funding-table'],
      ['/research-centres', 'centre-table'],
    ];
    for (const [url, testId] of pages) {
      await visit(page, url);
      await page.getByTestId(testId).waitFor();
      await page.waitForTimeout(400);
      const text = await page.locator('.tc-page').innerText();
      assert.doesNotMatch(text, /\b(proj|plan|econ|menu|common)\.[a-zA-Z]+/, `no raw i18n key on ${url}`);
      assert.doesNotMatch(text, /(万元|亿元|待协调|已上会|议定事项|项目库|计划投资|实物工程量)/, `no Chinese UI copy on ${url}`);
    }
    await shot(page, 'projects-en');
    assert.deepEqual(errors, []);
    await page.context().close();
  });
});
