// The work plan through the HTTP API, on the 2023 demo plan: dashboard, the report → return →
// resubmit → approve flow, locking, org scope, and refusals of bad input.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createTestApp, errCode, type Client, type TestApp } from '../support/app.ts';

let t: TestApp;
let staff: Client;
let town: Client;
before(async () => {
  t = await createTestApp({ seed: 'all' });
  staff = await t.as('staff');
  town = await t.as('town');
});
after(async () => { await t.close(); });

type TaskItem = { id: number; code: string; status: string; leadUnitName: string; abilities: { report: boolean }; startDate: string; dueDate: string; lastReport: { period: string; state: string } | null };

describe('work plan dashboard', () => {
  it('shows green, yellow and red tasks in several areas as of the demo status date', async () => {
    const res = await staff.get('/api/plan/2023/dashboard');
    assert.equal(res.statusCode, 200, res.body);
    const d = res.json();
    assert.equal(d.statusDate, '2023-10-31');
    assert.ok(d.total >= 60, `total ${d.total}`);
    for (const s of ['green', 'yellow', 'red']) assert.ok(d.totals[s] > 0, `some ${s}: ${JSON.stringify(d.totals)}`);
    const areasWith = (s: string) => d.byArea.filter((a: { counts: Record<string, number> }) => a.counts[s] > 0).length;
    assert.ok(areasWith('green') >= 3 && areasWith('red') >= 2 && areasWith('yellow') >= 2, JSON.stringify(d.byArea));
    assert.ok(d.overdue.length > 0 && d.lagging.length > 0 && d.missingReports.length > 0);
    // Each attention list is the first `listMax` of the task list's `attention` filter, which has them all.
    for (const [kind, key] of [['overdue', 'overdue'], ['lagging', 'lagging'], ['missing', 'missingReports']] as const) {
      const all = (await staff.get(`/api/plan/2023/tasks?attention=${kind}&pageSize=200`)).json() as { total: number; items: { id: number; reasons: string[]; missingReport: string | null; status: string }[] };
      assert.equal(all.total, d.counts[key], `${kind}: the dashboard counts ${d.counts[key]}, the task list has ${all.total}`);
      assert.equal(d[key].length, Math.min(d.counts[key], d.listMax));
      const ids = new Set(all.items.map((i) => i.id));
      assert.ok(d[key].every((i: { id: number }) => ids.has(i.id)));
      if (kind === 'overdue') assert.ok(all.items.every((i) => i.reasons.includes('deadline_passed') || i.reasons.includes('milestone_overdue')));
      if (kind === 'missing') assert.ok(all.items.every((i) => i.missingReport));
    }
    assert.equal(errCode(await staff.get('/api/plan/2023/tasks?attention=late')), 'request.invalid');
    const sum = Object.values(d.totals as Record<string, number>).reduce((a, b) => a + b, 0);
    assert.equal(sum, d.total);
  });

  it('shows a town reporter only the tasks its town leads or supports', async () => {
    const mine = (await town.get('/api/plan/2023/tasks?pageSize=200')).json();
    const all = (await staff.get('/api/plan/2023/tasks?pageSize=200')).json();
    assert.ok(mine.total >= 6 && mine.total < all.total, `${mine.total} of ${all.total}`);
    const ids = new Set(mine.items.map((i: TaskItem) => i.id));
    const other = all.items.find((i: TaskItem) => i.leadUnitName === '雁栖镇' && !ids.has(i.id));
    assert.ok(other, 'a 雁栖镇 task the 庙城镇 reporter does not see');
    assert.equal((await town.get(`/api/plan/tasks/${other.id}`)).statusCode, 404);
    const put = await town.request('PUT', `/api/plan/tasks/${other.id}/reports/2023-10`, { cumulativePct: 50, narrative: '越权' });
    assert.equal(put.statusCode, 404);
    const before = await t.ctx.db.selectFrom('progressReports').select('id').where('taskId', '=', other.id).execute();
    assert.equal(before.length, (await t.ctx.db.selectFrom('progressReports').select('id').where('taskId', '=', other.id).execute()).length);
  });
});

describe('monthly report flow', () => {
  it('report → return with reason → reporter sees why → resubmit → approve → locked', async () => {
    const mine = (await town.get('/api/plan/2023/tasks?pageSize=200&mine=1')).json().items as TaskItem[];
    const task = mine.find((i) => i.abilities.report && i.lastReport?.period !== '2023-10' && i.dueDate >= '2023-10-31');
    assert.ok(task, 'a 庙城镇 task without an October report');
    const url = `/api/plan/tasks/${task.id}/reports/2023-10`;
    const sub = await town.request('PUT', url, { cumulativePct: 82, narrative: '完成拆除违法建设1.2万平方米。', problems: '', needsCoordination: false, nextSteps: '11月完成验收' });
    assert.equal(sub.statusCode, 200, sub.body);
    const report = sub.json().reports.find((r: { period: string }) => r.period === '2023-10');
    assert.equal(report.state, 'submitted');
    assert.equal(errCode(await town.request('PUT', url, { cumulativePct: 90, narrative: '改' })), 'report.awaiting_review');

    assert.equal(errCode(await staff.post(`/api/plan/reports/${report.id}/review`, { action: 'return', version: report.version })), 'report.reason_required');
    const ret = await staff.post(`/api/plan/reports/${report.id}/review`, { action: 'return', reason: '请补充拆除点位清单', version: report.version });
    assert.equal(ret.statusCode, 200, ret.body);
    const seen = (await town.get(`/api/plan/tasks/${task.id}`)).json().reports.find((r: { period: string }) => r.period === '2023-10');
    assert.equal(seen.state, 'returned');
    assert.equal(seen.returnReason, '请补充拆除点位清单');

    const again = await town.request('PUT', url, { cumulativePct: 82, narrative: '完成拆除违法建设1.2万平方米，点位清单见附件。', version: seen.version });
    assert.equal(again.statusCode, 200, again.body);
    const r2 = again.json().reports.find((r: { period: string }) => r.period === '2023-10');
    assert.equal(r2.state, 'submitted');
    const ok = await staff.post(`/api/plan/reports/${r2.id}/review`, { action: 'approve', version: r2.version });
    assert.equal(ok.statusCode, 200);
    assert.equal(ok.json().actualPct, 82);
    const locked = await town.request('PUT', url, { cumulativePct: 99, narrative: '改' });
    assert.equal(locked.statusCode, 409);
    assert.equal(errCode(locked), 'report.locked');
    const actions = (await t.ctx.db.selectFrom('auditLog').select('action').where('entityId', '=', `r${report.id}`).orderBy('seq').execute()).map((a) => a.action);
    assert.deepEqual(actions, ['report.submit', 'report.return', 'report.submit', 'report.approve']);
  });

  it('refuses bad reports with clear reasons and writes nothing', async () => {
    const task = ((await town.get('/api/plan/2023/tasks?pageSize=200&mine=1')).json().items as TaskItem[]).find((i) => i.abilities.report)!;
    const count = async () => (await t.ctx.db.selectFrom('progressReports').select('id').execute()).length;
    const n = await count();
    const cases: [string, string, unknown, number, string][] = [
      ['percent over 100', '2023-10', { cumulativePct: 120, narrative: 'x' }, 400, 'request.invalid'],
      ['percent below 0', '2023-10', { cumulativePct: -1, narrative: 'x' }, 400, 'request.invalid'],
      ['no narrative', '2023-10', { cumulativePct: 10 }, 400, 'request.invalid'],
      ['not a month', '2023-13', { cumulativePct: 10, narrative: 'x' }, 400, 'request.invalid'],
      ['future month', '2023-12', { cumulativePct: 10, narrative: 'x' }, 400, 'report.future_period'],
      ['outside the task', '2022-12', { cumulativePct: 10, narrative: 'x' }, 400, 'report.period_outside'],
      ['neither % nor value', '2023-10', { narrative: 'x' }, 400, 'report.value_or_pct'],
    ];
    for (const [name, period, body, status, code] of cases) {
      const res = await town.request('PUT', `/api/plan/tasks/${task.id}/reports/${period}`, body);
      assert.equal(res.statusCode, status, `${name}: ${res.body}`);
      assert.equal(errCode(res), code, name);
    }
    assert.equal(await count(), n);
    // Division staff may not report; reporters may not review.
    assert.equal((await staff.request('PUT', `/api/plan/tasks/${task.id}/reports/2023-10`, { cumulativePct: 1, narrative: 'x' })).statusCode, 403);
    assert.equal((await town.post('/api/plan/reports/1/review', { action: 'approve', version: 1 })).statusCode, 403);
  });
});

describe('task definition', () => {
  it('creates a task with milestones and refuses due-before-start and milestones outside the dates', async () => {
    const s = (await staff.get('/api/plan/2023')).json();
    const wp = s.workPoints[0].id;
    const lead = await t.orgId('T-BOHAI');
    const base = { code: 'T-2023-NEW', workPointId: wp, title: '新增任务', category: '业务', leadUnitId: lead, leaderName: '王主任', startDate: '2023-03-01', dueDate: '2023-12-31' };
    const bad: [string, unknown, string][] = [
      ['due before start', { ...base, dueDate: '2023-01-01' }, 'task.due_before_start'],
      ['milestone outside', { ...base, milestones: [{ title: '启动', plannedDate: '2024-01-10', plannedPct: 10 }] }, 'task.milestone_outside'],
      ['unknown unit', { ...base, leadUnitId: 999999 }, 'task.unit_not_found'],
      ['duplicate code', { ...base, code: (await staff.get('/api/plan/2023/tasks?pageSize=1')).json().items[0].code }, 'task.code_taken'],
    ];
    for (const [name, body, code] of bad) assert.equal(errCode(await staff.post('/api/plan/2023/tasks', body)), code, name);
    const res = await staff.post('/api/plan/2023/tasks', { ...base, target: { metric: '拆除面积', value: 2, unit: '万平方米', direction: 'atLeast' }, milestones: [{ title: '方案', plannedDate: '2023-06-30', plannedPct: 50 }] });
    assert.equal(res.statusCode, 201, res.body);
    assert.equal(res.json().milestones.length, 1);
    assert.equal(errCode(await town.post('/api/plan/2023/tasks', { ...base, code: 'X2' })), 'auth.forbidden');
  });
});

describe('report attachments', () => {
  it('attaches a photo to a report; the division can open it, another town cannot', async () => {
    const task = ((await town.get('/api/plan/2023/tasks?pageSize=200&mine=1')).json().items as TaskItem[])
      // (not one 雁栖镇 supports: its reporter may see those attachments by right)
      .find((i) => i.abilities.report && i.lastReport?.period !== '2023-10' && i.dueDate >= '2023-10-31' && !(i as TaskItem & { coUnits: { name: string }[] }).coUnits.some((u) => u.name === '雁栖镇'))!;
    const jpeg = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(100)]);
    const up = await town.upload('/api/attachments', jpeg, '现场照片.jpg');
    assert.equal(up.statusCode, 201, up.body);
    const other = await t.as('town2');
    const stranger = await other.upload('/api/attachments', jpeg, 'x.jpg');
    const bad = await town.request('PUT', `/api/plan/tasks/${task.id}/reports/2023-10`, { cumulativePct: 60, narrative: '见附件', attachmentIds: [stranger.json().id] });
    assert.equal(bad.statusCode, 404, 'someone else\'s upload cannot be attached');
    const res = await town.request('PUT', `/api/plan/tasks/${task.id}/reports/2023-10`, { cumulativePct: 60, narrative: '见附件', attachmentIds: [up.json().id] });
    assert.equal(res.statusCode, 200, res.body);
    assert.deepEqual(res.json().reports.find((r: { period: string }) => r.period === '2023-10').attachmentIds, [up.json().id]);
    assert.equal((await staff.get(`/api/attachments/${up.json().id}`)).statusCode, 200);
    assert.equal((await other.get(`/api/attachments/${up.json().id}`)).statusCode, 404);
  });
});

describe('partial task update', () => {
  it('changes only the fields sent: co-units, milestones, tags and weight stay as they were', async () => {
    const all = (await staff.get('/api/plan/2023/tasks?pageSize=200')).json().items as { id: number }[];
    let chosen: { id: number; coUnits: unknown[]; milestones: unknown[]; tags: string[]; weight: number; version: number; description: string } | null = null;
    for (const i of all) {
      const d = (await staff.get(`/api/plan/tasks/${i.id}`)).json();
      if (d.coUnits.length > 0 && d.milestones.length > 0 && d.tags.length > 0) { chosen = d; break; }
    }
    assert.ok(chosen, 'a task with co-units, milestones and tags');
    const res = await staff.patch(`/api/plan/tasks/${chosen.id}`, { title: '只改标题', version: chosen.version });
    assert.equal(res.statusCode, 200, res.body);
    const after = res.json();
    assert.equal(after.title, '只改标题');
    assert.deepEqual([after.coUnits, after.milestones.length, after.tags, after.weight, after.description], [chosen.coUnits, chosen.milestones.length, chosen.tags, chosen.weight, chosen.description]);
  });
});
