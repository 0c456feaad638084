// Major projects through the HTTP API: roll-ups equal the sum of approved reports; the closed loop
// problem → joint-meeting agenda → decision → supervised work-plan task → 销号 → problem resolved; report
// rules (components, cumulative ≤ total, not started), milestone order, scope, the all-or-nothing import,
// consultations, funding and the research-centre reserve; minutes as .docx.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createTestApp, errCode, type Client, type TestApp } from '../support/app.ts';
import { buildWorkbook } from '../../server/platform/xlsx.ts';
import { projectSheet } from '../../server/modules/projects/projects-xlsx.service.ts';

let t: TestApp;
let staff: Client;
let town: Client;
let town2: Client;
let leader: Client;
before(async () => {
  t = await createTestApp({ seed: 'all' });
  [staff, town, town2, leader] = await Promise.all([t.as('invest'), t.as('town'), t.as('town2'), t.as('leader')]);
});
after(async () => { await t.close(); });

const r4 = (v: number) => Math.round(v * 10000) / 10000;
let serial = 0;
async function newProject(over: Record<string, unknown> = {}) {
  serial++;
  const res = await staff.post('/api/projects', {
    code: `2023-110116-48-01-${String(900000 + serial)}`, name: `测试项目${serial}`, year: 2023, category: '新建', nature: '政府投资', sector: '基础设施',
    ownerName: '测试建设单位', responsibleUnitId: await t.orgId('T-MIAOCHENG'), townId: await t.orgId('T-MIAOCHENG'), leaderName: '王主任', totalInvestment: 1000,
    planConstruction: 350, planEquipment: 100, planOther: 50, milestones: [{ step: '立项', plannedDate: '2023-01-10', actualDate: '2023-01-12' }, { step: '开工', plannedDate: '2023-02-01', actualDate: '2023-02-01' }],
    ...over,
  });
  assert.equal(res.statusCode, 201, res.body);
  return res.json() as { id: number; code: string; version: number };
}
const report = (over: Record<string, unknown> = {}) => ({ monthTotal: 100, construction: 70, equipment: 20, other: 10, physicalProgress: '主体结构施工至三层', physicalQuantity: 1200, physicalUnit: 'm³', ...over });

describe('investment roll-ups', () => {
  it('FAI and 建安 totals equal the sum of the approved reports up to the last reported month', async () => {
    const r = (await leader.get('/api/projects/2023/rollup')).json();
    const rows = await t.ctx.db.selectFrom('investmentReports').select(['monthTotal', 'construction', 'period']).where('year', '=', 2023).where('state', '=', 'approved').where('period', '<=', '2023-09').execute();
    assert.ok(rows.length > 300, `${rows.length} approved reports`);
    assert.equal(r.asOf, '2023-10-31');
    assert.equal(r.totals.cum, r4(rows.reduce((a, x) => a + x.monthTotal, 0)));
    assert.equal(r.totals.cumConstruction, r4(rows.reduce((a, x) => a + x.construction, 0)));
    assert.equal(r.totals.timeProgressPct, 75);
    const byCat = r.byCategory.reduce((a: number, g: { cum: number }) => a + g.cum, 0);
    assert.ok(Math.abs(byCat - r.totals.cum) < 0.01, 'the categories add up to the total');
    assert.equal(r.byTown.reduce((a: number, g: { projects: number }) => a + g.projects, 0), r.totals.projects);
    assert.ok(r.missedStarts.length > 0 && r.factors.length > 0);
    assert.equal(r.statistics.fai.name, '固定资产投资（不含农户）', 'the statistics come from the economy module');
    for (const s of ['green', 'yellow', 'red']) assert.ok(r.totals.byStatus[s] > 0, JSON.stringify(r.totals.byStatus));
  });
});

describe('the joint-meeting loop', () => {
  it('problem → agenda → decision → supervised task for the owner unit → resolve refused until the task is verified done', async () => {
    const p = await newProject();
    const prob = await town.post('/api/problems', { source: 'project', refId: p.id, type: '管线改移', title: '施工许可卡在管线改移方案', description: '燃气管线改移方案未确定，施工许可无法办理。', raisedByUnitId: await t.orgId('T-MIAOCHENG'), ownerUnitId: await t.orgId('T-MIAOCHENG'), dueDate: '2023-04-30' });
    assert.equal(prob.statusCode, 201, prob.body);
    const problemId = prob.json().id;
    assert.equal(prob.json().status, 'open');
    const meeting = await staff.post('/api/meetings', { kind: 'joint', title: '测试联席会', meetingDate: '2023-03-15', chairName: '王主任', unitIds: [await t.orgId('T-MIAOCHENG'), await t.orgId('B-URBAN')], problemIds: [problemId] });
    assert.equal(meeting.statusCode, 201, meeting.body);
    const mid = meeting.json().id;
    assert.equal((await staff.get(`/api/problems/${problemId}`)).json().status, 'scheduled');
    const noOwner = await staff.post(`/api/meetings/${mid}/minutes`, { minutesNo: '怀发改纪〔2023〕99号', summary: '研究管线改移。', version: meeting.json().version, decisions: [{ problemId, text: '确定改移方案', deadline: '2023-03-31' }] });
    assert.equal(noOwner.statusCode, 400, 'an action item without a lead unit is refused');
    const early = await staff.post(`/api/meetings/${mid}/minutes`, { minutesNo: '怀发改纪〔2023〕99号', summary: '研究管线改移。', version: meeting.json().version, decisions: [{ problemId, text: '确定改移方案', leadUnitId: await t.orgId('T-MIAOCHENG'), deadline: '2023-03-01' }] });
    assert.equal(errCode(early), 'meeting.deadline_before_meeting');
    const minutes = await staff.post(`/api/meetings/${mid}/minutes`, {
      minutesNo: '怀发改纪〔2023〕99号', summary: '会议研究了管线改移问题。', version: meeting.json().version,
      discussions: [{ problemId, discussion: '城管委介绍了改移方案比选情况。' }],
      decisions: [{ problemId, text: '庙城镇牵头、城管委配合，3月31日前确定管线改移方案', leadUnitId: await t.orgId('T-MIAOCHENG'), coUnitIds: [await t.orgId('B-URBAN')], deadline: '2023-03-31' }],
    });
    assert.equal(minutes.statusCode, 200, minutes.body);
    const decision = minutes.json().decisions[0];
    assert.ok(decision.taskId, 'the decision became a task');
    assert.equal((await staff.get(`/api/problems/${problemId}`)).json().status, 'decided');
    // The task is in the work plan, supervised, and the owner unit's reporter sees it as theirs.
    const mine = (await town.get('/api/plan/2023/tasks?pageSize=200&mine=1')).json();
    const task = mine.items.find((i: { id: number }) => i.id === decision.taskId);
    assert.ok(task, 'the town reporter sees the action item among its tasks');
    assert.equal(task.abilities.report, true);
    assert.equal((await town2.get(`/api/plan/tasks/${decision.taskId}`)).statusCode, 404, 'another town does not');
    const premature = await staff.post(`/api/problems/${problemId}/action`, { action: 'resolve', note: '已解决', version: (await staff.get(`/api/problems/${problemId}`)).json().version });
    assert.equal(premature.statusCode, 409);
    assert.equal(errCode(premature), 'problem.open_action_items');
    // The owner reports the item done, the division approves the report; then 销号: evidence asked, verified.
    const done = await town.put(`/api/plan/tasks/${decision.taskId}/reports/2023-03`, { cumulativePct: 100, narrative: '管线改移方案已确定并批复' });
    assert.equal(done.statusCode, 200, done.body);
    const divisionStaff = await t.as('staff');
    const rep = (await divisionStaff.get(`/api/plan/tasks/${decision.taskId}`)).json().reports.find((r: { period: string }) => r.period === '2023-03');
    const reviewed = await divisionStaff.post(`/api/plan/reports/${rep.id}/review`, { action: 'approve', version: rep.version });
    assert.equal(reviewed.statusCode, 200, reviewed.body);
    const req = await town.post(`/api/plan/tasks/${decision.taskId}/close-request`, { evidence: '管线改移方案已经城管委批复（附批复文件）' });
    assert.equal(req.statusCode, 201, req.body);
    const detail = (await staff.get(`/api/plan/tasks/${decision.taskId}`)).json();
    const closeReq = detail.closeRequests[0];
    const approve = await divisionStaff.post(`/api/plan/tasks/${decision.taskId}/close-decision`, { action: 'approve', version: closeReq.version });
    assert.equal(approve.statusCode, 200, approve.body);
    const pv = (await staff.get(`/api/problems/${problemId}`)).json();
    assert.equal(pv.decisions[0].done, true);
    const resolved = await staff.post(`/api/problems/${problemId}/action`, { action: 'resolve', note: '改移方案批复，施工许可已办理', version: pv.version });
    assert.equal(resolved.statusCode, 200, resolved.body);
    assert.equal(resolved.json().status, 'resolved');
    assert.deepEqual(resolved.json().events.map((e: { action: string }) => e.action), ['raise', 'schedule', 'decide', 'resolve']);
    const again = await staff.post(`/api/meetings/${mid}/minutes`, { minutesNo: 'x', summary: 'x', version: minutes.json().version });
    assert.equal(errCode(again), 'meeting.already_held');
    const doc = await leader.get(`/api/meetings/${mid}/minutes.docx`);
    assert.equal(doc.statusCode, 200);
    const f = path.join(os.tmpdir(), `tc-minutes-${process.pid}.docx`);
    fs.writeFileSync(f, doc.rawPayload);
    const xml = execFileSync('unzip', ['-p', f, 'word/document.xml'], { encoding: 'utf8' });
    fs.rmSync(f);
    assert.match(xml, /测试联席会纪要/);
    assert.match(xml, /3月31日前确定管线改移方案/);
    assert.match(xml, /怀发改纪〔2023〕99号/);
  });

  it('refuses to put a resolved problem on an agenda, and an escalation without a receiving body', async () => {
    const resolved = await t.ctx.db.selectFrom('problems').select(['id', 'version']).where('status', '=', 'resolved').executeTakeFirstOrThrow();
    const m = await staff.post('/api/meetings', { kind: 'joint', title: 'x', meetingDate: '2023-10-20', chairName: '王主任', unitIds: [await t.orgId('B-URBAN')], problemIds: [resolved.id] });
    assert.equal(errCode(m), 'meeting.problem_closed');
    const open = await t.ctx.db.selectFrom('problems').select(['id', 'version']).where('status', '=', 'open').executeTakeFirstOrThrow();
    const esc = await staff.post(`/api/problems/${open.id}/action`, { action: 'escalate', note: '跨部门', version: open.version });
    assert.equal(errCode(esc), 'problem.escalation_body_required');
    const ok = await staff.post(`/api/problems/${open.id}/action`, { action: 'escalate', note: '跨部门', escalatedTo: '区政府专题会', version: open.version });
    assert.equal(ok.json().status, 'escalated');
  });

  it('takes written opinions from invited units only', async () => {
    const c = await staff.post('/api/meetings', { kind: 'consultation', title: '会商测试', meetingDate: '2023-11-10', chairName: '王主任', unitIds: [await t.orgId('T-MIAOCHENG')], opinionDue: '2023-11-05' });
    const id = c.json().id;
    assert.equal(errCode(await town2.put(`/api/meetings/${id}/opinion`, { opinion: '越权意见' })), 'meeting.not_invited');
    const ok = await town.put(`/api/meetings/${id}/opinion`, { opinion: '同意，建议加快征地组卷。' });
    assert.equal(ok.statusCode, 200, ok.body);
    assert.equal(ok.json().opinions[0].opinion, '同意，建议加快征地组卷。');
  });
});

describe('investment reports', () => {
  it('report → approve → locked, and the project figures follow the approved months', async () => {
    const p = await newProject();
    const r = await town.put(`/api/projects/item/${p.id}/reports/2023-03`, report());
    assert.equal(r.statusCode, 200, r.body);
    assert.equal(r.json().state, 'submitted');
    const noReason = await staff.post(`/api/projects/reports/${r.json().id}/review`, { action: 'return', version: r.json().version });
    assert.equal(errCode(noReason), 'proj.return_reason_required');
    const ok = await staff.post(`/api/projects/reports/${r.json().id}/review`, { action: 'approve', version: r.json().version });
    assert.equal(ok.json().state, 'approved');
    assert.equal(errCode(await town.put(`/api/projects/item/${p.id}/reports/2023-03`, report())), 'proj.report_locked');
    const d = (await leader.get(`/api/projects/item/${p.id}`)).json();
    assert.deepEqual([d.cum, d.cumConstruction, d.completionPct], [100, 70, 20]);
  });

  const bad: { case: string; project?: Record<string, unknown>; period?: string; body: Record<string, unknown>; code: string }[] = [
    { case: 'components that do not add up', body: report({ other: 20 }), code: 'proj.components_mismatch' },
    { case: 'cumulative investment above the total', project: { totalInvestment: 150, completedBefore: 100 }, body: report(), code: 'proj.cumulative_exceeds_total' },
    { case: 'money on a project not started, unexplained', project: { milestones: [{ step: '开工', plannedDate: '2023-06-01' }] }, body: report(), code: 'proj.not_started_explanation' },
    { case: 'a month outside the plan year', period: '2022-12', body: report(), code: 'proj.period_outside_year' },
    { case: 'a negative amount', body: report({ monthTotal: -5 }), code: 'request.invalid' },
  ];
  for (const c of bad) {
    it(`refuses ${c.case} (${c.code}) and writes nothing`, async () => {
      const p = await newProject(c.project);
      const res = await town.put(`/api/projects/item/${p.id}/reports/${c.period ?? '2023-04'}`, c.body);
      assert.equal(errCode(res), c.code, res.body);
      assert.equal((await t.ctx.db.selectFrom('investmentReports').select('id').where('projectId', '=', p.id).execute()).length, 0);
    });
  }

  it('accepts money before the start when explained', async () => {
    const p = await newProject({ milestones: [{ step: '开工', plannedDate: '2023-06-01' }] });
    const res = await town.put(`/api/projects/item/${p.id}/reports/2023-04`, report({ explanation: '前期土地补偿款支付' }));
    assert.equal(res.statusCode, 200, res.body);
  });
});

describe('project library', () => {
  it('validates the national project code, milestone order and units', async () => {
    const bad = await staff.post('/api/projects', { code: '2023-11016-48-01-1', name: 'x', year: 2023, category: '新建', nature: '政府投资', sector: '产业', ownerName: 'x', responsibleUnitId: 1, leaderName: 'x', totalInvestment: 1 });
    assert.equal(bad.statusCode, 400);
    assert.match(bad.body, /YYYY-XXXXXX-XX-XX-XXXXXX/);
    const order = await staff.post('/api/projects', { code: '2023-110116-48-01-777777', name: 'x', year: 2023, category: '新建', nature: '政府投资', sector: '产业', ownerName: 'x', responsibleUnitId: await t.orgId('B-URBAN'), leaderName: 'x', totalInvestment: 1, milestones: [{ step: '立项', plannedDate: '2023-05-01' }, { step: '开工', plannedDate: '2023-03-01' }] });
    assert.equal(errCode(order), 'proj.milestones_out_of_order');
    const p = await newProject();
    const dup = await staff.post('/api/projects', { code: p.code, name: 'x', year: 2023, category: '新建', nature: '政府投资', sector: '产业', ownerName: 'x', responsibleUnitId: await t.orgId('B-URBAN'), leaderName: 'x', totalInvestment: 1 });
    assert.equal(errCode(dup), 'proj.code_taken');
  });

  it('keeps a town reporter to its own projects', async () => {
    const p = await newProject({ responsibleUnitId: await t.orgId('T-YANQI'), townId: await t.orgId('T-YANQI') });
    assert.equal((await town.get(`/api/projects/item/${p.id}`)).statusCode, 404);
    assert.equal((await town.put(`/api/projects/item/${p.id}/reports/2023-04`, report())).statusCode, 404);
    assert.equal((await town2.get(`/api/projects/item/${p.id}`)).statusCode, 200);
    const list = (await town.get('/api/projects/2023?pageSize=200')).json();
    assert.ok(list.items.every((i: { townName: string; responsibleUnitName: string }) => i.townName === '庙城镇' || i.responsibleUnitName === '庙城镇'));
  });

  it('imports all rows or none, naming the bad cell, and re-imports the export unchanged', async () => {
    const unit = 'B-URBAN';
    const rows = [
      { code: '2023-110116-48-01-555001', name: '导入项目一', year: 2023, category: '新建', nature: '政府投资', sector: '基础设施', ownerName: 'x', unit, leaderName: '王主任', totalInvestment: 100, planConstruction: 50 },
      { code: '2023-110116-48-01-555002', name: '导入项目二', year: 2023, category: '新建', nature: '政府投资', sector: '基础设施', ownerName: 'x', unit: 'NOPE', leaderName: '王主任', totalInvestment: 100 },
    ];
    const res = await staff.upload('/api/projects/import', await buildWorkbook(projectSheet, rows));
    assert.equal(errCode(res), 'import.invalid_rows');
    assert.deepEqual(res.json().error.details.errors.map((e: { row: number; column: string }) => [e.row, e.column]), [[3, '责任单位编码']]);
    assert.equal((await t.ctx.db.selectFrom('projects').select('id').where('code', 'like', '2023-110116-48-01-5550%').execute()).length, 0);
    const ok = await staff.upload('/api/projects/import', await buildWorkbook(projectSheet, [rows[0], { ...rows[1], unit }]));
    assert.deepEqual(ok.json(), { created: 2, updated: 0 });
    const exp = await leader.get('/api/projects/2023/export');
    assert.equal(exp.statusCode, 200);
    const again = await staff.upload('/api/projects/import', exp.rawPayload);
    assert.equal(again.statusCode, 200, again.body);
    assert.equal(again.json().created, 0);
  });
});

describe('funding and research centres', () => {
  it('ties a granted amount to the granted stage, and sums by fund type', async () => {
    const p = await newProject();
    const bad = await staff.post('/api/projects/funding', { projectId: p.id, fundType: '中央预算内投资', amountRequested: 300, stage: '评审中', amountGranted: 100 });
    assert.equal(errCode(bad), 'proj.granted_stage');
    const ok = await staff.post('/api/projects/funding', { projectId: p.id, fundType: '中央预算内投资', amountRequested: 300, stage: '已下达', amountGranted: 240 });
    assert.equal(ok.statusCode, 201, ok.body);
    const list = (await leader.get('/api/projects/2023/funding')).json();
    const central = list.byType.find((b: { fundType: string }) => b.fundType === '中央预算内投资');
    const rows = list.items.filter((i: { fundType: string }) => i.fundType === '中央预算内投资');
    assert.equal(central.granted, r4(rows.reduce((a: number, i: { amountGranted: number | null }) => a + (i.amountGranted ?? 0), 0)));
  });

  it('flags a centre not reviewed for 90 days and keeps each review in its history', async () => {
    const list = (await leader.get('/api/research-centres')).json();
    const stale = list.items.find((c: { lastReviewed: string | null }) => c.lastReviewed === null);
    assert.equal(stale.reviewOverdue, true);
    const today = new Date().toISOString().slice(0, 10);
    const rev = await staff.post(`/api/research-centres/${stale.id}/review`, { reviewedOn: today, status: '培育', readiness: 3, note: '研发投入增长，转入培育', version: stale.version });
    assert.equal(rev.statusCode, 200, rev.body);
    const after = (await leader.get('/api/research-centres')).json().items.find((c: { id: number }) => c.id === stale.id);
    assert.deepEqual([after.status, after.reviewOverdue, after.history.at(-1).fromStatus, after.history.at(-1).toStatus], ['培育', false, '储备', '培育']);
  });
});
