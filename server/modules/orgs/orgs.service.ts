// Org units (组织机构): the commission and its divisions, district bureaus, towns and streets.
// Rules: codes are unique; a unit cannot be moved under itself; a unit with sub-units or users cannot be deleted.
import { z } from 'zod';
import { orgKindLabels, orgKinds, type OrgKind } from '../../../common/permissions.ts';
import { orgCreateSchema, type OrgCreate, type OrgUpdate } from '../../../common/platform.ts';
import { auditActorOf, requirePermission, type Actor } from '../../platform/access.ts';
import type { AppContext } from '../../platform/context.ts';
import { isForeignKeyViolation, isUniqueViolation, nowIso, type Executor } from '../../platform/db.ts';
import { AppError } from '../../platform/errors.ts';
import { buildTemplate, buildWorkbook, parseImport, type SheetSpec } from '../../platform/xlsx.ts';
import { can } from '../../../common/permissions.ts';
import { bumpDataVersion, readDataVersion, VersionedCache } from '../../platform/data-version.ts';
import { readKept } from '../../platform/write-cache.ts';
import * as repo from './orgs.repository.ts';

export type OrgView = {
  id: number; code: string; name: string; kind: OrgKind; parentId: number | null; sortOrder: number; active: boolean;
  userCount: number; version: number; abilities: { update: boolean; delete: boolean };
};

function view(actor: Actor, r: repo.OrgRow & { userCount?: number }): OrgView {
  const write = can(actor.role, 'org.write');
  const userCount = Number(r.userCount ?? 0);
  return {
    id: r.id, code: r.code, name: r.name, kind: r.kind as OrgKind, parentId: r.parentId, sortOrder: r.sortOrder, active: !!r.active,
    userCount, version: r.version, abilities: { update: write, delete: write && userCount === 0 },
  };
}

export async function listOrgs(ctx: AppContext, actor: Actor) {
  requirePermission(actor, 'org.read');
  const rows = await repo.listAll(ctx.db);
  const write = can(actor.role, 'org.write');
  return { items: rows.map((r) => view(actor, r)), abilities: { create: write, import: write } };
}

// The whole tree is read on most pages and changes rarely: keep its JSON per process, per "may write"
// (the only part of the answer that depends on the caller), keyed by the orgs data version, which every
// write of units or of users' units bumps in its own transaction (so another node's write is seen too).
const treeCache = new WeakMap<AppContext, VersionedCache<boolean, Buffer>>();

/** listOrgs as JSON (UTF-8), from the cache while no unit or user membership changed. */
export async function listOrgsJson(ctx: AppContext, actor: Actor): Promise<Buffer> {
  requirePermission(actor, 'org.read');
  const cache = treeCache.get(ctx) ?? treeCache.set(ctx, new VersionedCache(4)).get(ctx)!;
  const version = String(await readKept(ctx, actor, 'data_version.orgs', () => readDataVersion(ctx.db, 'orgs')));
  const write = can(actor.role, 'org.write');
  return cache.obtain(write, version, async () => Buffer.from(JSON.stringify(await listOrgs(ctx, actor))));
}

/** Org units changed: the tree's cache and every plan year's computed status (unit names and paths) are stale. */
export async function orgsChanged(trx: Executor): Promise<void> {
  await bumpDataVersion(trx, 'orgs');
  await trx.updateTable('planYears').set((eb) => ({ dataVersion: eb('dataVersion', '+', 1) })).execute();
}

async function parentPath(db: Executor, parentId: number | null | undefined): Promise<string> {
  if (parentId === null || parentId === undefined) return '/';
  const parent = await repo.byId(db, parentId);
  if (!parent) throw new AppError('org.parent_not_found');
  return parent.path;
}

async function insertOrg(ctx: AppContext, trx: Executor, actor: Actor, input: OrgCreate) {
  if (await repo.byCode(trx, input.code)) throw new AppError('org.code_taken', { code: input.code });
  try {
    return await repo.insert(trx, {
      code: input.code, name: input.name, kind: input.kind, parentId: input.parentId ?? null, sortOrder: input.sortOrder ?? 0,
      createdBy: actor.userId, now: nowIso(), parentPath: await parentPath(trx, input.parentId),
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw new AppError('org.code_taken', { code: input.code });
    throw e;
  }
}

export async function createOrg(ctx: AppContext, actor: Actor, input: OrgCreate): Promise<OrgView> {
  requirePermission(actor, 'org.write');
  const row = await ctx.db.transaction().execute(async (trx) => {
    const created = await insertOrg(ctx, trx, actor, input);
    await bumpDataVersion(trx, 'orgs');
    await ctx.audit.record(trx, auditActorOf(actor), { action: 'org.create', entityType: 'org_unit', entityId: created.id, after: created });
    return created;
  });
  return view(actor, row);
}

async function applyUpdate(ctx: AppContext, trx: Executor, actor: Actor, before: repo.OrgRow, input: OrgUpdate): Promise<repo.OrgRow> {
  const { version, ...set } = input;
  if (set.code && set.code !== before.code) {
    const other = await repo.byCode(trx, set.code);
    if (other && other.id !== before.id) throw new AppError('org.code_taken', { code: set.code });
  }
  const moving = set.parentId !== undefined && set.parentId !== before.parentId;
  let newPrefix = before.path;
  if (moving) {
    const pPath = await parentPath(trx, set.parentId);
    // A unit made its own ancestor: the new parent is the unit itself or lies inside its subtree.
    if (pPath.startsWith(before.path)) throw new AppError('org.cycle');
    newPrefix = `${pPath}${before.id}/`;
  }
  let ok: boolean;
  try {
    const { active, ...rest } = set;
    ok = await repo.update(trx, before.id, version, { ...rest, ...(active !== undefined ? { active: active ? 1 : 0 } : {}) }, nowIso());
  } catch (e) {
    if (isUniqueViolation(e)) throw new AppError('org.code_taken', { code: set.code });
    throw e;
  }
  if (!ok) throw new AppError('record.stale');
  if (moving) await repo.movePaths(trx, before.path, newPrefix);
  return (await repo.byId(trx, before.id))!;
}

export async function updateOrg(ctx: AppContext, actor: Actor, id: number, input: OrgUpdate): Promise<OrgView> {
  requirePermission(actor, 'org.write');
  const row = await ctx.db.transaction().execute(async (trx) => {
    const before = await repo.byId(trx, id);
    if (!before) throw new AppError('record.not_found');
    const after = await applyUpdate(ctx, trx, actor, before, input);
    await orgsChanged(trx);
    await ctx.audit.record(trx, auditActorOf(actor), { action: 'org.update', entityType: 'org_unit', entityId: id, before, after });
    return { ...after, userCount: await repo.countUsers(trx, id) };
  });
  return view(actor, row);
}

export async function deleteOrg(ctx: AppContext, actor: Actor, id: number, version: number): Promise<void> {
  requirePermission(actor, 'org.write');
  await ctx.db.transaction().execute(async (trx) => {
    const before = await repo.byId(trx, id);
    if (!before) throw new AppError('record.not_found');
    if (before.version !== version) throw new AppError('record.stale');
    if ((await repo.countChildren(trx, id)) > 0) throw new AppError('org.has_children');
    const users = await repo.countUsers(trx, id);
    if (users > 0) throw new AppError('org.has_users', { count: users });
    // Tasks, reports and study records point at units (and later modules will too): the database's
    // foreign keys are the complete list, so a refused delete is how "still referenced" is found.
    let removed: boolean;
    try {
      removed = await repo.remove(trx, id, version);
    } catch (e) {
      if (isForeignKeyViolation(e)) throw new AppError('org.in_use');
      throw e;
    }
    if (!removed) throw new AppError('record.stale');
    await orgsChanged(trx);
    await ctx.audit.record(trx, auditActorOf(actor), { action: 'org.delete', entityType: 'org_unit', entityId: id, before });
  });
}

// ── xlsx: one column spec gives the template, the export and the import ──
const kindByLabel = new Map<string, OrgKind>(orgKinds.flatMap((k) => [[k, k], [orgKindLabels[k].zh, k]] as [string, OrgKind][]));

export const orgSheet = {
  sheetName: '组织机构',
  columns: [
    { key: 'code', header: '单位编码', required: true, width: 16, note: '唯一；字母、数字、下划线、点、连字符' },
    { key: 'name', header: '单位名称', required: true, width: 30 },
    { key: 'kind', header: '类型', required: true, width: 14, kind: 'enum', values: orgKinds.map((k) => orgKindLabels[k].zh) },
    { key: 'parentCode', header: '上级单位编码', width: 16, note: '留空表示顶级单位；可引用本表中的单位' },
    { key: 'sortOrder', header: '排序', width: 8, kind: 'integer' },
    { key: 'active', header: '启用', width: 8, kind: 'enum', values: ['是', '否'] },
  ],
  row: z.object({
    code: orgCreateSchema.shape.code,
    name: orgCreateSchema.shape.name,
    kind: z.string().transform((v, c) => {
      const k = kindByLabel.get(v.trim());
      if (!k) c.addIssue({ code: 'custom', message: `类型须为：${orgKinds.map((x) => orgKindLabels[x].zh).join('、')}` });
      return k as OrgKind;
    }),
    parentCode: z.string().trim().max(32).optional(),
    sortOrder: z.coerce.number().int().min(0).max(1_000_000).optional(),
    active: z.enum(['是', '否']).optional(),
  }),
} satisfies SheetSpec<z.ZodTypeAny>;

export async function orgTemplate(ctx: AppContext, actor: Actor): Promise<Buffer> {
  requirePermission(actor, 'org.read');
  return buildTemplate(orgSheet);
}

export async function exportOrgs(ctx: AppContext, actor: Actor): Promise<Buffer> {
  requirePermission(actor, 'org.read');
  const rows = await repo.listAll(ctx.db);
  const codeById = new Map(rows.map((r) => [r.id, r.code]));
  await ctx.audit.recordAlone(ctx.db, auditActorOf(actor), { action: 'org.export', entityType: 'org_unit', after: { rows: rows.length } });
  return buildWorkbook(orgSheet, rows.map((r) => ({
    code: r.code, name: r.name, kind: orgKindLabels[r.kind as OrgKind]?.zh ?? r.kind,
    parentCode: r.parentId ? codeById.get(r.parentId) : '', sortOrder: r.sortOrder, active: r.active ? '是' : '否',
  })));
}

/**
 * Upserts by code, all rows or none. Parents may be defined further down the same file.
 * Rows are taken parents first in file order (each row after the in-file parents it names). New units
 * get their ids up front, so their paths are known without a read and they go in as multi-row inserts;
 * an existing unit is updated on its own (applyUpdate: code check, cycle check, subtree move) after the
 * new units before it are written. One audit entry records the counts.
 */
export async function importOrgs(ctx: AppContext, actor: Actor, file: Buffer): Promise<{ created: number; updated: number }> {
  requirePermission(actor, 'org.write');
  const { rows } = await parseImport(orgSheet, file, { maxBytes: ctx.config.maxUploadMb * 1024 * 1024, maxRows: ctx.config.maxImportRows });
  return ctx.db.transaction().execute(async (trx) => {
    // The first write: on SQLite it takes the write lock, so the ids allocated below stay ours.
    await bumpDataVersion(trx, 'orgs');
    type Known = { id: number; path: string };
    const known = new Map<string, Known>();
    const loadKnown = async () => {
      known.clear();
      for (const o of await trx.selectFrom('orgUnits').select(['id', 'code', 'path']).execute()) known.set(o.code, { id: o.id, path: o.path });
    };
    await loadKnown();
    const existingCodes = new Set(known.keys());
    const inFile = new Map(rows.map((r, i) => [r.code, { r, excelRow: i + 2 }]));
    const errors: { row: number; column: string; reason: string }[] = [];
    const seen = new Set<string>();
    for (const [i, r] of rows.entries()) {
      if (seen.has(r.code)) errors.push({ row: i + 2, column: '单位编码', reason: `编码重复：${r.code}` });
      seen.add(r.code);
      if (r.parentCode && r.parentCode === r.code) errors.push({ row: i + 2, column: '上级单位编码', reason: '上级单位不能是自己' });
      else if (r.parentCode && !inFile.has(r.parentCode) && !known.has(r.parentCode)) {
        errors.push({ row: i + 2, column: '上级单位编码', reason: `上级单位不存在：${r.parentCode}` });
      }
    }
    if (errors.length) throw new AppError('import.invalid_rows', { count: errors.length, errors });

    const newCount = [...inFile.keys()].filter((c) => !existingCodes.has(c)).length;
    const ids = await repo.allocateIds(trx, newCount);
    let nextId = 0;
    const now = nowIso();
    let pending: repo.NewOrg[] = [];
    const flush = async () => {
      if (pending.length === 0) return;
      const batch = pending;
      pending = [];
      try {
        await repo.insertMany(trx, batch);
      } catch (e) {
        if (isUniqueViolation(e)) throw new AppError('import.invalid_rows', { count: 1, errors: [{ row: inFile.get(batch[0].code)!.excelRow, column: '上级单位编码', reason: new AppError('org.code_taken', { code: batch[0].code }).message }] });
        throw e;
      }
    };
    let created = 0;
    let updated = 0;
    const done = new Set<string>();
    const take = async (code: string) => {
      const { r, excelRow } = inFile.get(code)!;
      const parent = r.parentCode ? known.get(r.parentCode)! : null;
      if (!existingCodes.has(code)) {
        const id = ids[nextId++];
        const parentPath = parent?.path ?? '/';
        const path = `${parentPath}${id}/`;
        pending.push({ id, code, name: r.name, kind: r.kind, parentId: parent?.id ?? null, path, depth: parentPath.split('/').filter(Boolean).length, sortOrder: r.sortOrder ?? 0, createdBy: actor.userId, now });
        known.set(code, { id, path });
        created++;
        return;
      }
      await flush();
      try {
        const existing = (await repo.byCode(trx, code))!;
        const after = await applyUpdate(ctx, trx, actor, existing, {
          version: existing.version, name: r.name, kind: r.kind, parentId: parent?.id ?? null,
          ...(r.sortOrder !== undefined ? { sortOrder: r.sortOrder } : {}), ...(r.active ? { active: r.active === '是' } : {}),
        });
        // A move rewrote the paths of the whole subtree.
        if (after.path !== existing.path) await loadKnown();
        updated++;
      } catch (e) {
        if (e instanceof AppError && e.code !== 'import.invalid_rows') {
          throw new AppError('import.invalid_rows', { count: 1, errors: [{ row: excelRow, column: '上级单位编码', reason: e.message }] });
        }
        throw e;
      }
    };
    for (const r of rows) {
      // The chain of in-file parents not yet taken, this row first; a code met twice is a cycle.
      const chain: string[] = [];
      const visiting = new Set<string>();
      for (let code: string | undefined = r.code; code !== undefined && !done.has(code); code = inFile.get(code)!.r.parentCode || undefined) {
        if (visiting.has(code)) throw new AppError('import.invalid_rows', { count: 1, errors: [{ row: inFile.get(code)!.excelRow, column: '上级单位编码', reason: '上级关系形成循环' }] });
        if (!inFile.has(code)) break;
        visiting.add(code);
        chain.push(code);
      }
      for (const code of chain.reverse()) {
        await take(code);
        done.add(code);
      }
    }
    await flush();
    if (updated > 0) await orgsChanged(trx); // renamed or moved units: the plan years' status too
    await ctx.audit.record(trx, auditActorOf(actor), { action: 'org.import', entityType: 'org_unit', after: { created, updated, rows: rows.length } });
    return { created, updated };
  });
}
