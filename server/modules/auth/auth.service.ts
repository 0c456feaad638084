// Authentication (身份鉴别): log-in with lockout, database sessions with idle and absolute timeouts,
// CSRF tokens, password change with history, TOTP second factor. See security.md.
import crypto from 'node:crypto';
import { adminRoles, rolePermissions, type Role } from '../../../common/permissions.ts';
import { limits } from '../../../common/limits.ts';
import { auditActorOf, type Actor, type AuditActor } from '../../platform/access.ts';
import { hashHex, randomToken } from '../../platform/crypto.ts';
import type { AppContext } from '../../platform/context.ts';
import { nowIso, preparedQuery, type Executor, type Trx } from '../../platform/db.ts';
import { AppError } from '../../platform/errors.ts';
import { checkPasswordPolicy, hashPassword, verifyPassword } from '../../platform/auth/password.ts';
import { checkTotp, newTotpSecret, totpUri } from '../../platform/auth/totp.ts';
import { getPolicy } from '../security/security.service.ts';
import { writeVersion } from '../../platform/write-cache.ts';

export type Pending = 'password' | 'totp' | null;
export type SessionInfo = { actor: Actor; csrfToken: string; pending: Pending; sessionIdHash: string };

// The hash of a session cookie, kept for the cookies seen lately: every request of a session hashes the same
// value (a cookie is 43 random characters; the map holds at most 1,000, the oldest going first).
const recentHashes = new Map<string, string>();
function sessionHash(id: string): string {
  let h = recentHashes.get(id);
  if (h === undefined) {
    h = hashHex('sha256', id);
    recentHashes.set(id, h);
    if (recentHashes.size > 1000) recentHashes.delete(recentHashes.keys().next().value!);
  }
  return h;
}
let dummyHash: string | null = null;

type UserRow = {
  id: number; username: string; displayName: string; role: string; orgId: number | null; active: number; isDemo: number;
  mustChangePassword: number; passwordChangedAt: string | null; totpEnabled: number;
};

async function pendingOf(ctx: AppContext, db: Executor, u: UserRow): Promise<Pending> {
  if (u.isDemo) return null;
  const policy = await getPolicy(ctx, db);
  if (u.mustChangePassword) return 'password';
  if (policy.passwordExpiryDays > 0 && u.passwordChangedAt) {
    const ageDays = (Date.now() - Date.parse(u.passwordChangedAt)) / 86_400_000;
    if (ageDays > policy.passwordExpiryDays) return 'password';
  }
  if (!u.totpEnabled && (adminRoles.includes(u.role as Role) || policy.totpForAll)) return 'totp';
  return null;
}

export type LoginInput = { username: string; password: string; totp?: string };

export async function login(ctx: AppContext, input: LoginInput, client: { ip: string | null; userAgent: string | null; previousSessionId?: string }) {
  const { db, audit } = ctx;
  const policy = await getPolicy(ctx);
  const who: AuditActor = { userId: null, name: input.username, role: null, ip: client.ip };
  const user = await db.selectFrom('users').selectAll().where('username', '=', input.username).executeTakeFirst();
  if (!user) {
    // Spend the same time as a real check so response timing does not reveal which usernames exist.
    dummyHash ??= await hashPassword('Dummy-password-1', ctx.config.argon2);
    await verifyPassword(dummyHash, input.password);
    await audit.recordAlone(db, who, { action: 'auth.login', entityType: 'user', result: 'failure', after: { reason: 'unknown_user' } });
    throw new AppError('auth.invalid_credentials');
  }
  const whoUser: AuditActor = { userId: user.id, name: user.username, role: user.role, ip: client.ip };
  const now = new Date();
  if (user.lockedUntil && Date.parse(user.lockedUntil) > now.getTime()) {
    await audit.recordAlone(db, whoUser, { action: 'auth.login', entityType: 'user', entityId: user.id, result: 'failure', after: { reason: 'locked' } });
    throw new AppError('auth.locked', { until: user.lockedUntil });
  }
  if (!user.active) {
    await audit.recordAlone(db, whoUser, { action: 'auth.login', entityType: 'user', entityId: user.id, result: 'failure', after: { reason: 'disabled' } });
    throw new AppError('auth.disabled');
  }
  const passwordOk = await verifyPassword(user.passwordHash, input.password);
  let failure: 'password' | 'totp' | null = passwordOk ? null : 'password';
  let totpStep: number | null = null;
  if (passwordOk && user.totpEnabled && user.totpSecretEnc) {
    if (!input.totp) throw new AppError('auth.totp_required');
    totpStep = checkTotp(ctx.box.open(user.totpSecretEnc), input.totp);
    if (totpStep === null || (user.totpLastStep !== null && totpStep <= user.totpLastStep)) failure = 'totp';
  }
  if (failure) {
    const failed = user.failedCount + 1;
    const lock = failed >= policy.lockoutThreshold;
    const lockedUntil = lock ? new Date(now.getTime() + policy.lockoutMinutes * 60_000).toISOString() : null;
    await db.transaction().execute(async (trx) => {
      await trx.updateTable('users').set({ failedCount: lock ? 0 : failed, lockedUntil }).where('id', '=', user.id).execute();
      await audit.record(trx, whoUser, { action: lock ? 'auth.lock' : 'auth.login', entityType: 'user', entityId: user.id, result: 'failure', after: { reason: failure, failedCount: failed, lockedUntil } });
    });
    if (lock) throw new AppError('auth.locked', { until: lockedUntil });
    throw new AppError(failure === 'totp' ? 'auth.totp_invalid' : 'auth.invalid_credentials', { remaining: policy.lockoutThreshold - failed });
  }
  const sessionId = randomToken(32);
  const csrfToken = randomToken(24);
  const nowIsoStr = now.toISOString();
  await db.transaction().execute(async (trx) => {
    // Session fixation: whatever session the browser presented is discarded; the id is always new.
    if (client.previousSessionId) await trx.deleteFrom('sessions').where('idHash', '=', sessionHash(client.previousSessionId)).execute();
    await trx.deleteFrom('sessions').where('userId', '=', user.id).where('expiresAt', '<', nowIsoStr).execute();
    await trx.updateTable('users').set({ failedCount: 0, lockedUntil: null, lastLoginAt: nowIsoStr, totpLastStep: totpStep ?? user.totpLastStep }).where('id', '=', user.id).execute();
    await trx.insertInto('sessions').values({
      idHash: sessionHash(sessionId), userId: user.id, csrfToken, createdAt: nowIsoStr, lastSeenAt: nowIsoStr,
      expiresAt: new Date(now.getTime() + ctx.config.sessionAbsoluteHours * 3_600_000).toISOString(),
      ip: client.ip, userAgent: client.userAgent?.slice(0, 300) ?? null,
    }).execute();
    await audit.record(trx, whoUser, { action: 'auth.login', entityType: 'user', entityId: user.id, result: 'success' });
  });
  const info = await resolveSession(ctx, sessionId, client.ip);
  return { sessionId, info: info! };
}

// Every authenticated request runs it: built and compiled once.
const sessionQuery = preparedQuery(['idHash'], (db, p) => db.selectFrom('sessions').innerJoin('users', 'users.id', 'sessions.userId').leftJoin('orgUnits', 'orgUnits.id', 'users.orgId')
  .select(['sessions.csrfToken', 'sessions.lastSeenAt', 'sessions.expiresAt', 'users.id', 'users.username', 'users.displayName', 'users.role',
    'users.orgId', 'users.active', 'users.isDemo', 'users.mustChangePassword', 'users.passwordChangedAt', 'users.totpEnabled', 'orgUnits.path as orgPath'])
  .where('sessions.idHash', '=', p.idHash));

/**
 * A session checked lately, kept per process while the write version it was checked under is the newest:
 * everything that ends or changes a session (log-out, log-in elsewhere, disabling, a role or password
 * change, the policy) is an audited write on some node, which moves that version, so a kept session is
 * re-read at once after any of them. Expiry is checked against the kept times, and a session is re-read
 * (and its last-seen touched) once its last-seen is a minute old, as before; only a fresh read deletes.
 */
type KeptSession = { writeVersion: string; lastSeenAt: number; expiresAt: number; info: SessionInfo };
const keptSessions = new WeakMap<AppContext, Map<string, KeptSession>>();
const TOUCH_MS = 60_000;

/** The session behind a cookie value, or an error saying why there is none. Touches last-seen at most once a minute. */
export async function resolveSession(ctx: AppContext, sessionId: string | undefined, ip: string | null): Promise<SessionInfo> {
  if (!sessionId || sessionId.length > 100) throw new AppError('auth.required');
  const idHash = sessionHash(sessionId);
  const recorded = ctx.audit.recorded;
  const seen = { writeVersion: await writeVersion(ctx), recorded };
  let kept = keptSessions.get(ctx);
  if (!kept) keptSessions.set(ctx, (kept = new Map()));
  const now = Date.now();
  const hit = kept.get(idHash);
  if (hit && hit.writeVersion === seen.writeVersion && now - hit.lastSeenAt < TOUCH_MS && now < hit.expiresAt) {
    return { ...hit.info, actor: { ...hit.info.actor, ip, seen } };
  }
  kept.delete(idHash);
  const [row] = await sessionQuery(ctx.db, { idHash });
  if (!row) throw new AppError('auth.required');
  const policy = await getPolicy(ctx);
  const expiresAt = Date.parse(row.expiresAt);
  let lastSeenAt = Date.parse(row.lastSeenAt);
  if (!row.active || expiresAt < now || lastSeenAt + policy.sessionIdleMinutes * 60_000 < now) {
    await ctx.db.deleteFrom('sessions').where('idHash', '=', idHash).execute();
    throw new AppError('auth.session_expired');
  }
  if (now - lastSeenAt > TOUCH_MS) {
    await ctx.db.updateTable('sessions').set({ lastSeenAt: new Date(now).toISOString() }).where('idHash', '=', idHash).execute();
    lastSeenAt = now;
  }
  const actor: Actor = {
    userId: row.id, username: row.username, displayName: row.displayName, role: row.role as Role, orgId: row.orgId,
    orgPath: row.orgPath ?? null, ip,
  };
  const info: SessionInfo = { actor, csrfToken: row.csrfToken, pending: await pendingOf(ctx, ctx.db, row), sessionIdHash: idHash };
  kept.set(idHash, { writeVersion: seen.writeVersion, lastSeenAt, expiresAt, info });
  if (kept.size > 5000) kept.delete(kept.keys().next().value!);
  return { ...info, actor: { ...actor, seen } };
}

export async function logout(ctx: AppContext, session: SessionInfo): Promise<void> {
  await ctx.db.transaction().execute(async (trx) => {
    await trx.deleteFrom('sessions').where('idHash', '=', session.sessionIdHash).execute();
    await ctx.audit.record(trx, auditActorOf(session.actor), { action: 'auth.logout', entityType: 'user', entityId: session.actor.userId });
  });
}

export async function me(ctx: AppContext, session: SessionInfo) {
  const { actor } = session;
  const u = await ctx.db.selectFrom('users').leftJoin('orgUnits', 'orgUnits.id', 'users.orgId')
    .select(['users.totpEnabled', 'orgUnits.name as orgName']).where('users.id', '=', actor.userId).executeTakeFirstOrThrow();
  const policy = await getPolicy(ctx);
  return {
    id: actor.userId, username: actor.username, displayName: actor.displayName, role: actor.role, orgId: actor.orgId,
    orgName: u.orgName ?? null, permissions: [...rolePermissions[actor.role]],
    mustChangePassword: session.pending === 'password', mustEnrollTotp: session.pending === 'totp',
    totpEnabled: !!u.totpEnabled, csrfToken: session.csrfToken, sessionIdleMinutes: policy.sessionIdleMinutes,
  };
}

/** Sets a password after the policy and history checks. Used by change-password, admin reset and the CLI. */
export async function setPassword(ctx: AppContext, trx: Trx, user: { id: number; username: string }, password: string, opts: { mustChange: boolean }): Promise<void> {
  checkPasswordPolicy(password, user.username);
  const history = await trx.selectFrom('passwordHistory').select('passwordHash').where('userId', '=', user.id)
    .orderBy('id', 'desc').limit(limits.passwordHistory).execute();
  for (const h of history) {
    if (await verifyPassword(h.passwordHash, password)) throw new AppError('password.reused', { count: limits.passwordHistory });
  }
  const passwordHash = await hashPassword(password, ctx.config.argon2);
  const now = nowIso();
  await trx.updateTable('users').set({ passwordHash, mustChangePassword: opts.mustChange ? 1 : 0, passwordChangedAt: now, updatedAt: now })
    .where('id', '=', user.id).execute();
  await trx.insertInto('passwordHistory').values({ userId: user.id, passwordHash, createdAt: now }).execute();
}

export async function changePassword(ctx: AppContext, session: SessionInfo, input: { currentPassword: string; newPassword: string }): Promise<void> {
  const { actor } = session;
  const user = await ctx.db.selectFrom('users').select(['id', 'username', 'passwordHash']).where('id', '=', actor.userId).executeTakeFirstOrThrow();
  if (!(await verifyPassword(user.passwordHash, input.currentPassword))) throw new AppError('auth.wrong_current_password');
  if (input.currentPassword === input.newPassword) throw new AppError('password.reused', { count: limits.passwordHistory });
  await ctx.db.transaction().execute(async (trx) => {
    await setPassword(ctx, trx, user, input.newPassword, { mustChange: false });
    // A password change ends every other session of the user.
    await trx.deleteFrom('sessions').where('userId', '=', user.id).where('idHash', '!=', session.sessionIdHash).execute();
    await ctx.audit.record(trx, auditActorOf(actor), { action: 'auth.password_change', entityType: 'user', entityId: user.id });
  });
}

export async function startTotp(ctx: AppContext, session: SessionInfo): Promise<{ secret: string; uri: string }> {
  const secret = newTotpSecret();
  await ctx.db.transaction().execute(async (trx) => {
    await trx.updateTable('users').set({ totpPendingEnc: ctx.box.seal(secret) }).where('id', '=', session.actor.userId).execute();
    await ctx.audit.record(trx, auditActorOf(session.actor), { action: 'auth.totp_setup', entityType: 'user', entityId: session.actor.userId });
  });
  return { secret, uri: totpUri(secret, session.actor.username) };
}

export async function enableTotp(ctx: AppContext, session: SessionInfo, code: string): Promise<void> {
  const u = await ctx.db.selectFrom('users').select(['totpPendingEnc']).where('id', '=', session.actor.userId).executeTakeFirstOrThrow();
  if (!u.totpPendingEnc) throw new AppError('auth.totp_not_started');
  const secret = ctx.box.open(u.totpPendingEnc);
  const step = checkTotp(secret, code);
  if (step === null) throw new AppError('auth.totp_invalid');
  await ctx.db.transaction().execute(async (trx) => {
    await trx.updateTable('users').set({ totpSecretEnc: u.totpPendingEnc, totpPendingEnc: null, totpEnabled: 1, totpLastStep: step })
      .where('id', '=', session.actor.userId).execute();
    await ctx.audit.record(trx, auditActorOf(session.actor), { action: 'auth.totp_enable', entityType: 'user', entityId: session.actor.userId });
  });
}

export async function disableTotp(ctx: AppContext, session: SessionInfo, code: string): Promise<void> {
  const policy = await getPolicy(ctx);
  if (adminRoles.includes(session.actor.role) || policy.totpForAll) throw new AppError('auth.forbidden');
  const u = await ctx.db.selectFrom('users').select(['totpSecretEnc']).where('id', '=', session.actor.userId).executeTakeFirstOrThrow();
  if (!u.totpSecretEnc || checkTotp(ctx.box.open(u.totpSecretEnc), code) === null) throw new AppError('auth.totp_invalid');
  await ctx.db.transaction().execute(async (trx) => {
    await trx.updateTable('users').set({ totpSecretEnc: null, totpEnabled: 0, totpLastStep: null }).where('id', '=', session.actor.userId).execute();
    await ctx.audit.record(trx, auditActorOf(session.actor), { action: 'auth.totp_disable', entityType: 'user', entityId: session.actor.userId });
  });
}

export function safeEqual(a: string, b: string): boolean {
  const ab = Buffer.from(a);
  const bb = Buffer.from(b);
  return ab.length === bb.length && crypto.timingSafeEqual(ab, bb);
}
