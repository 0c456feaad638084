// Supervision, closing, follows, notifications, study sessions, year rules and the assessment,
// through the HTTP API on the 2023 demo plan.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createTestApp, errCode, type Client, type TestApp } from '../support/app.ts';
import { touchYear } from '../../server/modules/workplan/workplan.service.ts';

let t: TestApp;
let staff: Client;
let leader: Client;
let town: Client;
before(async () => {
  t = await createTestApp({ seed: 'all' });
  [staff, leader, town] = await Promise.all([t.as('staff'), t.as('leader'), t.as('town')]);
});
after(async () => { await t.close(); });

type Item = { id: number; title: string; status: string; missingReport: string | null; abilities: { report: boolean }; actualPct: number | null; target: { value: number } | null; dueDate: string };
const tasksOf = async (c: Client, q = '') => (await c.get(`/api/plan/2023/tasks?pageSize=200${q}`)).json().items as Item[];
const unread = async (c: Client) => (await c.get('/api/notifications?unread=1')).json();

describe('supervision notices', () => {
  it('a leader issues a notice, the town is notified and replies; an overdue reply turns the task red and escalates', async () => {
    const task = (await tasksOf(town, '&mine=1')).find((i) => i.abilities.report && i.status !== 'red')!;
    assert.ok(task, 'a non-red 庙城镇 task');
    const before = (await unread(town)).unread;
    assert.equal(errCode(await leader.post(`/api/plan/tasks/${task.id}/supervisions`, { level: '重点', reason: '进度需加快', requirement: '说明情况', replyDue: '2023-01-01' })), 'supervision.reply_due_past');
    const res = await leader.post(`/api/plan/tasks/${task.id}/supervisions`, { level: '重点', reason: '进度需加快', requirement: '三日内说明情况', replyDue: '2023-11-03' });
    assert.equal(res.statusCode, 201, res.body);
    const n = await unread(town);
    assert.equal(n.unread, before + 1);
    assert.match(n.items[0].title, /重点督办/);
    // Reply from the town; the notice is answered.
    const list = (await town.get(`/api/plan/2023/supervisions?taskId=${task.id}`)).json().items;
    const notice = list.find((x: { id: number }) => x.id === res.json().id);
    assert.equal(notice.abilities.reply, true);
    assert.equal((await town.post(`/api/plan/supervisions/${notice.id}/reply`, { reply: '已加派人手，11月中旬完成。', version: notice.version })).statusCode, 200);
    assert.equal(errCode(await town.post(`/api/plan/supervisions/${notice.id}/reply`, { reply: '再答', version: notice.version + 1 })), 'supervision.not_open');
    // A second notice left unanswered past its date: the task turns red, and the sweep escalates it to 挂牌.
    const second = await leader.post(`/api/plan/tasks/${task.id}/supervisions`, { level: '一般', reason: '节点滞后', requirement: '说明', replyDue: '2023-10-31' });
    await t.ctx.db.updateTable('supervisionNotices').set({ replyDue: '2023-10-30' }).where('id', '=', second.json().id).execute();
    await touchYear(t.ctx.db, 2023); // a change made behind the service's back must say so, as services do
    const detail = (await staff.get(`/api/plan/tasks/${task.id}`)).json();
    assert.equal(detail.status, 'red');
    assert.ok(detail.reasons.includes('supervision_overdue'));
    const sweep = (await leader.post('/api/plan/2023/supervisions/sweep')).json();
    assert.ok(sweep.escalated >= 1);
    const escalated = (await staff.get(`/api/plan/2023/supervisions?taskId=${task.id}&state=open`)).json().items;
    assert.ok(escalated.some((x: { level: string; trigger: string }) => x.level === '重点' && x.trigger === 'escalated'));
  });

  it('the rule-based sweep notices late reports and red tasks once, and is idempotent', async () => {
    const first = (await staff.post('/api/plan/2023/supervisions/sweep')).json();
    const second = (await staff.post('/api/plan/2023/supervisions/sweep')).json();
    assert.deepEqual(second, { issued: 0, escalated: 0 });
    const open = (await staff.get('/api/plan/2023/supervisions?state=open')).json().items;
    assert.ok(open.some((x: { trigger: string }) => x.trigger === 'missing_report'), `issued ${first.issued}`);
    assert.ok(open.some((x: { trigger: string }) => x.trigger === 'red_status'));
    const perTask = new Map<number, number>();
    for (const x of open as { taskId: number; trigger: string }[]) if (x.trigger === 'red_status') perTask.set(x.taskId, (perTask.get(x.taskId) ?? 0) + 1);
    assert.ok([...perTask.values()].every((c) => c === 1));
  });
});

describe('closing (销号)', () => {
  it('needs evidence and a met target; the leader approves and the task is closed', async () => {
    const mine = (await town.get('/api/plan/2023/tasks?pageSize=200&mine=1')).json().items as (Item & { lastReport: { period: string } | null })[];
    const running = mine.find((i) => i.abilities.report && (i.actualPct ?? 0) < 100 && i.status !== 'closed' && i.lastReport?.period !== '2023-10' && i.dueDate >= '2023-10-31')!;
    assert.ok(running, 'a running 庙城镇 task without an October report');
    assert.equal(errCode(await town.post(`/api/plan/tasks/${running.id}/close-request`, { evidence: '已完成' })), 'close.target_not_met');
    assert.equal((await town.post(`/api/plan/tasks/${running.id}/close-request`, { evidence: '' })).statusCode, 400);
    // Finish it: report 100% for October and have it approved.
    const put = await town.request('PUT', `/api/plan/tasks/${running.id}/reports/2023-10`, {
      cumulativePct: 100, cumulativeValue: running.target ? running.target.value : null, narrative: '全部完成',
    });
    assert.equal(put.statusCode, 200, put.body);
    const report = put.json().reports.find((r: { period: string }) => r.period === '2023-10');
    assert.equal((await staff.post(`/api/plan/reports/${report.id}/review`, { action: 'approve', version: report.version })).statusCode, 200);
    assert.equal((await staff.get(`/api/plan/tasks/${running.id}`)).json().actualPct, 100);
    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64)]);
    const up = await town.upload('/api/attachments', png, '验收单.png');
    assert.equal(up.statusCode, 201, up.body);
    const req = await town.post(`/api/plan/tasks/${running.id}/close-request`, { evidence: '区住建委验收意见 怀住建〔2023〕12号', attachmentIds: [up.json().id] });
    assert.equal(req.statusCode, 201, req.body);
    assert.equal(errCode(await town.post(`/api/plan/tasks/${running.id}/close-request`, { evidence: 'again' })), 'close.open_request');
    const crs = (await staff.get(`/api/plan/tasks/${running.id}`)).json().closeRequests;
    assert.equal(errCode(await leader.post(`/api/plan/tasks/${running.id}/close-decision`, { action: 'reject', version: crs[0].version })), 'report.reason_required');
    assert.equal((await leader.post(`/api/plan/tasks/${running.id}/close-decision`, { action: 'approve', version: crs[0].version })).statusCode, 200);
    const closed = (await staff.get(`/api/plan/tasks/${running.id}`)).json();
    assert.equal(closed.status, 'closed');
    // The attachment is readable by the division and its download audited.
    const dl = await staff.get(`/api/attachments/${up.json().id}`);
    assert.equal(dl.statusCode, 200);
    assert.equal(dl.headers['content-type'], 'image/png');
  });

  it('refuses an attachment whose content does not match its name', async () => {
    const res = await town.upload('/api/attachments', Buffer.from('MZ fake exe'), 'report.pdf');
    assert.equal(res.statusCode, 400);
    assert.equal(errCode(res), 'attachment.type_not_allowed');
  });
});

describe('follows and notifications', () => {
  it("a follower is notified when the task's report is submitted and reviewed", async () => {
    const task = (await tasksOf(town, '&mine=1')).find((i) => i.abilities.report && i.status !== 'closed' && i.dueDate >= '2023-11-01')!;
    assert.equal((await leader.request('PUT', `/api/plan/tasks/${task.id}/follow`, { follow: true })).statusCode, 200);
    assert.equal((await leader.get(`/api/plan/tasks/${task.id}`)).json().following, true);
    await leader.post('/api/notifications/read', {});
    const detail = (await town.get(`/api/plan/tasks/${task.id}`)).json();
    const oct = detail.reports.find((r: { period: string }) => r.period === '2023-10');
    if (oct?.state === 'submitted') await staff.post(`/api/plan/reports/${oct.id}/review`, { action: 'return', reason: '补充数据', version: oct.version });
    const after = (await town.get(`/api/plan/tasks/${task.id}`)).json().reports.find((r: { period: string }) => r.period === '2023-10');
    if (!after || after.state !== 'approved') {
      const r = await town.request('PUT', `/api/plan/tasks/${task.id}/reports/2023-10`, { cumulativePct: 70, narrative: '按计划推进', version: after?.version });
      assert.equal(r.statusCode, 200, r.body);
      const n = await unread(leader);
      assert.ok(n.items.some((i: { title: string }) => /进展已报送/.test(i.title)), JSON.stringify(n.items.map((i: { title: string }) => i.title)));
    }
  });
});

describe('party building and the year rules', () => {
  it("records a study session for one's own unit only", async () => {
    const party = await t.as('party');
    const own = await t.orgId('DRC-PARTY');
    const res = await party.post('/api/plan/study-sessions', { unitId: own, kind: '理论学习中心组', heldOn: '2023-03-15', topic: '学习贯彻党的二十大精神', attendeeCount: 18, attendees: '全体党组成员' });
    assert.equal(res.statusCode, 201, res.body);
    const other = await town.post('/api/plan/study-sessions', { unitId: own, kind: '党课', heldOn: '2023-03-15', topic: 'x', attendeeCount: 3 });
    assert.equal(errCode(other), 'study.unit_out_of_scope');
    const list = (await leader.get('/api/plan/2023/study-sessions')).json().items;
    assert.ok(list.some((s: { topic: string }) => s.topic === '学习贯彻党的二十大精神'));
  });

  it('shows the status rule to everyone and lets division staff change it (audited, versioned)', async () => {
    const s = (await town.get('/api/plan/2023')).json();
    assert.equal(s.rule.greenTolerancePp, 5);
    assert.equal(s.reportDueDay, 25);
    const body = { version: s.version, reportDueDay: 20, statusRule: { ...s.rule, redGapPp: 30 }, supervisionRule: s.supervisionRule };
    assert.equal((await town.request('PUT', '/api/plan/2023/settings', body)).statusCode, 403);
    const ok = await staff.request('PUT', '/api/plan/2023/settings', body);
    assert.equal(ok.statusCode, 200, ok.body);
    assert.equal(ok.json().rule.redGapPp, 30);
    assert.equal((await staff.request('PUT', '/api/plan/2023/settings', body)).statusCode, 409);
  });
});

describe('assessment', () => {
  it('ranks units, and every score expands to the records that gave it', async () => {
    const a = (await leader.get('/api/plan/2023/assessment')).json();
    assert.ok(a.units.length >= 10);
    for (let i = 1; i < a.units.length; i++) assert.ok(a.units[i - 1].total >= a.units[i].total);
    const u = a.units.find((x: { unitName: string }) => x.unitName === '庙城镇');
    assert.ok(u.items.some((i: { kind: string }) => i.kind === 'task'));
    // The business part equals 100 × Σ task points / Σ weights as listed in the items.
    const taskItems = u.items.filter((i: { kind: string }) => i.kind === 'task');
    assert.ok(taskItems.every((i: { source: { type: string; id: number } }) => i.source.type === 'task' && i.source.id > 0));
    const ded = u.items.filter((i: { kind: string }) => i.kind === 'deduction').reduce((s: number, i: { points: number }) => s + i.points, 0);
    assert.ok(Math.abs(-ded - u.deductions) < 0.01, `deductions ${u.deductions} = Σ items ${ded}`);
    // A reporter sees their own unit's row only.
    const mine = (await town.get('/api/plan/2023/assessment')).json();
    assert.deepEqual(mine.units.map((x: { unitName: string }) => x.unitName), ['庙城镇']);
  });

  it('refuses a scheme whose shares do not add to 100, and applies a bonus with its reason', async () => {
    const s = (await staff.get('/api/plan/2023')).json();
    const a = (await staff.get('/api/plan/2023/assessment')).json();
    const bad = await staff.request('PUT', '/api/plan/2023/assessment/scheme', { ...a.scheme, businessShare: 60, partyShare: 30, version: s.version });
    assert.equal(bad.statusCode, 400);
    assert.equal(errCode(bad), 'assessment.weights_sum');
    const badArea = await staff.request('PUT', '/api/plan/2023/assessment/scheme', { ...a.scheme, areaWeights: { 1: 50, 2: 40 }, version: s.version });
    assert.equal(errCode(badArea), 'assessment.weights_sum');
    const unitId = await t.orgId('T-MIAOCHENG');
    const beforeTotal = a.units.find((x: { unitId: number }) => x.unitId === unitId).total;
    const ok = await staff.request('PUT', '/api/plan/2023/assessment/scheme', { ...a.scheme, bonuses: [{ unitId, points: 8, reason: '获市级表彰' }], version: s.version });
    assert.equal(ok.statusCode, 200, ok.body);
    const u = ok.json().units.find((x: { unitId: number }) => x.unitId === unitId);
    assert.equal(u.bonus, 5, 'capped at +5');
    assert.ok(u.items.some((i: { kind: string; reason: string }) => i.kind === 'bonus' && /市级表彰/.test(i.reason)));
    assert.ok(Math.abs(u.total - Math.min(100, beforeTotal + 5)) < 0.01);
  });
});
