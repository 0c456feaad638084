// Authentication through the HTTP API: log-in, lockout, sessions, CSRF, password policy, TOTP, idle timeout.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { totpCode } from '../../server/platform/auth/totp.ts';
import { createUserAsSystem } from '../../server/modules/users/users.service.ts';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../server/app.ts';
import { openContext } from '../../server/platform/runtime.ts';
import type { Actor } from '../../server/platform/access.ts';
import { readKept, readThisTurn, writeVersion } from '../../server/platform/write-cache.ts';
import { Client, createTestApp, errCode, type TestApp } from '../support/app.ts';

let t: TestApp;
before(async () => { t = await createTestApp(); });
after(async () => { await t.close(); });

async function auditCount(action: string, result?: string) {
  let q = t.ctx.db.selectFrom('auditLog').select('seq').where('action', '=', action);
  if (result) q = q.where('result', '=', result);
  return (await q.execute()).length;
}

describe('POST /api/auth/login', () => {
  it('logs a demo user in and GET /api/me shows the role and a CSRF token', async () => {
    const c = t.client();
    const res = await c.login('town', 'Demo@2023');
    assert.equal(res.statusCode, 200);
    const cookie = res.cookies.find((k) => k.name === 'tc_sid')!;
    assert.equal(cookie.httpOnly, true);
    assert.equal(cookie.sameSite, 'Strict');
    const me = await c.get('/api/me');
    assert.equal(me.statusCode, 200);
    assert.equal(me.json().role, 'unit_reporter');
    assert.equal(me.json().orgName, '庙城镇');
    assert.ok(me.json().csrfToken.length >= 20);
  });

  it('answers 401 for a wrong password and for an unknown user, with the same code, and audits both', async () => {
    const before = await auditCount('auth.login', 'failure');
    const a = await t.client().login('staff', 'Wrong-pass1');
    const b = await t.client().login('nobody-here', 'Wrong-pass1');
    assert.equal(a.statusCode, 401);
    assert.equal(b.statusCode, 401);
    assert.equal(errCode(a), 'auth.invalid_credentials');
    assert.equal(errCode(b), 'auth.invalid_credentials');
    assert.equal(await auditCount('auth.login', 'failure'), before + 2);
  });

  it('locks the account after 5 wrong passwords: 423 saying until when, even with the right password', async () => {
    const c = t.client();
    const codes: number[] = [];
    for (let i = 0; i < 6; i++) codes.push((await c.login('invest', 'Wrong-pass1')).statusCode);
    assert.deepEqual(codes, [401, 401, 401, 401, 423, 423]);
    const locked = await c.login('invest', 'Demo@2023');
    assert.equal(locked.statusCode, 423);
    assert.equal(errCode(locked), 'auth.locked');
    const until = Date.parse(locked.json().error.details.until);
    assert.ok(until > Date.now() + 14 * 60_000 && until <= Date.now() + 15 * 60_000 + 1000, 'locked for 15 minutes');
    assert.match(locked.json().error.message, /锁定/);
    assert.equal(await auditCount('auth.lock'), 1);
    // The security admin unlocks it, and that is audited.
    const sec = await t.as('secadmin');
    const id = (await t.ctx.db.selectFrom('users').select('id').where('username', '=', 'invest').executeTakeFirstOrThrow()).id;
    assert.equal((await sec.post(`/api/users/${id}/unlock`)).statusCode, 204);
    assert.equal((await t.client().login('invest', 'Demo@2023')).statusCode, 200);
    assert.equal(await auditCount('user.unlock'), 1);
  });

  it('answers 400 naming the field for a malformed body, never 500', async () => {
    const c = t.client();
    const cases: [string, unknown, string][] = [
      ['not json', '{"username": ', 'request.malformed_json'],
      ['missing password', { username: 'x' }, 'request.invalid'],
      ['wrong type', { username: 1, password: 'x' }, 'request.invalid'],
      ['unknown field', { username: 'x', password: 'y', admin: true }, 'request.invalid'],
      ['over-long', { username: 'x'.repeat(5000), password: 'y' }, 'request.invalid'],
    ];
    for (const [name, body, code] of cases) {
      const res = await c.request('POST', '/api/auth/login', body, { 'content-type': 'application/json' });
      assert.equal(res.statusCode, 400, name);
      assert.equal(errCode(res), code, name);
    }
    const res = await c.request('POST', '/api/auth/login', { username: 1, password: 'x' });
    assert.match(res.json().error.details.issues[0].path, /username/);
  });

  it('gives a new session id at every log-in (no session fixation) and ends it at log-out', async () => {
    const c = await t.as('staff');
    const first = c.cookie;
    await c.login('staff', 'Demo@2023');
    assert.notEqual(c.cookie, first);
    const stale = t.client();
    stale.cookie = first;
    assert.equal((await stale.get('/api/me')).statusCode, 401);
    assert.equal((await c.post('/api/auth/logout')).statusCode, 204);
    assert.equal((await c.get('/api/me')).statusCode, 401);
  });

  it('refuses a state-changing request without the CSRF token with 403 and changes nothing', async () => {
    const c = await t.as('sysadmin');
    const token = c.csrf;
    c.csrf = null;
    const res = await c.post('/api/orgs', { code: 'CSRF-1', name: 'x', kind: 'other' });
    assert.equal(res.statusCode, 403);
    assert.equal(errCode(res), 'auth.csrf_invalid');
    c.csrf = 'forged';
    assert.equal((await c.post('/api/orgs', { code: 'CSRF-1', name: 'x', kind: 'other' })).statusCode, 403);
    c.csrf = token;
    assert.equal(await t.ctx.db.selectFrom('orgUnits').select('id').where('code', '=', 'CSRF-1').executeTakeFirst(), undefined);
  });

  it('expires a session idle for longer than 30 minutes, also one this node keeps', async (tc) => {
    const c = await t.as('leader');
    assert.equal((await c.get('/api/me')).statusCode, 200); // checked, and kept by this node
    tc.mock.timers.enable({ apis: ['Date'], now: Date.now() + 31 * 60_000 });
    const res = await c.get('/api/me');
    assert.equal(res.statusCode, 401);
    assert.equal(errCode(res), 'auth.session_expired');
    tc.mock.timers.reset();
    const left = await t.ctx.db.selectFrom('sessions').innerJoin('users', 'users.id', 'sessions.userId').select('sessions.idHash').where('users.username', '=', 'leader').execute();
    assert.equal(left.length, 0, 'the expired session is deleted');
  });
});

// Each node keeps a session it checked while no write happened anywhere (the audit log's newest entry is
// unchanged): every change that ends a session is an audited write, so it must end on every node at once.
describe('sessions kept per node', () => {
  let second: Awaited<ReturnType<typeof openContext>>;
  let appB: FastifyInstance;
  before(async () => {
    second = await openContext(t.config, { migrate: false, logLevel: 'silent' });
    appB = await buildApp(second.ctx, { logger: false });
    await appB.ready();
  });
  after(async () => {
    await appB.close();
    await second.database.close();
  });
  /** The same browser session, sent to node B. */
  function onB(c: Client): Client {
    const b = new Client(appB);
    b.cookie = c.cookie;
    b.csrf = c.csrf;
    return b;
  }

  it('a log-out on node B ends the session on node A at once', async () => {
    const a = await t.as('leader');
    for (let i = 0; i < 3; i++) assert.equal((await a.get('/api/orgs')).statusCode, 200);
    assert.equal((await onB(a).post('/api/auth/logout')).statusCode, 204);
    assert.equal((await a.get('/api/orgs')).statusCode, 401);
  });

  it('disabling a user or changing their role on node B ends their session on node A at once', async () => {
    const admin = onB(await t.as('sysadmin'));
    for (const change of [{ active: false }, { role: 'leader' }]) {
      const orgId = await t.orgId('DRC');
      const username = `kept${change.role ? 'r' : 'd'}`;
      const made = await admin.post('/api/users', { username, displayName: '会话测试', role: 'division_staff', orgId, password: 'Kept#2023x' });
      assert.equal(made.statusCode, 201, made.body);
      const a = t.client();
      assert.equal((await a.login(username, 'Kept#2023x')).statusCode, 200);
      const me = await a.get('/api/me');
      assert.equal(me.json().role, 'division_staff');
      const { version } = (await admin.get(`/api/users?q=${username}`)).json().items.find((u: { username: string }) => u.username === username);
      assert.equal((await admin.patch(`/api/users/${made.json().id}`, { version, ...change })).statusCode, 200);
      const after = await a.get('/api/me');
      assert.equal(after.statusCode, 401, `${JSON.stringify(change)}: ${after.body}`);
    }
  });

  it('a read kept under a request\'s write version is read again after a write, also the request\'s own', async () => {
    const actor: Actor = { userId: 1, username: 'x', displayName: 'x', role: 'leader', orgId: null, orgPath: null, ip: null };
    const asRequest = async (): Promise<Actor> => ({ ...actor, seen: { writeVersion: await writeVersion(t.ctx), recorded: t.ctx.audit.recorded } });
    let reads = 0;
    const read = async () => ++reads;
    const first = await asRequest();
    assert.equal(await readKept(t.ctx, first, 'test.kept', read), 1);
    assert.equal(await readKept(t.ctx, first, 'test.kept', read), 1, 'kept while nothing was written');
    await t.ctx.audit.recordAlone(t.ctx.db, { userId: null, name: 'test', role: null, ip: null }, { action: 'test.write', entityType: 'test' });
    assert.equal(await readKept(t.ctx, first, 'test.kept', read), 2, 'the same request after its own write reads again');
    const next = await asRequest();
    assert.equal(await readKept(t.ctx, next, 'test.kept', read), 3, 'a later request sees a new version');
    assert.equal(await readKept(t.ctx, next, 'test.kept', read), 3);
    assert.equal(await readKept(t.ctx, actor, 'test.kept', read), 4, 'no request version (a job): always read');
  });

  it('callers in one turn share one read of the write version; a caller after it was sent gets a new one', async () => {
    const first = writeVersion(t.ctx);
    assert.equal(writeVersion(t.ctx), first, 'the same turn: one read');
    const v1 = Number(await first);
    await t.ctx.audit.recordAlone(t.ctx.db, { userId: null, name: 'test', role: null, ip: null }, { action: 'test.write', entityType: 'test' });
    const next = writeVersion(t.ctx);
    assert.notEqual(next, first);
    assert.equal(Number(await next), v1 + 1, 'a write acknowledged before the call is seen');
  });

  it('while a shared read is out, its later callers wait for the next one, sent once it is answered', async () => {
    const answer: ((v: number) => void)[] = [];
    const read = () => new Promise<number>((resolve) => { answer.push(resolve); });
    const turns = async (n: number) => { for (let i = 0; i < n; i++) await new Promise((r) => setImmediate(r)); };
    const a = readThisTurn(t.ctx, 'test.turn', read);
    await turns(2);
    assert.equal(answer.length, 1, 'the first read is sent after its turn');
    const b = readThisTurn(t.ctx, 'test.turn', read);
    assert.notEqual(b, a, 'a caller arriving while the read is out does not share it (it may predate a write the caller saw)');
    assert.equal(readThisTurn(t.ctx, 'test.turn', read), b, 'callers arriving while it is out share the next read');
    await turns(5);
    assert.equal(answer.length, 1, 'the next read waits until the one out is answered');
    answer[0]!(1);
    assert.equal(await a, 1);
    await turns(3);
    assert.equal(answer.length, 2, 'then it is sent');
    answer[1]!(2);
    assert.equal(await b, 2);
  });

  it('a kept answer on node A shows a write made on node B at once', async () => {
    const a = await t.as('leader');
    const before = (await a.get('/api/orgs')).json();
    const admin = onB(await t.as('sysadmin'));
    const made = await admin.post('/api/orgs', { code: 'KEPT-B', name: '节点B新建单位', kind: 'other' });
    assert.equal(made.statusCode, 201, made.body);
    const after = (await a.get('/api/orgs')).json();
    assert.ok(JSON.stringify(after).includes('节点B新建单位') && !JSON.stringify(before).includes('节点B新建单位'));
  });
});

describe('U+0000 in a request', () => {
  it('is refused with 400 naming where it was: query string, body, nested body, key', async () => {
    const c = await t.as('sysadmin');
    const cases: [Promise<import('fastify').LightMyRequestResponse>, string][] = [
      [c.get('/api/users?q=a%00b'), 'querystring.q'],
      [c.post('/api/orgs', { code: 'NUL-1', name: 'a\u0000b', kind: 'other' }), 'body.name'],
      [c.post('/api/orgs', { code: 'NUL-2', name: 'x', kind: 'other', extra: [{ deep: 'z\u0000' }] }), 'body.extra.0.deep'],
      [c.post('/api/orgs', { code: 'NUL-3', name: 'x', kind: 'other', ['k\u0000']: 1 }), 'body'],
    ];
    for (const [res, where] of cases) {
      const r = await res;
      assert.equal(r.statusCode, 400, r.body);
      assert.equal(errCode(r), 'request.invalid');
      assert.equal(r.json().error.details.fields, where);
    }
    assert.equal(await t.ctx.db.selectFrom('orgUnits').select('id').where('code', 'like', 'NUL-%').executeTakeFirst(), undefined);
  });
});

describe('initial passwords and the password policy', () => {
  it('forces a new user to change the initial password before anything else', async () => {
    await createUserAsSystem(t.ctx, { username: 'newbie', displayName: '新人', role: 'division_staff', orgId: await t.orgId('DRC-GENERAL'), password: 'Initial#2023' });
    const c = t.client();
    assert.equal((await c.login('newbie', 'Initial#2023')).statusCode, 200);
    assert.equal((await c.get('/api/me')).json().mustChangePassword, true);
    const blocked = await c.get('/api/orgs');
    assert.equal(blocked.statusCode, 403);
    assert.equal(errCode(blocked), 'auth.password_change_required');
    const bad: [string, string][] = [
      ['short1!', 'password.too_short'],
      ['alllowercase', 'password.classes'],
      ['Newbie#2024x', 'password.contains_username'],
      ['Initial#2023', 'password.reused'],
    ];
    for (const [pw, code] of bad) {
      const r = await c.post('/api/me/password', { currentPassword: 'Initial#2023', newPassword: pw });
      assert.equal(r.statusCode, 400, pw);
      assert.equal(errCode(r), code, pw);
    }
    assert.equal(errCode(await c.post('/api/me/password', { currentPassword: 'nope', newPassword: 'Better#2024' })), 'auth.wrong_current_password');
    assert.equal((await c.post('/api/me/password', { currentPassword: 'Initial#2023', newPassword: 'Better#2024' })).statusCode, 204);
    assert.equal((await c.get('/api/orgs')).statusCode, 200);
    assert.equal((await t.client().login('newbie', 'Initial#2023')).statusCode, 401);
  });

  it('refuses any of the last 5 passwords', async () => {
    await createUserAsSystem(t.ctx, { username: 'cycler', displayName: '轮换', role: 'leader', orgId: await t.orgId('DRC'), password: 'Pass#0000a' }, { mustChange: false });
    const c = t.client();
    await c.login('cycler', 'Pass#0000a');
    let current = 'Pass#0000a';
    for (const next of ['Pass#0001a', 'Pass#0002a', 'Pass#0003a', 'Pass#0004a']) {
      assert.equal((await c.post('/api/me/password', { currentPassword: current, newPassword: next })).statusCode, 204);
      current = next;
    }
    assert.equal(errCode(await c.post('/api/me/password', { currentPassword: current, newPassword: 'Pass#0000a' })), 'password.reused');
  });
});

describe('TOTP second factor', () => {
  it('makes a new admin enrol TOTP, then asks for the code at every log-in and refuses a replayed code', async () => {
    await createUserAsSystem(t.ctx, { username: 'admin2', displayName: '管理员二', role: 'sys_admin', password: 'Admin#2023x' }, { mustChange: false });
    const c = t.client();
    assert.equal((await c.login('admin2', 'Admin#2023x')).statusCode, 200);
    assert.equal((await c.get('/api/me')).json().mustEnrollTotp, true);
    assert.equal(errCode(await c.get('/api/users')), 'auth.totp_enrollment_required');
    const setup = await c.post('/api/me/totp/setup');
    assert.equal(setup.statusCode, 200);
    const { secret, uri } = setup.json();
    assert.match(uri, /^otpauth:\/\/totp\//);
    assert.equal(errCode(await c.post('/api/me/totp/enable', { code: '000000' === totpCode(secret) ? '111111' : '000000' })), 'auth.totp_invalid');
    const code = totpCode(secret);
    assert.equal((await c.post('/api/me/totp/enable', { code })).statusCode, 204);
    assert.equal((await c.get('/api/users')).statusCode, 200);
    // The stored secret is sealed, not plain.
    const row = await t.ctx.db.selectFrom('users').select('totpSecretEnc').where('username', '=', 'admin2').executeTakeFirstOrThrow();
    assert.ok(row.totpSecretEnc && !row.totpSecretEnc.includes(secret));

    const d = t.client();
    assert.equal(errCode(await d.login('admin2', 'Admin#2023x')), 'auth.totp_required');
    assert.equal(errCode(await d.login('admin2', 'Admin#2023x', code)), 'auth.totp_invalid', 'a code already used is refused');
    const next = totpCode(secret, Date.now() + 30_000);
    assert.equal((await d.login('admin2', 'Admin#2023x', next)).statusCode, 200);
    assert.equal(errCode(await d.post('/api/me/totp/disable', { code: totpCode(secret, Date.now() + 60_000) })), 'auth.forbidden');
  });
});

describe('security headers', () => {
  it('sends CSP without unsafe-inline scripts, nosniff and frame denial', async () => {
    const res = await t.client().get('/api/health');
    assert.equal(res.statusCode, 200);
    assert.deepEqual(res.json(), { status: 'ok' });
    const csp = String(res.headers['content-security-policy']);
    assert.match(csp, /script-src 'self'/);
    assert.doesNotMatch(csp, /script-src[^;]*unsafe-inline/);
    assert.equal(res.headers['x-content-type-options'], 'nosniff');
    assert.match(csp, /frame-ancestors 'none'/);
  });

  it('sends them with refusals and errors too: 401, 403, 404 and a refused U+0000', async () => {
    const admin = await t.as('sysadmin');
    const answers = [
      [await t.client().get('/api/plan/years'), 401],
      [await admin.get('/api/plan/years'), 403],
      [await admin.get('/api/no-such-route'), 404],
      [await t.client().get('/api/health?x=%00'), 400],
    ] as const;
    for (const [res, status] of answers) {
      assert.equal(res.statusCode, status, res.body);
      assert.match(String(res.headers['content-security-policy']), /default-src 'self'/);
      assert.equal(res.headers['x-content-type-options'], 'nosniff');
      assert.equal(res.headers['x-frame-options'], 'SAMEORIGIN');
      assert.equal(res.headers['x-powered-by'], undefined);
    }
  });
});

describe('security policy', () => {
  it('the security admin tightens the lockout; it applies at once, is versioned and audited', async () => {
    const sec = await t.as('secadmin');
    const p = (await sec.get('/api/security/policy')).json();
    assert.equal(p.lockoutThreshold, 5);
    const bad = await sec.put('/api/security/policy', { ...p, lockoutThreshold: 1 });
    assert.equal(bad.statusCode, 400);
    const ok = await sec.put('/api/security/policy', { ...p, lockoutThreshold: 3 });
    assert.equal(ok.statusCode, 200, ok.body);
    assert.equal((await sec.put('/api/security/policy', { ...p, lockoutThreshold: 4 })).statusCode, 409, 'stale version');
    const c = t.client();
    const codes: number[] = [];
    for (let i = 0; i < 3; i++) codes.push((await c.login('bureau', 'Wrong-pass1')).statusCode);
    assert.deepEqual(codes, [401, 401, 423]);
    const a = await t.ctx.db.selectFrom('auditLog').select('afterJson').where('action', '=', 'security.policy.update').executeTakeFirstOrThrow();
    assert.match(a.afterJson!, /"lockoutThreshold":3/);
  });
});
