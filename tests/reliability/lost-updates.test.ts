// Lost updates and concurrent duplicates. PROVES, under real concurrency (in-process app.inject on a real
// SQLite file or PostgreSQL database; on PostgreSQL the requests run on 10 pooled connections at once):
//  1. optimistic locking: 20 PATCH/PUT requests of one record sent at once, all carrying the same `version`,
//     give exactly one 2xx and nineteen 409 record.stale; the record then holds the winner's value at
//     version + 1, and exactly one audit entry was added — for an org unit (PATCH /api/orgs/:id), a user
//     (PATCH /api/users/:id), a task (PATCH /api/plan/tasks/:id) and a monthly report draft (PUT
//     /api/plan/tasks/:id/reports/:period with version); several rounds each (quick 5, long 50);
//  2. no 5xx and no duplicate from requests that race to create the same thing (double submits): 20
//     creates of one org code / username / task code → one 201, the rest 409 …code_taken; 20 follows of one
//     task → all 200 and one follow row; 20 first saves of one month's report → 2xx or 409 record.stale,
//     one report whose version equals its audit entries; 20 first saves of the security policy → one 200,
//     the rest 409; 10 supervision sweeps at once → the notices of one sweep, none twice; 10 close requests
//     for one task at once → one 201, the rest 409 close.open_request, one open request.
// Figures: rounds, requests, 2xx, 409, 5xx.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { createTestApp, errCode, type Client, type TestApp } from '../support/app.ts';
import { LONG, testDialect } from './support.ts';

const N = 20;
const ROUNDS = LONG ? 50 : 5;

let t: TestApp;
let sys: Client;
let staff: Client;
let town: Client;
before(async () => {
  t = await createTestApp({ seed: 'all' });
  [sys, staff, town] = await Promise.all([t.as('sysadmin'), t.as('staff'), t.as('town')]);
});
after(async () => { await t?.close(); });

const totals = { requests: 0, ok: 0, stale: 0, races: 0, fiveXX: 0 };

async function auditCount(action: string, entityId: string): Promise<number> {
  const r = await t.ctx.db.selectFrom('auditLog').select(sql<number>`count(*)`.as('n')).where('action', '=', action).where('entityId', '=', entityId).executeTakeFirstOrThrow();
  return Number(r.n);
}

/** Sends N requests at once; asserts one 2xx and N-1 409 record.stale; returns the winner's index. */
async function race(what: string, send: (i: number) => Promise<{ statusCode: number; body: string }>): Promise<number> {
  const res = await Promise.all(Array.from({ length: N }, (_, i) => send(i)));
  const ok = res.map((r, i) => [r, i] as const).filter(([r]) => r.statusCode >= 200 && r.statusCode < 300);
  const stale = res.filter((r) => r.statusCode === 409 && errCode(r as never) === 'record.stale');
  totals.requests += N;
  totals.ok += ok.length;
  totals.stale += stale.length;
  const other = res.filter((r) => !(r.statusCode >= 200 && r.statusCode < 300) && !(r.statusCode === 409 && errCode(r as never) === 'record.stale'));
  assert.deepEqual(other.map((r) => `${r.statusCode} ${r.body.slice(0, 200)}`), [], `${what}: unexpected responses`);
  assert.equal(ok.length, 1, `${what}: ${ok.length} requests succeeded with the same version`);
  assert.equal(stale.length, N - 1, what);
  return ok[0][1];
}

describe(`lost updates (${testDialect})`, () => {
  it(`${N} concurrent PATCHes of one org unit at the same version: one wins, ${N - 1} get 409`, async () => {
    const id = await t.orgId('T-BOHAI');
    for (let round = 0; round < ROUNDS; round++) {
      const before = await t.ctx.db.selectFrom('orgUnits').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
      const audits = await auditCount('org.update', String(id));
      const w = await race(`org round ${round}`, (i) => sys.patch(`/api/orgs/${id}`, { version: before.version, name: `渤海镇 并发${round}-${i}` }));
      const after = await t.ctx.db.selectFrom('orgUnits').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
      assert.equal(after.version, before.version + 1);
      assert.equal(after.name, `渤海镇 并发${round}-${w}`);
      assert.equal(await auditCount('org.update', String(id)), audits + 1);
    }
  });

  it(`${N} concurrent PATCHes of one user at the same version: one wins`, async () => {
    const u = await t.ctx.db.selectFrom('users').select('id').where('username', '=', 'bureau').executeTakeFirstOrThrow();
    for (let round = 0; round < ROUNDS; round++) {
      const before = await t.ctx.db.selectFrom('users').select(['version', 'displayName']).where('id', '=', u.id).executeTakeFirstOrThrow();
      const audits = await auditCount('user.update', String(u.id));
      const w = await race(`user round ${round}`, (i) => sys.patch(`/api/users/${u.id}`, { version: before.version, displayName: `郑联络 ${round}-${i}` }));
      const after = await t.ctx.db.selectFrom('users').select(['version', 'displayName']).where('id', '=', u.id).executeTakeFirstOrThrow();
      assert.equal(after.version, before.version + 1);
      assert.equal(after.displayName, `郑联络 ${round}-${w}`);
      assert.equal(await auditCount('user.update', String(u.id)), audits + 1);
    }
  });

  it(`${N} concurrent PATCHes of one task at the same version: one wins`, async () => {
    const task = (await staff.get('/api/plan/2023/tasks?pageSize=1')).json().items[0] as { id: number };
    for (let round = 0; round < ROUNDS; round++) {
      const before = await t.ctx.db.selectFrom('tasks').select(['version']).where('id', '=', task.id).executeTakeFirstOrThrow();
      const audits = await auditCount('task.update', String(task.id));
      const w = await race(`task round ${round}`, (i) => staff.patch(`/api/plan/tasks/${task.id}`, { version: before.version, title: `并发修改 ${round}-${i}` }));
      const after = await t.ctx.db.selectFrom('tasks').select(['version', 'title']).where('id', '=', task.id).executeTakeFirstOrThrow();
      assert.equal(after.version, before.version + 1);
      assert.equal(after.title, `并发修改 ${round}-${w}`);
      assert.equal(await auditCount('task.update', String(task.id)), audits + 1);
    }
  });

  it(`${N} concurrent saves of one report draft at the same version: one wins`, async () => {
    const mine = (await town.get('/api/plan/2023/tasks?pageSize=200&mine=1')).json().items as { id: number; abilities: { report: boolean }; lastReport: { period: string } | null; dueDate: string; startDate: string }[];
    const task = mine.find((i) => i.abilities.report && i.lastReport?.period !== '2023-10' && i.dueDate >= '2023-10-31' && i.startDate <= '2023-10-01');
    assert.ok(task, 'a 庙城镇 task without an October report');
    const url = `/api/plan/tasks/${task.id}/reports/2023-10`;
    const first = await town.put(url, { cumulativePct: 10, narrative: '草稿', submit: false });
    assert.equal(first.statusCode, 200, first.body);
    const reportId = first.json().savedReportId as number;
    for (let round = 0; round < ROUNDS; round++) {
      const before = await t.ctx.db.selectFrom('progressReports').select(['version']).where('id', '=', reportId).executeTakeFirstOrThrow();
      const audits = await auditCount('report.save_draft', `r${reportId}`);
      const w = await race(`report round ${round}`, (i) => town.put(url, { cumulativePct: 20 + i, narrative: `并发草稿 ${round}-${i}`, submit: false, version: before.version }));
      const after = await t.ctx.db.selectFrom('progressReports').select(['version', 'narrative', 'cumulativePct']).where('id', '=', reportId).executeTakeFirstOrThrow();
      assert.equal(after.version, before.version + 1);
      assert.equal(after.narrative, `并发草稿 ${round}-${w}`);
      assert.equal(Number(after.cumulativePct), 20 + w);
      assert.equal(await auditCount('report.save_draft', `r${reportId}`), audits + 1);
    }
  });

  it('requests racing to create the same thing: one wins, the rest get a clear 409, no 5xx, no duplicate', async () => {
    const [leader, sec] = await Promise.all([t.as('leader'), t.as('secadmin')]);
    const lead = await t.orgId('T-BOHAI');
    const s = (await staff.get('/api/plan/2023')).json();
    /** Sends n at once; returns the sorted "status[:code]" list, counting 5xx. */
    const burst = async (n: number, send: (i: number) => Promise<{ statusCode: number; body: string }>) => {
      const res = await Promise.all(Array.from({ length: n }, (_, i) => send(i)));
      totals.races += n;
      totals.fiveXX += res.filter((r) => r.statusCode >= 500).length;
      return res.map((r) => (r.statusCode >= 400 ? `${r.statusCode}:${errCode(r as never)}` : String(r.statusCode))).sort();
    };
    const oneWinner = (what: string, got: string[], ok: string, lose: string) => {
      assert.deepEqual(got, [ok, ...Array(got.length - 1).fill(lose)].sort(), `${what}: ${got.join(' ')}`);
    };
    oneWinner('same org code', await burst(N, () => sys.post('/api/orgs', { code: 'RACE-ORG', name: '并发新建', kind: 'other' })), '201', '409:org.code_taken');
    oneWinner('same username', await burst(N, () => sys.post('/api/users', { username: 'race_user', displayName: '并发', role: 'leader', orgId: lead, password: 'Initial#2023x' })), '201', '409:user.username_taken');
    oneWinner('same task code', await burst(N, () => staff.post('/api/plan/2023/tasks', {
      code: 'RACE-TASK', workPointId: s.workPoints[0].id, title: '并发新建任务', category: '业务', leadUnitId: lead, leaderName: '王主任', startDate: '2023-01-01', dueDate: '2023-12-31',
    })), '201', '409:task.code_taken');

    const task = (await staff.get('/api/plan/2023/tasks?pageSize=1')).json().items[0] as { id: number };
    assert.deepEqual(await burst(N, () => leader.put(`/api/plan/tasks/${task.id}/follow`, { follow: true })), Array(N).fill('200'), 'concurrent follows');
    const leaderId = (await t.ctx.db.selectFrom('users').select('id').where('username', '=', 'leader').executeTakeFirstOrThrow()).id;
    assert.equal((await t.ctx.db.selectFrom('taskFollows').selectAll().where('taskId', '=', task.id).where('userId', '=', leaderId).execute()).length, 1);

    const mine = (await town.get('/api/plan/2023/tasks?pageSize=200&mine=1')).json().items as { id: number; abilities: { report: boolean }; lastReport: { period: string } | null; dueDate: string; startDate: string; status: string; target: { value: number } | null }[];
    const fresh = mine.filter((i) => i.abilities.report && i.status !== 'closed' && i.lastReport?.period !== '2023-10' && i.dueDate >= '2023-10-31' && i.startDate <= '2023-10-01');
    const [draftTask, closeTask] = [fresh.at(-1)!, fresh.at(-2)!];
    const first = await burst(N, (i) => town.put(`/api/plan/tasks/${draftTask.id}/reports/2023-10`, { cumulativePct: i, narrative: `并发首存 ${i}`, submit: false }));
    assert.ok(first.every((x) => x === '200' || x === '409:record.stale') && first.includes('200'), `first saves: ${first.join(' ')}`);
    const reps = await t.ctx.db.selectFrom('progressReports').select(['id', 'version']).where('taskId', '=', draftTask.id).where('period', '=', '2023-10').execute();
    assert.equal(reps.length, 1);
    assert.equal(await auditCount('report.save_draft', `r${reps[0].id}`), reps[0].version);

    const policy = (await sec.get('/api/security/policy')).json();
    oneWinner('first policy save', await burst(N, (i) => sec.put('/api/security/policy', { ...policy, sessionIdleMinutes: 30 + i })), '200', '409:record.stale');

    const sweeps = await burst(10, () => staff.post('/api/plan/2023/supervisions/sweep'));
    assert.deepEqual(sweeps, Array(10).fill('200'));
    const dup = await sql<{ n: number }>`select count(*) as n from (select task_id, trigger, reason from supervision_notices where state = 'open' group by task_id, trigger, reason having count(*) > 1) d`.execute(t.ctx.db);
    assert.equal(Number(dup.rows[0].n), 0, 'concurrent sweeps issued the same notice twice');

    // A task whose target is met, then ten close requests at once.
    const put = await town.put(`/api/plan/tasks/${closeTask.id}/reports/2023-10`, { cumulativePct: 100, cumulativeValue: closeTask.target ? closeTask.target.value : null, narrative: '全部完成' });
    assert.equal(put.statusCode, 200, put.body);
    const rep = put.json().reports.find((r: { period: string }) => r.period === '2023-10');
    assert.equal((await staff.post(`/api/plan/reports/${rep.id}/review`, { action: 'approve', version: rep.version })).statusCode, 200);
    oneWinner('close requests', await burst(10, () => town.post(`/api/plan/tasks/${closeTask.id}/close-request`, { evidence: '区住建委验收意见' })), '201', '409:close.open_request');
    assert.equal((await t.ctx.db.selectFrom('closeRequests').select('id').where('taskId', '=', closeTask.id).where('state', '=', 'requested').execute()).length, 1);
  });

  after(() => {
    console.log(`lost-updates (${testDialect}): ${ROUNDS} rounds × 4 record kinds × ${N} concurrent writes = ${totals.requests} requests; 2xx ${totals.ok}, 409 record.stale ${totals.stale}, lost updates 0; ` +
      `racing creates/follows/sweeps/close requests ${totals.races} requests, 5xx ${totals.fiveXX}, duplicates 0`);
  });
});
