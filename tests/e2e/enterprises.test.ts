// Browser journey of enterprise services: the dashboard's unvisited count equals the API's coverage; a
// demand walks its whole lifecycle — the steward logs a visit to one of its enterprises with a demand,
// dispatches it to 庙城镇, the town accepts and answers, the steward records 满意 and closes, and the
// trail shows every step; the credit-code field refuses a wrong check digit before anything is sent; a
// steward opening another steward's enterprise sees no private notes; every page renders in English
// without raw keys. Screenshots of every page go to tests/.artifacts/.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { makeUscc } from '../../common/enterprises.ts';
import { artifacts, login, pickOption, newPage as newBrowserPage, shot, startE2E, type E2E, visit } from './browser.ts';

let e: E2E;
before(async () => { e = await startE2E(); });
after(async () => { await e?.close(); });

/** A page with a longer default timeout: the machine is shared, and a loaded Chromium is slow. */
async function newPage(e2e: E2E, viewport: { width: number; height: number }): Promise<Page> {
  const page = await newBrowserPage(e2e, viewport);
  page.setDefaultTimeout(40_000);
  return page;
}

const openPopup = '.ant-select-dropdown:not(.ant-select-dropdown-hidden)';

function keepScreenshot(name: string, as: string) {
  if (process.env.TONGCHOU_UPDATE_SCREENSHOTS !== '1') return;
  fs.mkdirSync(path.resolve('docs/screenshots'), { recursive: true });
  fs.copyFileSync(path.join(artifacts, `${name}.png`), path.resolve(`docs/screenshots/${as}.png`));
}

async function pickOrg(page: Page, field: Locator, name: string) {
  await field.click();
  await page.keyboard.type(name);
  await page.locator(`${openPopup} .ant-select-tree-title`).filter({ hasText: new RegExp(`^${name}$`) }).first().click();
  await page.locator(openPopup).waitFor({ state: 'hidden' });
}

async function userId(username: string): Promise<number> {
  return (await e.t.ctx.db.selectFrom('users').select('id').where('username', '=', username).executeTakeFirstOrThrow()).id;
}

async function enterpriseOf(username: string): Promise<{ id: number; name: string }> {
  return e.t.ctx.db.selectFrom('enterprises').select(['id', 'name']).where('stewardUserId', '=', await userId(username)).orderBy('id').executeTakeFirstOrThrow();
}

const waitState = (page: Page, state: string) =>
  page.waitForFunction((want) => document.querySelector('[data-testid="ent-demand-state"]')?.getAttribute('data-state') === want, state, { timeout: 40_000 });

async function act(page: Page, action: string, fill?: (p: Page) => Promise<void>) {
  await page.getByTestId(`ent-action-${action}`).click();
  await page.getByTestId('ent-action-form').waitFor();
  if (fill) await fill(page);
  // Wait for the server's answer (and say what it was) before the form closes on it. Under load a click on the
  // modal's button can be lost while it animates: click again if no request went out (a pending one disables it).
  const isAction = (r: { url: () => string; request: () => { method: () => string } }) => /\/api\/demands\/\d+\/action$/.test(r.url()) && r.request().method() === 'POST';
  const sent = page.waitForRequest((r) => /\/api\/demands\/\d+\/action$/.test(r.url()) && r.method() === 'POST', { timeout: 60_000 });
  const answered = page.waitForResponse(isAction, { timeout: 60_000 });
  await page.getByTestId('ent-action-submit').click();
  if (!(await Promise.race([sent.then(() => true), new Promise<boolean>((r) => setTimeout(() => r(false), 5_000))]))) await page.getByTestId('ent-action-submit').click();
  const answer = await answered;
  assert.equal(answer.status(), 200, `${action}: ${await answer.text()}`);
  await page.getByTestId('ent-action-form').waitFor({ state: 'detached' });
}

describe('enterprise services in Chromium', () => {
  it("shows the leader the dashboard whose unvisited count equals the API's coverage", async () => {
    const page = await newPage(e, { width: 1366, height: 900 });
    const errors: string[] = [];
    page.on('pageerror', (err) => errors.push(String(err)));
    await login(page, e, 'leader');
    await page.goto(`${e.url}/enterprises`); // no year: the newest year with demands (the demo's 2023)
    await page.getByTestId('ent-kpi-coverage').waitFor();
    assert.match(await page.getByTestId('ent-year').innerText(), /2023/);
    const api = (await (await page.request.get(`${e.url}/api/enterprises/coverage/2023`)).json()) as { overall: { coveragePct: number }; unvisited: unknown[] };
    assert.ok(api.unvisited.length > 0);
    assert.equal(Number((await page.getByTestId('ent-kpi-unvisited').innerText()).replace(/\D+/g, ' ').trim().split(' ').pop()), api.unvisited.length);
    assert.equal(Number(await page.getByTestId('ent-kpi-coverage').getAttribute('data-value')), api.overall.coveragePct);
    await page.getByTestId('ent-coverage-chart').locator('canvas').first().waitFor();
    await page.getByTestId('ent-rates').waitFor();
    assert.ok((await page.getByTestId('ent-unvisited').locator('tbody tr.ant-table-row').count()) > 0);
    await shot(page, 'enterprises-dashboard');
    keepScreenshot('enterprises-dashboard', 'enterprises-dashboard');
    // The tax page is in the leader's menu; the list of unvisited enterprises links to the roster filter.
    await page.getByRole('menuitem', { name: /财源建设/ }).waitFor();
    await page.getByTestId('ent-kpi-unvisited').click();
    await page.waitForURL(/unvisited=1/);
    await page.getByTestId('ent-roster-table').locator('tbody tr.ant-table-row').first().waitFor();
    assert.deepEqual(errors, []);
    await page.context().close();
  });

  it('walks a demand from a visit through dispatch, accept, answer, 满意 and close, with every step in the trail', async () => {
    const ent = await enterpriseOf('steward');
    const steward = await newPage(e, { width: 1366, height: 900 });
    await login(steward, e, 'steward');
    await steward.goto(`${e.url}/enterprises/${ent.id}`);
    await steward.getByTestId('ent-history').waitFor().catch(async (err) => { await shot(steward, 'debug-visit'); throw err; });
    await steward.getByTestId('ent-visit-log').click();
    await steward.getByTestId('ent-visit-form').waitFor();
    await steward.getByTestId('ent-visit-notes').fill('了解企业扩产计划，企业反映技术骨干落户问题。');
    await steward.getByTestId('ent-visit-add-demand').click();
    await pickOption(steward, steward.getByTestId('ent-visit-demand-category-0'), '人才落户');
    await steward.getByTestId('ent-visit-demand-text-0').fill('浏览器测试：两名核心技术人员申请办理落户');
    await steward.getByTestId('ent-visit-submit').click();
    await steward.getByTestId('ent-visit-form').waitFor({ state: 'detached' });
    const demand = await e.t.ctx.db.selectFrom('demands').select(['id', 'visitId']).where('text', '=', '浏览器测试：两名核心技术人员申请办理落户').executeTakeFirstOrThrow();
    assert.ok(demand.visitId, 'the demand belongs to the visit');
    await steward.getByText('走访记录').first().waitFor();
    await steward.getByRole('tab', { name: /诉求/ }).click();
    await steward.getByRole('link', { name: '浏览器测试：两名核心技术人员申请办理落户' }).click();
    await waitState(steward, 'received');
    await act(steward, 'dispatch', (p) => pickOrg(p, p.getByTestId('ent-action-unit'), '庙城镇'));
    await waitState(steward, 'dispatched');
    assert.equal(await steward.getByTestId('ent-demand-handler').innerText(), '庙城镇');
    assert.equal(await steward.getByTestId('ent-action-accept').count(), 0, 'the steward cannot accept for the town');

    const town = await newPage(e, { width: 1366, height: 900 });
    await login(town, e, 'town');
    await town.goto(`${e.url}/enterprises/demands`);
    await town.getByTestId(`ent-demand-row-${demand.id}`).getByRole('link', { name: /浏览器测试/ }).click();
    await waitState(town, 'dispatched');
    await act(town, 'accept');
    await waitState(town, 'in_progress');
    await town.getByTestId('ent-action-answer').click();
    await town.getByTestId('ent-action-submit').click(); // no reply: refused in the form
    await town.locator('#note_help, .ant-form-item-explain-error').first().waitFor();
    await town.getByTestId('ent-action-note').fill('已与区人力社保局对接，材料齐全后十个工作日内办结落户。');
    await town.getByTestId('ent-action-submit').click();
    await town.getByTestId('ent-action-form').waitFor({ state: 'detached' });
    await waitState(town, 'answered');
    await shot(town, 'enterprises-demand-town');

    await steward.reload();
    await waitState(steward, 'answered');
    assert.match(await steward.getByTestId('ent-demand-reply').innerText(), /人力社保局/);
    await act(steward, 'evaluate', async (p) => {
      // The choice must take before submitting; a click while the modal still animates can be lost: click again.
      const checked = p.locator('.ant-radio-button-wrapper-checked', { hasText: /^满意$/ });
      for (let i = 0; !(await checked.isVisible()); i++) {
        if (i === 5) throw new Error('the 满意 choice did not take after 5 clicks');
        await p.getByTestId('ent-action-form').getByText('满意', { exact: true }).click();
        await checked.waitFor({ timeout: 3_000 }).catch(() => {});
      }
    });
    await waitState(steward, 'evaluated');
    await act(steward, 'close');
    await waitState(steward, 'closed');
    const trail = steward.getByTestId('ent-demand-trail');
    for (const a of ['receive', 'dispatch', 'accept', 'answer', 'evaluate', 'close']) await trail.getByTestId(`ent-event-${a}`).waitFor();
    assert.match(await trail.getByTestId('ent-event-evaluate').innerText(), /满意/);
    assert.match(await trail.getByTestId('ent-event-answer').innerText(), /人力社保局/);
    const row = await e.t.ctx.db.selectFrom('demands').select(['state', 'satisfaction', 'closedOn']).where('id', '=', demand.id).executeTakeFirstOrThrow();
    assert.equal(row.state, 'closed');
    assert.equal(row.satisfaction, '满意');
    assert.ok(row.closedOn);
    await shot(steward, 'demand');
    keepScreenshot('demand', 'demand');
    await steward.context().close();
    await town.context().close();
  });

  it('refuses a credit code with a wrong check digit in the form, saving nothing', async () => {
    const page = await newPage(e, { width: 1366, height: 900 });
    await login(page, e, 'staff');
    await page.goto(`${e.url}/enterprises/list?year=2023`);
    await page.getByTestId('ent-roster-table').locator('tbody tr.ant-table-row').first().waitFor();
    const before = (await e.t.ctx.db.selectFrom('enterprises').select('id').execute()).length;
    const valid = makeUscc('91', '110116', 'MB0E2E01');
    const last = valid.at(-1)!;
    const wrong = valid.slice(0, 17) + (last === '0' ? '1' : '0');
    let posted = 0;
    page.on('request', (r) => r.method() === 'POST' && r.url().endsWith('/api/enterprises') && posted++);
    await page.getByTestId('ent-create').click();
    await page.getByTestId('ent-form').waitFor();
    await page.getByTestId('ent-form-uscc').fill(wrong);
    await page.getByTestId('ent-form-name').fill('浏览器测试企业有限公司');
    await pickOption(page, page.getByTestId('ent-form-industry'), '生命科学');
    await pickOption(page, page.getByTestId('ent-form-size'), '小型');
    await pickOption(page, page.getByTestId('ent-form-zone'), '雁栖开发区');
    await page.getByTestId('ent-form-submit').click();
    await page.getByText('统一社会信用代码校验位不正确').waitFor();
    await shot(page, 'enterprises-uscc-refused');
    assert.equal(posted, 0, 'nothing was sent');
    assert.equal((await e.t.ctx.db.selectFrom('enterprises').select('id').execute()).length, before);
    // The right code passes the check and the enterprise is created.
    await page.getByTestId('ent-form-uscc').fill(valid);
    await page.getByTestId('ent-form-submit').click();
    await page.waitForURL(/\/enterprises\/\d+$/);
    await page.getByTestId('ent-profile').getByText(valid).waitFor();
    assert.equal(posted, 1);
    await page.context().close();
  });

  it("hides another steward's private notes", async () => {
    const other = await enterpriseOf('steward2');
    await e.t.ctx.db.updateTable('enterprises').set({ privateNotes: '董事长关注子女入学，下月再访' }).where('id', '=', other.id).execute();
    const page = await newPage(e, { width: 1366, height: 900 });
    await login(page, e, 'steward');
    await page.goto(`${e.url}/enterprises/${other.id}`);
    await page.getByTestId('ent-notes-hidden').waitFor();
    assert.equal(await page.getByTestId('ent-notes-text').count(), 0);
    assert.doesNotMatch(await page.locator('body').innerText(), /子女入学/);
    assert.equal(await page.getByTestId('ent-visit-log').count(), 0, 'no visit logging for an enterprise not theirs');
    await shot(page, 'enterprises-other-steward');
    // Its own steward sees and edits them.
    const own = await newPage(e, { width: 1366, height: 900 });
    await login(own, e, 'steward2');
    await own.goto(`${e.url}/enterprises/${other.id}`);
    assert.match(await own.getByTestId('ent-notes-text').innerText(), /子女入学/);
    await own.getByTestId('ent-notes-edit').click();
    await own.getByTestId('ent-notes-input').fill('董事长关注子女入学，已对接教委。');
    await own.getByTestId('ent-notes-save').click();
    await own.getByTestId('ent-notes-text').getByText('已对接教委').waitFor();
    await page.context().close();
    await own.context().close();
  });

  it('takes the pages the steward and the division use', async () => {
    let page = await newPage(e, { width: 1366, height: 900 });
    const errors: string[] = [];
    page.on('pageerror', (err) => errors.push(String(err)));
    await login(page, e, 'steward');
    await page.goto(`${e.url}/enterprises/mine?year=2023`);
    await page.getByTestId('ent-mine-table').locator('tbody tr.ant-table-row').first().waitFor();
    await shot(page, 'enterprises-mine');
    assert.equal(await page.getByRole('menuitem', { name: /财源建设/ }).count(), 0, 'no tax page for a steward');
    await page.context().close();
    page = await newPage(e, { width: 1366, height: 900 });
    page.on('pageerror', (err) => errors.push(String(err)));
    await login(page, e, 'staff');
    const ent = await enterpriseOf('steward3');
    for (const [url, testId, name] of [
      ['/enterprises/list?year=2023', 'ent-roster-table', 'enterprises-list'],
      [`/enterprises/${ent.id}`, 'ent-history', 'enterprises-enterprise'],
      ['/enterprises/demands', 'ent-demand-table', 'enterprises-demands'],
      ['/enterprises/tax?year=2023', 'ent-tax-table', 'enterprises-tax'],
      ['/enterprises/leads', 'ent-lead-table', 'enterprises-leads'],
      ['/enterprises/policies', 'ent-policy-table', 'enterprises-policies'],
      ['/enterprises/evaluations', 'ent-eval-table', 'enterprises-evaluations'],
    ] as const) {
      if (url === '/enterprises/list?year=2023') await page.goto(`${e.url}${url}`);
      else await visit(page, url);
      await page.getByTestId(testId).locator('tbody tr.ant-table-row').first().waitFor();
      if (name === 'enterprises-policies') await page.getByTestId(testId).locator('tbody tr.ant-table-row').first().click();
      await shot(page, name);
    }
    assert.deepEqual(errors, []);
    await page.context().close();
  });

  it('renders every enterprise page in English without raw keys', async () => {
    const ent = await enterpriseOf('steward');
    const demand = await e.t.ctx.db.selectFrom('demands').select('id').where('enterpriseId', '=', ent.id).orderBy('id').executeTakeFirstOrThrow();
    const page = await newPage(e, { width: 1366, height: 900 });
    const errors: string[] = [];
    page.on('pageerror', (err) => errors.push(String(err)));
    await login(page, e, 'staff');
    await page.goto(`${e.url}/enterprises?year=2023`);
    await page.getByTestId('ent-kpi-coverage').waitFor();
    await page.getByTestId('lang-switch').getByText('EN').click();
    await page.getByText('Enterprise service dashboard').first().waitFor();
    const pages: [string, string][] = [
      ['/enterprises?year=2023', 'ent-unvisited'],
      ['/enterprises/list?year=2023', 'ent-roster-table'],
      [`/enterprises/${ent.id}`, 'ent-history'],
      ['/enterprises/mine?year=2023', 'ent-mine-table'],
      ['/enterprises/demands', 'ent-demand-table'],
      [`/enterprises/demands/${demand.id}`, 'ent-demand-trail'],
      ['/enterprises/tax?year=2023', 'ent-tax-table'],
      ['/enterprises/leads', 'ent-lead-table'],
      ['/enterprises/policies', 'ent-policy-table'],
      ['/enterprises/evaluations', 'ent-eval-table'],
    ];
    for (const [url, testId] of pages) {
      await visit(page, url);
      await page.getByTestId(testId).waitFor();
      await page.waitForTimeout(300);
      const text = await page.locator('body').innerText();
      assert.doesNotMatch(text, /\b(ent|menu|common)\.[a-zA-Z]+/, `no raw i18n key on ${url}`);
      assert.doesNotMatch(text, /走访覆盖率|服务包企业名录|企业诉求|办理过程|财源建设|以商招商|政策库|营商环境评价|未分配/, `no Chinese UI copy on ${url}`);
    }
    await shot(page, 'enterprises-demand-en');
    assert.deepEqual(errors, []);
    await page.context().close();
  });

  it('lets the division add a policy to the library, and it reaches the enterprises of its industry', async () => {
    const page = await newPage(e, { width: 1366, height: 900 });
    const errors: string[] = [];
    page.on('pageerror', (err) => errors.push(String(err)));
    await login(page, e, 'staff');
    await page.goto(`${e.url}/enterprises/policies`);
    await page.getByTestId('ent-policy-create').click();
    const form = page.getByTestId('ent-policy-form');
    await form.locator('#title').fill('示例生命科学企业研发补助办法');
    await form.locator('#issuer').fill('区科委');
    await form.locator('#industries').click();
    await page.locator(openPopup).getByText('生命科学', { exact: true }).click();
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: /确\s*定|OK/ }).click();
    const row = page.getByTestId('ent-policy-table').getByText('示例生命科学企业研发补助办法');
    await row.waitFor();
    const saved = await e.t.ctx.db.selectFrom('policies').select(['industries']).where('title', '=', '示例生命科学企业研发补助办法').executeTakeFirstOrThrow();
    assert.deepEqual(JSON.parse(saved.industries), ['生命科学']);
    const api = (await (await page.request.get(`${e.url}/api/policies`)).json()) as { items: { title: string; matchingEnterprises: number }[] };
    const matching = (await e.t.ctx.db.selectFrom('enterprises').select('id').where('industry', '=', '生命科学').where('listed', '=', 1).execute()).length;
    assert.equal(api.items.find((x) => x.title === '示例生命科学企业研发补助办法')?.matchingEnterprises, matching);
    assert.deepEqual(errors, []);
    await page.context().close();
  });
});
