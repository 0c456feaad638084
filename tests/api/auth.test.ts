// Authentication through the HTTP API: log-in, lockout, sessions, CSRF, password policy, TOTP, idle timeout.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { totpCode } from '../../server/platform/auth/totp.ts';
import { createUserAsSystem } from '../../server/modules/users/users.service.ts';
import { createTestApp, errCode, type TestApp } from '../support/app.ts';

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

  it('expires a session idle for longer than 30 minutes', async () => {
    const c = await t.as('leader');
    await t.ctx.db.updateTable('sessions').set({ lastSeenAt: new Date(Date.now() - 31 * 60_000).toISOString() }).execute();
    const res = await c.get('/api/me');
    assert.equal(res.statusCode, 401);
    assert.equal(errCode(res), 'auth.session_expired');
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
