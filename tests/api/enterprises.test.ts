// Enterprise services through the HTTP API: coverage equals the demo visits (the unvisited list is exactly
// the enterprises without a 2023 visit); credit codes checked on the form and on import; a demand's whole
// lifecycle with refusals of unreachable states and of the wrong unit; escalation into the problem ledger;
// stewards' private notes; tax data restricted; rates computed from the records.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createTestApp, errCode, type Client, type TestApp } from '../support/app.ts';
import { buildWorkbook } from '../../server/platform/xlsx.ts';
import { enterpriseSheet } from '../../server/modules/enterprises/enterprises-xlsx.service.ts';
import { makeUscc } from '../../common/enterprises.ts';

let t: TestApp;
let staff: Client;
let steward: Client;
let steward2: Client;
let town: Client;
let town2: Client;
let leader: Client;
before(async () => {
  t = await createTestApp({ seed: 'all' });
  [staff, steward, steward2, town, town2, leader] = await Promise.all(['staff', 'steward', 'steward2', 'town', 'town2', 'leader'].map((u) => t.as(u)));
});
after(async () => { await t.close(); });

const userId = async (username: string) => (await t.ctx.db.selectFrom('users').select('id').where('username', '=', username).executeTakeFirstOrThrow()).id;
let n = 0;
async function newEnterprise(stewardName = 'steward') {
  n++;
  const res = await staff.post('/api/enterprises', {
    uscc: makeUscc('91', '110116', `MB0${String(n).padStart(5, '0')}`), name: `测试企业${n}`, industry: '高端科学仪器装备和传感器', size: '中型', zone: '科学城硬科技产业基地起步区',
    townId: await t.orgId('T-MIAOCHENG'), stewardUserId: await userId(stewardName), listYear: 2023, contactPhone: '13900001111',
  });
  assert.equal(res.statusCode, 201, res.body);
  return res.json() as { id: number; version: number };
}

describe('visit coverage', () => {
  it('counts each listed enterprise once and lists exactly those without a 2023 visit', async () => {
    const cov = (await leader.get('/api/enterprises/coverage/2023')).json();
    const listed = await t.ctx.db.selectFrom('enterprises').select('id').where('listYear', '<=', 2023).execute();
    const visited = new Set((await t.ctx.db.selectFrom('visits').select('enterpriseId').where('visitedOn', '>=', '2023-01-01').where('visitedOn', '<=', '2023-12-31').execute()).map((v) => v.enterpriseId));
    assert.equal(cov.overall.listed, listed.length);
    assert.ok(cov.overall.listed >= 463);
    assert.equal(cov.overall.visited, listed.filter((e) => visited.has(e.id)).length);
    assert.equal(cov.overall.coveragePct, Math.round((cov.overall.visited / cov.overall.listed) * 10000) / 100);
    assert.deepEqual(cov.unvisited.map((u: { id: number }) => u.id).sort((a: number, b: number) => a - b), listed.filter((e) => !visited.has(e.id)).map((e) => e.id).sort((a, b) => a - b));
    assert.ok(cov.unvisited.length > 0 && cov.overall.coveragePct < 100);
    for (const group of ['bySteward', 'byZone', 'byTown', 'byIndustry']) {
      assert.equal(cov[group].reduce((a: number, g: { listed: number }) => a + g.listed, 0), cov.overall.listed, `${group} adds up`);
    }
  });

  it('refuses a visit in the future and a steward visiting an enterprise not theirs, writing nothing', async () => {
    const mine = await newEnterprise('steward');
    const tomorrow = new Date(Date.now() + 2 * 86400_000).toISOString().slice(0, 10);
    const future = await steward.post('/api/enterprises/visits', { enterpriseId: mine.id, visitedOn: tomorrow, form: '上门', visitors: '冯管家' });
    assert.equal(errCode(future), 'ent.visit_in_future');
    const notMine = await steward2.post('/api/enterprises/visits', { enterpriseId: mine.id, visitedOn: '2023-10-10', form: '上门', visitors: '陈管家' });
    assert.equal(notMine.statusCode, 403);
    assert.equal(errCode(notMine), 'ent.not_steward');
    assert.equal((await t.ctx.db.selectFrom('visits').select('id').where('enterpriseId', '=', mine.id).execute()).length, 0);
    const ok = await steward.post('/api/enterprises/visits', { enterpriseId: mine.id, visitedOn: '2023-10-10', form: '上门', visitors: '冯管家', notes: '了解扩产计划', demands: [{ category: '空间用地', text: '扩产需新增厂房' }] });
    assert.equal(ok.statusCode, 201, ok.body);
    assert.equal(ok.json().demandIds.length, 1);
  });
});

describe('roster', () => {
  it('refuses an invalid credit code on the form and on import, and a duplicate enterprise', async () => {
    const bad = await staff.post('/api/enterprises', { uscc: '91110116MA01AB3CX0', name: 'x', industry: '其他', size: '小型', zone: '其他', listYear: 2023 });
    assert.equal(bad.statusCode, 400);
    assert.match(bad.body, /校验位/);
    const e = await newEnterprise();
    const uscc = (await t.ctx.db.selectFrom('enterprises').select('uscc').where('id', '=', e.id).executeTakeFirstOrThrow()).uscc;
    const dup = await staff.post('/api/enterprises', { uscc, name: '重复', industry: '其他', size: '小型', zone: '其他', listYear: 2023 });
    assert.equal(errCode(dup), 'ent.uscc_taken');
    const rows = [
      { uscc: makeUscc('91', '110116', 'MC000001'), name: '导入一', industry: '其他', size: '小型', zone: '其他', listYear: 2023 },
      { uscc: '91110116MC0000029Z', name: '导入二', industry: '其他', size: '小型', zone: '其他', listYear: 2023 },
    ];
    const res = await staff.upload('/api/enterprises/import', await buildWorkbook(enterpriseSheet, rows));
    assert.equal(errCode(res), 'import.invalid_rows');
    const errors = res.json().error.details.errors;
    assert.deepEqual(errors.map((x: { row: number; column: string }) => [x.row, x.column]), [[3, '统一社会信用代码']]);
    assert.equal((await t.ctx.db.selectFrom('enterprises').select('id').where('name', 'in', ['导入一', '导入二']).execute()).length, 0);
    const ok = await staff.upload('/api/enterprises/import', await buildWorkbook(enterpriseSheet, [rows[0]]));
    assert.deepEqual(ok.json(), { created: 1, updated: 0 });
  });

  it("keeps a steward's private notes and the contact's phone from other stewards", async () => {
    const e = await newEnterprise('steward');
    const set = await steward.patch(`/api/enterprises/item/${e.id}`, { privateNotes: '董事长关注子女入学，下月再访', version: e.version });
    assert.equal(set.statusCode, 200, set.body);
    assert.equal(set.json().privateNotes, '董事长关注子女入学，下月再访');
    assert.equal(set.json().contactPhone, '13900001111');
    const seen = (await steward2.get(`/api/enterprises/item/${e.id}`)).json();
    assert.equal(seen.privateNotes, null);
    assert.equal(seen.contactPhone, null);
    const edit = await steward2.patch(`/api/enterprises/item/${e.id}`, { privateNotes: '越权', version: set.json().version });
    assert.equal(edit.statusCode, 403);
    const renamed = await steward.patch(`/api/enterprises/item/${e.id}`, { name: '改名', version: set.json().version });
    assert.equal(renamed.statusCode, 403, 'a steward edits notes, not the roster');
    const sealed = await t.ctx.db.selectFrom('enterprises').select('contactPhoneEnc').where('id', '=', e.id).executeTakeFirstOrThrow();
    assert.ok(sealed.contactPhoneEnc && !sealed.contactPhoneEnc.includes('13900001111'), 'the phone is stored sealed');
  });
});

describe('demands', () => {
  it('walks received → dispatched → in progress → answered → evaluated → closed, refusing skipped steps and the wrong unit', async () => {
    const e = await newEnterprise('steward');
    const created = await steward.post('/api/demands', { enterpriseId: e.id, channel: '电话', category: '人才落户', text: '核心技术人员落户', receivedOn: '2023-10-09' });
    assert.equal(created.statusCode, 201, created.body);
    let d = created.json();
    assert.equal(d.dueOn, '2023-10-23', '10 working days for 人才落户');
    const act = async (c: Client, body: Record<string, unknown>) => c.post(`/api/demands/${d.id}/action`, { version: d.version, ...body });
    assert.equal(errCode(await act(steward, { action: 'close' })), 'ent.demand_transition');
    assert.equal(errCode(await act(steward, { action: 'dispatch' })), 'ent.demand_handler_required');
    let r = await act(steward, { action: 'dispatch', handlerUnitId: await t.orgId('T-MIAOCHENG'), note: '请庙城镇协调' });
    assert.equal(r.statusCode, 200, r.body);
    d = r.json();
    assert.equal((await town2.post(`/api/demands/${d.id}/action`, { action: 'accept', version: d.version })).statusCode, 404, 'another town does not see it');
    assert.equal(errCode(await act(steward, { action: 'accept' })), 'ent.not_handler');
    d = (await act(town, { action: 'accept' })).json();
    assert.equal(d.state, 'in_progress');
    assert.equal(errCode(await act(town, { action: 'answer', note: '' })), 'ent.demand_reply_required');
    d = (await act(town, { action: 'answer', note: '已联系人社局，材料齐全后十个工作日办结' })).json();
    assert.equal(errCode(await act(steward, { action: 'evaluate' })), 'ent.satisfaction_required');
    d = (await act(steward, { action: 'evaluate', satisfaction: '不满意', note: '时间太长' })).json();
    d = (await act(steward, { action: 'reopen', note: '企业不满意，请加快' })).json();
    assert.equal(d.state, 'in_progress');
    d = (await act(town, { action: 'answer', note: '已加急办理' })).json();
    d = (await act(steward, { action: 'evaluate', satisfaction: '满意' })).json();
    assert.equal(errCode(await act(steward, { action: 'reopen', note: '再来一次' })), 'ent.reopen_once');
    d = (await act(steward, { action: 'close' })).json();
    assert.equal(d.state, 'closed');
    assert.deepEqual(d.events.map((x: { action: string }) => x.action), ['receive', 'dispatch', 'accept', 'answer', 'evaluate', 'reopen', 'answer', 'evaluate', 'close']);
    assert.match(d.events[1].note, /^转庙城镇办理/, 'the trail names the unit');
    const open = (await steward.get(`/api/demands?open=1&enterpriseId=${e.id}`)).json();
    assert.equal(open.total, 0, 'a closed demand is not open');
    assert.ok((await leader.get('/api/enterprises/stewards')).json().items.length >= 5);
    const stale = await steward.post(`/api/demands/${d.id}/action`, { action: 'close', version: 1 });
    assert.equal(stale.statusCode, 409);
  });

  it('raises a demand no unit can solve into the shared problem ledger', async () => {
    const e = await newEnterprise('steward');
    let d = (await steward.post('/api/demands', { enterpriseId: e.id, channel: '走访', category: '空间用地', text: '扩产用地无指标', receivedOn: '2023-10-09' })).json();
    d = (await steward.post(`/api/demands/${d.id}/action`, { action: 'dispatch', handlerUnitId: await t.orgId('B-PLANNING'), version: d.version })).json();
    assert.equal((await steward.post(`/api/demands/${d.id}/action`, { action: 'escalate', note: '需多部门', version: d.version })).statusCode, 403, 'only the division escalates');
    const esc = await staff.post(`/api/demands/${d.id}/action`, { action: 'escalate', note: '涉及用地指标，提请联席会', version: d.version });
    assert.equal(esc.statusCode, 200, esc.body);
    const problem = (await staff.get(`/api/problems/${esc.json().problemId}`)).json();
    assert.equal(problem.source, 'enterprise');
    assert.equal(problem.refId, e.id);
    assert.equal(problem.status, 'open');
  });

  it('reports closure, on-time and satisfaction rates that follow the records', async () => {
    const s = (await leader.get('/api/demands/stats/2023')).json();
    const rows = await t.ctx.db.selectFrom('demands').select(['state', 'satisfaction', 'closedOn', 'dueOn']).where('receivedOn', 'like', '2023-%').execute();
    const closed = rows.filter((r) => r.state === 'closed');
    const evaluated = rows.filter((r) => r.satisfaction !== null);
    assert.equal(s.overall.total, rows.length);
    assert.equal(s.overall.closurePct, Math.round((closed.length / rows.length) * 10000) / 100);
    assert.equal(s.overall.satisfactionPct, Math.round((evaluated.filter((r) => r.satisfaction !== '不满意').length / evaluated.length) * 10000) / 100);
    assert.equal(s.overall.onTimePct, Math.round((closed.filter((r) => r.closedOn! <= r.dueOn).length / closed.length) * 10000) / 100);
    assert.equal(s.byUnit.reduce((a: number, u: { total: number }) => a + u.total, 0), rows.length);
  });
});

describe('tax sources, leads and policies', () => {
  it('restricts tax figures, ranks enterprises and relates them to the district tax', async () => {
    assert.equal((await steward.get('/api/enterprises/tax/2023')).statusCode, 403);
    assert.equal((await town.get('/api/enterprises/tax/2023')).statusCode, 403);
    const e = (await steward.get(`/api/enterprises/item/${(await t.ctx.db.selectFrom('enterprises').select('id').executeTakeFirstOrThrow()).id}`)).json();
    assert.equal(e.taxes, null, 'the enterprise page hides tax without the permission');
    const r = (await leader.get('/api/enterprises/tax/2023')).json();
    assert.ok(r.items.length >= 463);
    for (let i = 1; i < r.items.length; i++) assert.ok((r.items[i - 1].tax ?? -1) >= (r.items[i].tax ?? -1));
    const sum = (await t.ctx.db.selectFrom('enterpriseTaxes').select('amount').where('year', '=', 2023).execute()).reduce((a, x) => a + x.amount, 0);
    assert.equal(r.servedTax, Math.round(sum * 10000) / 10000);
    assert.equal(r.districtTaxPeriod, '2023-09');
    assert.equal(r.servedSharePct, Math.round((r.servedTax / r.districtTax) * 10000) / 100);
  });

  it('shows the lead funnel and the enterprises a policy reaches', async () => {
    const l = (await leader.get('/api/leads')).json();
    assert.equal(l.funnel[0].count, l.items.length);
    assert.ok(l.funnel.every((f: { count: number }, i: number) => i === 0 || f.count <= l.funnel[i - 1].count));
    const p = (await leader.get('/api/policies')).json();
    const instruments = p.items.find((x: { industries: string[] }) => x.industries.includes('高端科学仪器装备和传感器'));
    const count = (await t.ctx.db.selectFrom('enterprises').select('id').where('industry', '=', '高端科学仪器装备和传感器').where('listed', '=', 1).execute()).length;
    assert.equal(instruments.matchingEnterprises, count);
    const bad = await staff.post('/api/policy-applications', { enterpriseId: 1, policyId: instruments.id, project: 'x', amountRequested: 10, stage: '辅导', amountGranted: 5 });
    assert.equal(errCode(bad), 'proj.granted_stage');
  });
});
