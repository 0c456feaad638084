// Scheduled jobs: the lease gives a job to one node at a time; reminders are sent once; followers hear
// of status changes; dormant accounts are disabled; expired sessions are purged.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { acquireLease, releaseLease, runJobOnce } from '../../server/platform/jobs.ts';
import { remindYear } from '../../server/modules/workplan/reminders.service.ts';
import { disableDormantAccounts, purgeExpiredSessions } from '../../server/modules/users/users.service.ts';
import { createTestApp, errCode, type TestApp } from '../support/app.ts';

let t: TestApp;
before(async () => { t = await createTestApp({ seed: 'all' }); });
after(async () => { await t.close(); });

describe('job leases', () => {
  it('lets exactly one of several nodes hold a job, and frees it on release or expiry', async () => {
    const results = await Promise.all(['node-a', 'node-b', 'node-c'].map((who) => acquireLease(t.ctx.db, 'test.job', 60_000, who)));
    assert.equal(results.filter(Boolean).length, 1);
    const winner = ['node-a', 'node-b', 'node-c'][results.indexOf(true)];
    assert.equal(await acquireLease(t.ctx.db, 'test.job', 60_000, 'node-d'), false);
    await releaseLease(t.ctx.db, 'test.job', winner);
    assert.equal(await acquireLease(t.ctx.db, 'test.job', 1, 'node-d'), true);
    await new Promise((r) => setTimeout(r, 10));
    assert.equal(await acquireLease(t.ctx.db, 'test.job', 60_000, 'node-e'), true, 'an expired lease is taken over');
    let runs = 0;
    assert.equal(await runJobOnce(t.ctx, { name: 'test.job', everyMs: 60_000, run: async () => runs++ }), false, 'node-e still holds it');
    await releaseLease(t.ctx.db, 'test.job', 'node-e');
    assert.equal(await runJobOnce(t.ctx, { name: 'test.job', everyMs: 60_000, run: async () => runs++ }), true);
    assert.equal(runs, 1);
  });
});

describe('work-plan reminders', () => {
  it('reminds reporters of missing reports once, and tells followers when a status changes', async () => {
    const town = await t.as('town');
    const first = await remindYear(t.ctx, 2023);
    assert.ok(first.reminded > 0);
    const second = await remindYear(t.ctx, 2023);
    assert.equal(second.reminded, 0, 'the same reminders are not sent twice');
    const n = (await town.get('/api/notifications')).json();
    assert.ok(n.items.some((i: { title: string }) => /逾期未报|节点/.test(i.title)), JSON.stringify(n.items.slice(0, 3)));

    // A followed task whose October report is approved at 100% turns green: the follower hears of it.
    const leader = await t.as('leader');
    const staff = await t.as('staff');
    const tasks = (await town.get('/api/plan/2023/tasks?pageSize=200&mine=1')).json().items as { id: number; status: string; lastReport: { period: string } | null; abilities: { report: boolean }; dueDate: string; target: { value: number } | null }[];
    const red = tasks.find((x) => x.status === 'red' && x.abilities.report && x.lastReport?.period !== '2023-10' && x.dueDate >= '2023-11-30')!;
    assert.ok(red, 'a red task without an October report');
    await leader.request('PUT', `/api/plan/tasks/${red.id}/follow`, { follow: true });
    await leader.post('/api/notifications/read', {});
    const put = await town.request('PUT', `/api/plan/tasks/${red.id}/reports/2023-10`, { cumulativePct: 100, cumulativeValue: red.target?.value ?? null, narrative: '提前完成' });
    const rep = put.json().reports.find((r: { period: string }) => r.period === '2023-10');
    assert.equal((await staff.post(`/api/plan/reports/${rep.id}/review`, { action: 'approve', version: rep.version })).statusCode, 200);
    const third = await remindYear(t.ctx, 2023);
    assert.ok(third.statusChanges >= 1);
    const ln = (await leader.get('/api/notifications?unread=1')).json();
    assert.ok(ln.items.some((i: { title: string; body: string }) => /状态变化/.test(i.title) && /^红灯.* → 绿灯/.test(i.body)), JSON.stringify(ln.items.map((i: { title: string; body: string }) => i.title + i.body)));
  });
});

describe('account hygiene jobs', () => {
  it('disables accounts unused for 90 days (not demo accounts) and purges expired sessions', async () => {
    const admin = await t.as('sysadmin');
    const orgId = await t.orgId('DRC');
    await admin.post('/api/users', { username: 'sleeper', displayName: '久未登录', role: 'leader', orgId, password: 'Sleep#2023x' });
    await t.ctx.db.updateTable('users').set({ createdAt: '2020-01-01T00:00:00.000Z' }).where('username', '=', 'sleeper').execute();
    await t.ctx.db.updateTable('users').set({ lastLoginAt: '2020-01-01T00:00:00.000Z' }).where('username', '=', 'leader').execute();
    const r = await disableDormantAccounts(t.ctx);
    assert.equal(r.disabled, 1);
    assert.equal(errCode(await t.client().login('sleeper', 'Sleep#2023x')), 'auth.disabled');
    assert.equal((await t.client().login('leader', 'Demo@2023')).statusCode, 200);
    await t.ctx.db.updateTable('sessions').set({ lastSeenAt: '2020-01-01T00:00:00.000Z' }).where('userId', '=', (await t.ctx.db.selectFrom('users').select('id').where('username', '=', 'staff').executeTakeFirstOrThrow()).id).execute();
    assert.ok((await purgeExpiredSessions(t.ctx)).purged >= 1);
  });
});
