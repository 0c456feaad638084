// The cockpit, 我的工作, the report centre, scheduled jobs across two nodes, the open API's tokens and
// scopes, and webhooks. Every cockpit figure is checked against the list its drill-down opens, through
// HTTP with the same user; jobs race from two contexts on one database (two app nodes) and run once.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createTestApp, errCode, type Client, type TestApp } from '../support/app.ts';
import { openContext } from '../../server/platform/runtime.ts';
import { runJobOnce } from '../../server/platform/jobs.ts';
import { deliverSubscriptions } from '../../server/modules/cockpit/reports.service.ts';
import { queueAlerts, renderDelivery, sendDeliveries } from '../../server/modules/cockpit/integrations.service.ts';
import { digestOf } from '../../server/platform/mail.ts';
import { ooxmlContentHash } from '../../server/platform/xlsx.ts';

let t: TestApp;
let leader: Client;
let staff: Client;
let town: Client;
let sysadmin: Client;
before(async () => {
  t = await createTestApp({ seed: 'all' });
  [leader, staff, town, sysadmin] = await Promise.all(['leader', 'staff', 'town', 'sysadmin'].map((u) => t.as(u)));
});
after(async () => { await t.close(); });

type Tile = { key: string; module: string; value: number; severity: string; href: string; api?: string; apiField?: string };

/** The count an api answer holds: `apiField`'s dot path, else `total`, else the items' or the array's length. */
function countIn(body: unknown, field?: string): number {
  if (field) return Number(field.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)?.[k], body));
  const b = body as { total?: number; items?: unknown[] } | unknown[];
  if (Array.isArray(b)) return b.length;
  return typeof b.total === 'number' ? b.total : (b.items?.length ?? NaN);
}

describe('cockpit', () => {
  it('gives every figure as the count of the records its drill-down opens, for a leader and for division staff', async () => {
    for (const c of [leader, staff]) {
      const res = await c.get('/api/cockpit');
      assert.equal(res.statusCode, 200, res.body);
      const body = res.json() as { tiles: Tile[]; summary: { alert: number }; failed: unknown[] };
      assert.deepEqual(body.failed, []);
      const modules = new Set(body.tiles.map((x) => x.module));
      for (const m of ['workplan', 'economy', 'projects', 'enterprises', 'prices', 'livelihood', 'energy']) assert.ok(modules.has(m), `tiles of ${m}`);
      let checked = 0;
      for (const tile of body.tiles) {
        assert.match(tile.href, /^\/[a-z]/, `${tile.key} opens a page`);
        if (!tile.api) continue;
        const r = await c.get(tile.api);
        assert.equal(r.statusCode, 200, `${tile.key}: ${tile.api} → ${r.statusCode}`);
        assert.equal(countIn(r.json(), tile.apiField), tile.value, `${tile.key}: the cockpit says ${tile.value}, ${tile.api} lists ${countIn(r.json(), tile.apiField)}`);
        checked++;
      }
      assert.ok(checked >= 12, `checked ${checked} figures`);
      // The demo has red tasks and overdue problems: the cockpit is not all green.
      assert.ok(body.tiles.some((x) => x.severity === 'alert' && x.value > 0));
      assert.equal(body.summary.alert, body.tiles.filter((x) => x.severity === 'alert').length);
    }
  });

  it('follows a write: a task turned red elsewhere moves the red-task figure by one', async () => {
    const before = ((await leader.get('/api/cockpit')).json() as { tiles: Tile[] }).tiles.find((x) => x.key === 'workplan.red_tasks')!;
    // A new task whose deadline passed with no progress reported is red.
    const wp = (await staff.get('/api/plan/2023')).json().workPoints[0].id as number;
    const res = await staff.post('/api/plan/2023/tasks', {
      code: 'T-COCKPIT', workPointId: wp, title: '驾驶舱联动检查', category: '业务', leadUnitId: await t.orgId('T-BOHAI'), leaderName: '王主任', startDate: '2023-01-01', dueDate: '2023-02-28',
    });
    assert.equal(res.statusCode, 201, res.body);
    const status = (await staff.get(`/api/plan/2023/tasks?q=T-COCKPIT`)).json().items[0].status as string;
    const after = ((await leader.get('/api/cockpit')).json() as { tiles: Tile[] }).tiles.find((x) => x.key === 'workplan.red_tasks')!;
    assert.equal(status, 'red');
    assert.equal(after.value, before.value + 1);
  });

  it('is for leaders and division staff only', async () => {
    assert.equal((await town.get('/api/cockpit')).statusCode, 403);
    assert.equal((await sysadmin.get('/api/cockpit')).statusCode, 403);
  });
});

describe('my work', () => {
  it('tells a town reporter the task reports due from the unit, counted from the task list', async () => {
    const w = (await town.get('/api/my-work')).json() as { due: { key: string; count: number; href: string }[]; review: unknown[] };
    const mine = (await town.get('/api/plan/2023/tasks?mine=1&pageSize=200')).json().items as { missingReport: string | null }[];
    const missing = mine.filter((x) => x.missingReport).length;
    const item = w.due.find((x) => x.key === 'workplan.reports_due');
    if (missing === 0) assert.equal(item, undefined);
    else assert.equal(item?.count, missing);
    assert.equal(w.review.length, 0, 'a town reporter reviews nothing');
  });

  it('tells division staff what waits for review, and an admin has nothing', async () => {
    const w = (await staff.get('/api/my-work')).json() as { review: { key: string; count: number }[] };
    const q = (await staff.get('/api/economy/review-queue')).json().items as { state: string }[];
    const econ = w.review.find((x) => x.key === 'economy.values_to_review');
    assert.equal(econ?.count ?? 0, q.filter((v) => v.state === 'submitted').length);
    const admin = (await sysadmin.get('/api/my-work')).json() as { due: unknown[]; review: unknown[] };
    assert.deepEqual([admin.due, admin.review], [[], []]);
  });
});

describe('report centre', () => {
  it('keeps every generation as a version, per view of the data, and refuses bad periods by name', async () => {
    const types = (await staff.get('/api/reports/types')).json().items as { type: string; latestPeriod: string | null }[];
    const bulletin = types.find((x) => x.type === 'plan.bulletin')!;
    assert.ok(bulletin.latestPeriod, 'a bulletin month');
    const g1 = await staff.post('/api/reports/generate', { type: 'plan.bulletin', period: bulletin.latestPeriod });
    assert.equal(g1.statusCode, 201, g1.body);
    const g2 = await staff.post('/api/reports/generate', { type: 'plan.bulletin', period: bulletin.latestPeriod });
    assert.deepEqual([g1.json().seq, g2.json().seq], [1, 2]);
    const list = (await leader.get(`/api/reports?type=plan.bulletin&period=${bulletin.latestPeriod}`)).json();
    assert.equal(list.total, 2, 'the leader (district view) sees both versions');
    const dl = await leader.get(`/api/reports/${g2.json().id}/download`);
    assert.equal(dl.statusCode, 200);
    assert.equal(dl.rawPayload.subarray(0, 2).toString(), 'PK', 'a .docx (zip) file');
    assert.match(String(dl.headers['content-disposition']), /%E7%AC%AC2%E7%89%88|第2版/);
    // A town reporter's view is the town's: the district versions are neither listed nor downloadable.
    assert.equal((await town.get('/api/reports?type=plan.bulletin')).json().total, 0);
    assert.equal((await town.get(`/api/reports/${g2.json().id}/download`)).statusCode, 404);

    const bad = await staff.post('/api/reports/generate', { type: 'plan.bulletin', period: '2023-13' });
    assert.equal(bad.statusCode, 400);
    assert.equal(errCode(bad), 'report.bad_period');
    const unknown = await staff.post('/api/reports/generate', { type: 'plan.nothing', period: '2023-10' });
    assert.equal(errCode(unknown), 'report.unknown_type');
    const denied = await sysadmin.post('/api/reports/generate', { type: 'plan.bulletin', period: '2023-10' });
    assert.equal(denied.statusCode, 403);
    const audit = await t.ctx.db.selectFrom('auditLog').select('action').where('action', '=', 'report.generate').execute();
    assert.equal(audit.length, 2, 'each generation audited; refused ones are not');
  });

  it('builds every type of the catalogue for its newest period, as .docx or .xlsx', async () => {
    const types = (await staff.get('/api/reports/types')).json().items as { type: string; latestPeriod: string | null }[];
    assert.ok(types.length >= 10, `${types.length} types`);
    const built: string[] = [];
    for (const ty of types.filter((x) => x.latestPeriod && !['prices.daily', 'prices.weekly'].includes(x.type))) {
      const g = await staff.post('/api/reports/generate', { type: ty.type, period: ty.latestPeriod });
      assert.equal(g.statusCode, 201, `${ty.type} ${ty.latestPeriod}: ${g.body}`);
      const dl = await staff.get(`/api/reports/${g.json().id}/download`);
      assert.equal(dl.rawPayload.subarray(0, 2).toString(), 'PK', `${ty.type} is an OOXML file`);
      assert.match(String(dl.headers['content-type']), g.json().filename.endsWith('.xlsx') ? /spreadsheetml/ : /wordprocessingml/);
      built.push(ty.type);
    }
    // Documents of one record (minutes, an approval, a conclusion) are in the catalogue too, titled by their record.
    for (const k of ['projects.minutes', 'energy.approval']) assert.ok(built.includes(k), `${k} built`);
    assert.ok(types.some((x) => x.type === 'prices.cert_conclusion'), 'the certification conclusion is offered (its cases come with the price demo)');
    const minutes = (await staff.get('/api/reports?type=projects.minutes')).json().items[0] as { title: string };
    assert.match(minutes.title, /^会议纪要（.+（\d{4}-\d{2}-\d{2}，/);
    assert.equal(errCode(await staff.post('/api/reports/generate', { type: 'projects.minutes', period: '2023-10' })), 'report.bad_period');
    assert.equal((await staff.post('/api/reports/generate', { type: 'projects.minutes', period: '999999' })).statusCode, 404);
  });

  it('keeps documents downloaded from the modules\' pages, once per distinct content', async () => {
    // A month whose bulletin nobody generated yet: the first download keeps it, the second (same content) does not.
    assert.equal((await leader.get('/api/reports?type=plan.bulletin&period=2023-06')).json().total, 0);
    const files = [];
    for (let i = 0; i < 2; i++) files.push((await leader.get('/api/plan/2023/report.docx?month=2023-06')).rawPayload);
    assert.notEqual(files[0].toString('base64'), files[1].toString('base64'), 'the bytes differ (dates inside the file)');
    const after = (await leader.get('/api/reports?type=plan.bulletin&period=2023-06')).json();
    assert.equal(after.total, 1, 'the same bulletin downloaded twice is kept once');
    assert.equal(after.items[0].trigger, 'download');
    const kept = await t.ctx.db.selectFrom('reportVersions').select('contentHash').where('id', '=', after.items[0].id).executeTakeFirstOrThrow();
    assert.equal(kept.contentHash, ooxmlContentHash(files[1]));
    // A document with charts: its drawings are numbered per document, so two downloads are one version too.
    for (let i = 0; i < 2; i++) assert.equal((await leader.get('/api/economy/2023/brief.docx?period=2023-06')).statusCode, 200);
    assert.equal((await leader.get('/api/reports?type=economy.brief&period=2023-06')).json().total, 1, 'the same brief downloaded twice is kept once');
    const minutes = (await leader.get('/api/meetings/1/minutes.docx'));
    if (minutes.statusCode === 200) assert.ok((await leader.get('/api/reports?type=projects.minutes&period=1')).json().total >= 1);
  });

  it('delivers a subscribed report once per period, built with the subscriber\'s own scope', async () => {
    const put = await town.request('PUT', '/api/reports/subscriptions', { types: ['plan.bulletin'] });
    assert.equal(put.statusCode, 200, put.body);
    assert.equal((await sysadmin.request('PUT', '/api/reports/subscriptions', { types: ['plan.bulletin'] })).statusCode, 403, 'an admin cannot read plan documents');
    const first = await deliverSubscriptions(t.ctx);
    assert.equal(first.delivered, 1);
    assert.equal((await deliverSubscriptions(t.ctx)).delivered, 0, 'the same period is not delivered twice');
    const mine = (await town.get('/api/reports?type=plan.bulletin')).json();
    assert.equal(mine.total, 1, 'the town sees its own delivered version');
    assert.equal(mine.items[0].trigger, 'schedule');
    const n = (await town.get('/api/notifications?unread=1')).json().items as { kind: string; link: string }[];
    assert.ok(n.some((x) => x.kind === 'report' && x.link === '/reports?type=plan.bulletin'));
  });
});

describe('scheduled jobs', () => {
  it('runs a job once per round when two app nodes on one database race for it, and shows each run', async () => {
    const second = await openContext(t.config, { migrate: false, logLevel: 'silent' });
    try {
      let runs = 0;
      const job = { name: 'test.race', everyMs: 60_000, run: async () => { runs++; await new Promise((r) => setTimeout(r, 30)); return { runs }; } };
      for (let round = 0; round < 10; round++) {
        const took = await Promise.all([runJobOnce(t.ctx, job, 'node-a'), runJobOnce(second.ctx, job, 'node-b')]);
        assert.equal(took.filter(Boolean).length, 1, `round ${round}: one node ran it`);
      }
      assert.equal(runs, 10);
      const rows = await t.ctx.db.selectFrom('jobRuns').selectAll().where('name', '=', 'test.race').execute();
      assert.equal(rows.length, 10);
      assert.ok(rows.every((r) => r.ok === 1 && r.finishedAt));
    } finally {
      await second.database.close();
    }
  });

  it('lists the jobs with their last run for the IT admin, runs one on demand, and records a failure', async () => {
    const run = await sysadmin.post('/api/admin/jobs/sessions.purge/run', {});
    assert.equal(run.statusCode, 200, run.body);
    assert.equal(run.json().ok, true);
    const list = (await sysadmin.get('/api/admin/jobs')).json().items as { name: string; last: { ok: boolean } | null }[];
    assert.ok(list.find((j) => j.name === 'sessions.purge')?.last?.ok);
    assert.ok(list.some((j) => j.name === 'reports.scheduled') && list.some((j) => j.name === 'webhooks.send'));
    assert.equal(errCode(await sysadmin.post('/api/admin/jobs/nothing/run', {})), 'job.unknown');
    assert.equal((await staff.get('/api/admin/jobs')).statusCode, 403);
    await runJobOnce(t.ctx, { name: 'test.fails', everyMs: 60_000, run: async () => { throw new Error('boom'); } });
    const failed = await t.ctx.db.selectFrom('jobRuns').selectAll().where('name', '=', 'test.fails').executeTakeFirstOrThrow();
    assert.deepEqual([failed.ok, failed.error], [0, 'boom']);
  });
});

describe('open API', () => {
  it('answers a token within its scopes: no token 401, a missing scope 403, revoked 401', async () => {
    assert.equal((await leader.post('/api/admin/api-tokens', { name: 'x', scopes: ['indicators:read'] })).statusCode, 403);
    const bad = await sysadmin.post('/api/admin/api-tokens', { name: '统计局数据平台', scopes: ['indicators:read', 'nothing'] });
    assert.equal(bad.statusCode, 400);
    const created = await sysadmin.post('/api/admin/api-tokens', { name: '统计局数据平台', scopes: ['indicators:read'] });
    assert.equal(created.statusCode, 201, created.body);
    const { token, id } = created.json() as { token: string; id: number };
    const list = (await sysadmin.get('/api/admin/api-tokens')).json().items as { id: number; prefix: string; token?: string }[];
    assert.equal(list.find((x) => x.id === id)?.token, undefined, 'the token is shown once, never listed');
    const anon = t.client();
    const call = (path: string, tok?: string) => t.app.inject({ method: 'GET', url: path, headers: tok ? { authorization: `Bearer ${tok}` } : {} });
    assert.equal((await call('/api/open/v1/indicators')).statusCode, 401);
    assert.equal((await anon.get('/api/open/v1/indicators')).statusCode, 401, 'a session is no token');
    assert.equal((await call('/api/open/v1/indicators', 'tc_' + 'x'.repeat(40))).statusCode, 401);
    const ok = await call('/api/open/v1/indicators', token);
    assert.equal(ok.statusCode, 200, ok.body);
    const body = ok.json() as { year: number; items: { code: string; latest: { status: string } | null }[] };
    const overview = (await leader.get(`/api/economy/${body.year}/overview`)).json().items as { indicator: { code: string }; latest: { status: string } | null }[];
    assert.deepEqual(body.items.map((i) => [i.code, i.latest?.status ?? null]), overview.map((i) => [i.indicator.code, i.latest?.status ?? null]));
    const denied = await call('/api/open/v1/projects', token);
    assert.equal(denied.statusCode, 403);
    assert.equal(errCode(denied), 'token.scope_missing');
    assert.equal((await sysadmin.post(`/api/admin/api-tokens/${id}/revoke`, {})).statusCode, 200);
    assert.equal((await call('/api/open/v1/indicators', token)).statusCode, 401);
    const actions = (await t.ctx.db.selectFrom('auditLog').select('action').where('entityType', '=', 'api_token').orderBy('seq').execute()).map((a) => a.action);
    assert.deepEqual(actions, ['token.create', 'token.revoke']);
  });

  it('gives projects and alerts to tokens holding those scopes', async () => {
    const { token } = (await sysadmin.post('/api/admin/api-tokens', { name: '市重大项目平台', scopes: ['projects:read', 'alerts:read'] })).json() as { token: string };
    const p = await t.app.inject({ method: 'GET', url: '/api/open/v1/projects?pageSize=5', headers: { authorization: `Bearer ${token}` } });
    assert.equal(p.statusCode, 200, p.body);
    const list = (await leader.get(`/api/projects/${p.json().year}?pageSize=1`)).json();
    assert.equal(p.json().total, list.total);
    assert.equal(p.json().items.length, 5);
    const a = await t.app.inject({ method: 'GET', url: '/api/open/v1/alerts', headers: { authorization: `Bearer ${token}` } });
    assert.equal(a.statusCode, 200);
    assert.ok(a.json().attention.length > 0);
  });
});

describe('webhooks', () => {
  it('pushes each red cockpit item once to a signed generic receiver, in the robots\' formats too', async () => {
    const got: { body: string; sig: string | undefined }[] = [];
    const server = http.createServer((req, res) => {
      let body = '';
      req.on('data', (c) => { body += c; });
      req.on('end', () => { got.push({ body, sig: req.headers['x-tongchou-signature'] as string | undefined }); res.end('{"errcode":0}'); });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
      assert.equal((await sysadmin.post('/api/admin/webhooks', { name: '坏地址', kind: 'generic', url: 'ftp://x', events: ['cockpit.alert'] })).statusCode, 400);
      const w = await sysadmin.post('/api/admin/webhooks', { name: '值班回调', kind: 'generic', url, secret: 's3cret', events: ['cockpit.alert'] });
      assert.equal(w.statusCode, 201, w.body);
      assert.equal(JSON.stringify(w.json()).includes('s3cret') || JSON.stringify(w.json()).includes('/hook'), false, 'the secret and the address are not answered back');
      const red = ((await leader.get('/api/cockpit')).json() as { tiles: Tile[] }).tiles.filter((x) => x.severity === 'alert');
      const q = await queueAlerts(t.ctx);
      assert.equal(q.queued, red.length);
      assert.equal((await queueAlerts(t.ctx)).queued, 0, 'queued once');
      const s = await sendDeliveries(t.ctx);
      assert.deepEqual(s, { sent: red.length, failed: 0 });
      assert.equal(got.length, red.length);
      for (const g of got) {
        assert.equal(g.sig, `sha256=${crypto.createHmac('sha256', 's3cret').update(g.body).digest('hex')}`);
        assert.equal(JSON.parse(g.body).event, 'cockpit.alert');
      }
      const test = await sysadmin.post(`/api/admin/webhooks/${w.json().id}/test`, {});
      assert.equal(test.json().ok, true);
    } finally {
      server.close();
    }
    const wecom = renderDelivery('wecom', 'https://robot.example/send?key=k', null, 'price.alert', { title: '价格预警：猪肉', text: '涨幅 12%', data: null });
    assert.deepEqual(JSON.parse(wecom.body), { msgtype: 'markdown', markdown: { content: '**价格预警：猪肉**\n涨幅 12%' } });
    const ding = renderDelivery('dingtalk', 'https://robot.example/send?access_token=a', 'SEC1', 'price.alert', { title: 'T', text: 'x', data: null }, 1700000000000);
    const sign = encodeURIComponent(crypto.createHmac('sha256', 'SEC1').update('1700000000000\nSEC1').digest('base64'));
    assert.equal(ding.url, `https://robot.example/send?access_token=a&timestamp=1700000000000&sign=${sign}`);
  });
});

describe('digest e-mail', () => {
  it('puts a user\'s new notifications into one message', () => {
    const one = digestOf([{ title: '任务逾期未报', body: 'A', link: '/plan/my', createdAt: '2023-11-02T08:00:00Z' }]);
    assert.equal(one.subject, '【统筹】任务逾期未报');
    const many = digestOf([
      { title: '甲', body: 'a', link: null, createdAt: '2023-11-02T08:00:00Z' },
      { title: '乙', body: 'b', link: '/x', createdAt: '2023-11-02T09:00:00Z' },
    ], 'https://tc.example');
    assert.equal(many.subject, '【统筹】您有 2 条新提醒');
    assert.match(many.text, /1\. 甲.*\n\s+a\n\n2\. 乙.*\n\s+b\n\s+https:\/\/tc\.example\/x/);
  });
});
