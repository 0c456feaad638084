// Users (用户): one role each (三权分立 keeps the admin roles on separate accounts), an org unit for every
// business role, initial passwords that must be changed, contact data encrypted at rest and shown masked.
import { z } from 'zod';
import { adminRoles, can, roleLabels, roles, type Role } from '../../../common/permissions.ts';
import { userCreateSchema, type UserCreate, type UserUpdate } from '../../../common/platform.ts';
import { auditActorOf, requirePermission, type Actor } from '../../platform/access.ts';
import type { AppContext } from '../../platform/context.ts';
import { isUniqueViolation, nowIso, type Executor, type Trx } from '../../platform/db.ts';
import { AppError } from '../../platform/errors.ts';
import { bumpDataVersion } from '../../platform/data-version.ts';
import { buildTemplate, buildWorkbook, parseImport, type SheetSpec } from '../../platform/xlsx.ts';
import { hashPassword } from '../../platform/auth/password.ts';
import { setPassword } from '../auth/auth.service.ts';
import * as repo from './users.repository.ts';
import { getPolicy } from '../security/security.service.ts';

export function maskPhone(phone: string | null): string | null {
  if (!phone) return null;
  return phone.length >= 7 ? `${phone.slice(0, 3)}****${phone.slice(-4)}` : '****';
}

function view(ctx: AppContext, actor: Actor, r: repo.UserRow) {
  const locked = !!r.lockedUntil && Date.parse(r.lockedUntil) > Date.now();
  const write = can(actor.role, 'user.write');
  return {
    id: r.id, username: r.username, displayName: r.displayName, role: r.role as Role, orgId: r.orgId, orgName: r.orgName ?? null,
    phoneMasked: r.phoneEnc ? maskPhone(ctx.box.open(r.phoneEnc)) : null, email: r.email, active: !!r.active,
    lockedUntil: locked ? r.lockedUntil : null, mustChangePassword: !!r.mustChangePassword, totpEnabled: !!r.totpEnabled,
    lastLoginAt: r.lastLoginAt, version: r.version,
    abilities: { update: write && r.id !== actor.userId, resetPassword: write && r.id !== actor.userId, unlock: can(actor.role, 'user.unlock') && locked },
  };
}
export type UserView = ReturnType<typeof view>;

export async function listUsers(ctx: AppContext, actor: Actor, f: { q?: string; role?: string; orgId?: number; page: number; pageSize: number }) {
  requirePermission(actor, 'user.read');
  let orgPath: string | undefined;
  if (f.orgId) {
    const org = await ctx.db.selectFrom('orgUnits').select('path').where('id', '=', f.orgId).executeTakeFirst();
    if (!org) return { items: [], total: 0, abilities: { create: can(actor.role, 'user.write'), import: can(actor.role, 'user.write') } };
    orgPath = org.path;
  }
  const { items, total } = await repo.list(ctx.db, { ...f, orgPath });
  const write = can(actor.role, 'user.write');
  return { items: items.map((r) => view(ctx, actor, r)), total, abilities: { create: write, import: write } };
}

async function checkOrg(db: Executor, role: Role, orgId: number | null | undefined): Promise<void> {
  if (orgId === null || orgId === undefined) {
    if (!adminRoles.includes(role)) throw new AppError('user.org_required');
    return;
  }
  const org = await db.selectFrom('orgUnits').select('id').where('id', '=', orgId).executeTakeFirst();
  if (!org) throw new AppError('user.org_not_found', { org: orgId });
}

async function insertUser(ctx: AppContext, trx: Trx, actor: Actor | null, input: UserCreate, opts: { isDemo?: boolean; mustChange?: boolean } = {}) {
  if (await repo.byUsername(trx, input.username)) throw new AppError('user.username_taken', { username: input.username });
  await checkOrg(trx, input.role, input.orgId);
  const now = nowIso();
  let id: number;
  try {
    ({ id } = await trx.insertInto('users').values({
      username: input.username, displayName: input.displayName, role: input.role, orgId: input.orgId ?? null,
      phoneEnc: input.phone ? ctx.box.seal(input.phone) : null, email: input.email ?? null,
      passwordHash: await hashPassword(`!${Math.random()}Aa1`, ctx.config.argon2), // replaced by setPassword below
      mustChangePassword: 1, failedCount: 0, totpEnabled: 0, active: 1, isDemo: opts.isDemo ? 1 : 0,
      version: 1, createdAt: now, updatedAt: now, createdBy: actor?.userId ?? null,
    }).returning('id').executeTakeFirstOrThrow());
  } catch (e) {
    if (isUniqueViolation(e)) throw new AppError('user.username_taken', { username: input.username });
    throw e;
  }
  await bumpDataVersion(trx, 'orgs'); // the org tree counts users per unit
  await setPassword(ctx, trx, { id, username: input.username }, input.password, { mustChange: opts.mustChange ?? true });
  return id;
}

export async function createUser(ctx: AppContext, actor: Actor, input: UserCreate): Promise<UserView> {
  requirePermission(actor, 'user.write');
  const id = await ctx.db.transaction().execute(async (trx) => {
    const id = await insertUser(ctx, trx, actor, input);
    const { password: _omit, phone: _p, ...after } = input;
    await ctx.audit.record(trx, auditActorOf(actor), { action: 'user.create', entityType: 'user', entityId: id, after });
    return id;
  });
  return view(ctx, actor, (await repo.byId(ctx.db, id))!);
}

/** Used by the CLI and the demo seed: no actor, audited as the system. */
export async function createUserAsSystem(ctx: AppContext, input: UserCreate, opts: { isDemo?: boolean; mustChange?: boolean } = {}): Promise<number> {
  return ctx.db.transaction().execute(async (trx) => {
    const id = await insertUser(ctx, trx, null, input, opts);
    const { password: _omit, phone: _p, ...after } = input;
    await ctx.audit.record(trx, { userId: null, name: 'system', role: null, ip: null }, { action: 'user.create', entityType: 'user', entityId: id, after });
    return id;
  });
}

export async function updateUser(ctx: AppContext, actor: Actor, id: number, input: UserUpdate): Promise<UserView> {
  requirePermission(actor, 'user.write');
  await ctx.db.transaction().execute(async (trx) => {
    const before = await repo.byId(trx, id);
    if (!before) throw new AppError('record.not_found');
    if (id === actor.userId && (input.role !== undefined || input.active === false)) throw new AppError('user.cannot_change_self');
    const role = (input.role ?? before.role) as Role;
    const orgId = input.orgId !== undefined ? input.orgId : before.orgId;
    if (input.role !== undefined || input.orgId !== undefined) await checkOrg(trx, role, orgId);
    const { version, phone, active, ...set } = input;
    const r = await trx.updateTable('users').set({
      ...set, ...(active !== undefined ? { active: active ? 1 : 0 } : {}),
      ...(phone !== undefined ? { phoneEnc: phone ? ctx.box.seal(phone) : null } : {}),
      version: version + 1, updatedAt: nowIso(),
    }).where('id', '=', id).where('version', '=', version).executeTakeFirst();
    if (Number(r.numUpdatedRows) !== 1) throw new AppError('record.stale');
    if (orgId !== before.orgId) await bumpDataVersion(trx, 'orgs'); // the org tree counts users per unit
    // A disabled account or a changed role ends the user's sessions.
    if (input.active === false || (input.role && input.role !== before.role)) await trx.deleteFrom('sessions').where('userId', '=', id).execute();
    const { phoneEnc: _b, ...beforeView } = before;
    await ctx.audit.record(trx, auditActorOf(actor), { action: 'user.update', entityType: 'user', entityId: id, before: beforeView, after: { ...set, active, phoneChanged: phone !== undefined } });
  });
  return view(ctx, actor, (await repo.byId(ctx.db, id))!);
}

export async function resetPassword(ctx: AppContext, actor: Actor, id: number, password: string): Promise<void> {
  requirePermission(actor, 'user.write');
  if (id === actor.userId) throw new AppError('user.cannot_change_self');
  await ctx.db.transaction().execute(async (trx) => {
    const u = await repo.byId(trx, id);
    if (!u) throw new AppError('record.not_found');
    await setPassword(ctx, trx, u, password, { mustChange: true });
    await trx.deleteFrom('sessions').where('userId', '=', id).execute();
    await ctx.audit.record(trx, auditActorOf(actor), { action: 'user.reset_password', entityType: 'user', entityId: id });
  });
}

export async function unlockUser(ctx: AppContext, actor: Actor, id: number): Promise<void> {
  requirePermission(actor, 'user.unlock');
  await ctx.db.transaction().execute(async (trx) => {
    const u = await repo.byId(trx, id);
    if (!u) throw new AppError('record.not_found');
    await trx.updateTable('users').set({ lockedUntil: null, failedCount: 0 }).where('id', '=', id).execute();
    await ctx.audit.record(trx, auditActorOf(actor), { action: 'user.unlock', entityType: 'user', entityId: id, before: { lockedUntil: u.lockedUntil } });
  });
}

// ── xlsx ──
const roleByLabel = new Map<string, Role>(roles.flatMap((r) => [[r, r], [roleLabels[r].zh, r]] as [string, Role][]));

export const userSheet = {
  sheetName: '用户',
  columns: [
    { key: 'username', header: '用户名', required: true, width: 16 },
    { key: 'displayName', header: '姓名', required: true, width: 12 },
    { key: 'role', header: '角色', required: true, width: 16, kind: 'enum', values: roles.map((r) => roleLabels[r].zh) },
    { key: 'orgCode', header: '单位编码', width: 16, note: '管理员角色可留空' },
    { key: 'phone', header: '手机号', width: 16 },
    { key: 'email', header: '邮箱', width: 24 },
    { key: 'password', header: '初始密码', width: 16, note: '仅新建用户需要；首次登录须修改。导出时为空' },
  ],
  row: z.object({
    username: userCreateSchema.shape.username,
    displayName: userCreateSchema.shape.displayName,
    role: z.string().transform((v, c) => {
      const r = roleByLabel.get(v.trim());
      if (!r) c.addIssue({ code: 'custom', message: `角色须为：${roles.map((x) => roleLabels[x].zh).join('、')}` });
      return r as Role;
    }),
    orgCode: z.string().trim().max(32).optional(),
    phone: z.coerce.string().pipe(userCreateSchema.shape.phone.unwrap().unwrap()).optional(),
    email: userCreateSchema.shape.email.unwrap().unwrap().optional(),
    password: z.coerce.string().max(128).optional(),
  }),
} satisfies SheetSpec<z.ZodTypeAny>;

export async function userTemplate(ctx: AppContext, actor: Actor) {
  requirePermission(actor, 'user.read');
  return buildTemplate(userSheet);
}

export async function exportUsers(ctx: AppContext, actor: Actor) {
  requirePermission(actor, 'user.read');
  const rows = await ctx.db.selectFrom('users').leftJoin('orgUnits', 'orgUnits.id', 'users.orgId')
    .select(['users.username', 'users.displayName', 'users.role', 'orgUnits.code as orgCode', 'users.phoneEnc', 'users.email']).orderBy('users.id').execute();
  // Export of personal data is an audit event (security.md).
  await ctx.audit.recordAlone(ctx.db, auditActorOf(actor), { action: 'user.export', entityType: 'user', after: { rows: rows.length } });
  return buildWorkbook(userSheet, rows.map((r) => ({
    username: r.username, displayName: r.displayName, role: roleLabels[r.role as Role]?.zh ?? r.role, orgCode: r.orgCode ?? '',
    phone: r.phoneEnc ? ctx.box.open(r.phoneEnc) : '', email: r.email ?? '', password: '',
  })));
}

/** Creates new users and updates existing ones (by username), all rows or none. */
export async function importUsers(ctx: AppContext, actor: Actor, file: Buffer) {
  requirePermission(actor, 'user.write');
  const { rows } = await parseImport(userSheet, file, { maxBytes: ctx.config.maxUploadMb * 1024 * 1024, maxRows: 5_000 });
  return ctx.db.transaction().execute(async (trx) => {
    let created = 0;
    let updated = 0;
    const errors: { row: number; column: string; reason: string }[] = [];
    const seen = new Set<string>();
    for (const [i, r] of rows.entries()) {
      const excelRow = i + 2;
      const fail = (column: string, e: unknown) => errors.push({ row: excelRow, column, reason: e instanceof AppError ? e.message : String(e) });
      if (seen.has(r.username)) { fail('用户名', `用户名重复：${r.username}`); continue; }
      seen.add(r.username);
      let orgId: number | null = null;
      if (r.orgCode) {
        const org = await trx.selectFrom('orgUnits').select('id').where('code', '=', r.orgCode).executeTakeFirst();
        if (!org) { fail('单位编码', `单位不存在：${r.orgCode}`); continue; }
        orgId = org.id;
      }
      const existing = await repo.byUsername(trx, r.username);
      try {
        if (existing) {
          if (existing.id === actor.userId) { fail('角色', new AppError('user.cannot_change_self')); continue; }
          await checkOrg(trx, r.role, orgId);
          await trx.updateTable('users').set({
            displayName: r.displayName, role: r.role, orgId, email: r.email ?? null, ...(r.phone ? { phoneEnc: ctx.box.seal(r.phone) } : {}),
            version: existing.version + 1, updatedAt: nowIso(),
          }).where('id', '=', existing.id).execute();
          updated++;
        } else {
          if (!r.password) { fail('初始密码', '新建用户须填写初始密码'); continue; }
          await insertUser(ctx, trx, actor, { username: r.username, displayName: r.displayName, role: r.role, orgId, phone: r.phone ?? null, email: r.email ?? null, password: r.password });
          created++;
        }
      } catch (e) {
        if (!(e instanceof AppError)) throw e;
        fail(e.code.startsWith('password') ? '初始密码' : e.code.startsWith('user.org') ? '单位编码' : '用户名', e);
      }
    }
    if (errors.length) throw new AppError('import.invalid_rows', { count: errors.length, errors });
    if (updated > 0) await bumpDataVersion(trx, 'orgs'); // units may have changed (created users bumped it already)
    await ctx.audit.record(trx, auditActorOf(actor), { action: 'user.import', entityType: 'user', after: { created, updated, rows: rows.length } });
    return { created, updated };
  });
}

/** Disables accounts with no log-in for `TONGCHOU_DORMANT_DAYS` (default 90) days; demo accounts excepted. Audited. */
export async function disableDormantAccounts(ctx: AppContext) {
  const days = Number(process.env.TONGCHOU_DORMANT_DAYS || 90);
  if (!(days > 0)) return { disabled: 0 };
  const cutoff = new Date(Date.now() - days * 86_400_000).toISOString();
  return ctx.db.transaction().execute(async (trx) => {
    const dormant = await trx.selectFrom('users').select(['id', 'username']).where('active', '=', 1).where('isDemo', '=', 0)
      .where((eb) => eb.or([eb('lastLoginAt', '<', cutoff), eb.and([eb('lastLoginAt', 'is', null), eb('createdAt', '<', cutoff)])])).execute();
    for (const u of dormant) {
      await trx.updateTable('users').set({ active: 0, updatedAt: nowIso() }).where('id', '=', u.id).execute();
      await trx.deleteFrom('sessions').where('userId', '=', u.id).execute();
      await ctx.audit.record(trx, { userId: null, name: 'system', role: null, ip: null }, { action: 'user.disable_dormant', entityType: 'user', entityId: u.id, after: { days } });
    }
    return { disabled: dormant.length };
  });
}

/** Deletes sessions past their absolute lifetime or idle timeout (residual information, security.md). */
export async function purgeExpiredSessions(ctx: AppContext) {
  const { sessionIdleMinutes } = await getPolicy(ctx);
  const idleCutoff = new Date(Date.now() - sessionIdleMinutes * 60_000).toISOString();
  const r = await ctx.db.deleteFrom('sessions').where((eb) => eb.or([eb('expiresAt', '<', nowIso()), eb('lastSeenAt', '<', idleCutoff)])).executeTakeFirst();
  return { purged: Number(r.numDeletedRows) };
}
