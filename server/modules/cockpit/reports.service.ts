// 报告中心: every periodic document in one place by type and period. Generating one keeps it as a new
// version (stored once per content, listed with who made it and when); a download reads the stored
// version, never a regenerated one. Versions are kept per view of the data (the district, or a unit's
// subtree), so a town reporter never opens a version made from the whole district's figures.
// Subscriptions deliver the newest period of a type to each subscriber, built with that subscriber's
// own permissions and scope.
import { sql } from 'kysely';
import { can, type Role } from '../../../common/permissions.ts';
import { requirePermission, scopeOf, type Actor, auditActorOf, systemActor } from '../../platform/access.ts';
import type { AppContext } from '../../platform/context.ts';
import { nowIso } from '../../platform/db.ts';
import { AppError } from '../../platform/errors.ts';
import { notify } from '../../platform/notify.ts';
import { ooxmlContentHash } from '../../platform/xlsx.ts';
import { actorOf, sendFile } from '../../platform/http.ts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { checkPeriod, reportTypeOf, reportTypes, type ReportType } from './report-types.ts';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function scopeKeyOf(actor: Actor): string {
  const s = scopeOf(actor);
  return s.kind === 'subtree' ? `subtree:${s.path}` : s.kind;
}

const versionColumns = ['id', 'type', 'period', 'seq', 'title', 'filename', 'size', 'sha256', 'trigger', 'createdAt', 'createdBy'] as const;

export async function listTypes(ctx: AppContext, actor: Actor) {
  const mine = reportTypes.filter((t) => can(actor.role, t.permission));
  const subs = new Set((await ctx.db.selectFrom('reportSubscriptions').select('type').where('userId', '=', actor.userId).execute()).map((s) => s.type));
  return {
    items: await Promise.all(mine.map(async (t) => ({
      type: t.type, module: t.module, label: t.label, periodKind: t.periodKind, latestPeriod: await t.latestPeriod(ctx), subscribed: subs.has(t.type),
      ...(t.choices && { choices: await t.choices(ctx, actor) }),
    }))),
  };
}

export async function listVersions(ctx: AppContext, actor: Actor, f: { type?: string; period?: string; page: number; pageSize: number }) {
  const readable = reportTypes.filter((t) => can(actor.role, t.permission)).map((t) => t.type);
  if (f.type && !readable.includes(f.type)) {
    reportTypeOf(f.type); // unknown → 400; known but not readable → 403
    throw new AppError('auth.forbidden');
  }
  const types = f.type ? [f.type] : readable;
  if (types.length === 0) return { total: 0, items: [] };
  const base = ctx.db.selectFrom('reportVersions').where('type', 'in', types).where('scopeKey', '=', scopeKeyOf(actor)).$if(!!f.period, (q) => q.where('period', '=', f.period!));
  const [{ n }, rows] = await Promise.all([
    base.select(sql<number>`count(*)`.as('n')).executeTakeFirstOrThrow(),
    base.leftJoin('users', 'users.id', 'reportVersions.createdBy').select(versionColumns.map((c) => `reportVersions.${c}` as const)).select('users.displayName as createdByName')
      .orderBy('reportVersions.period', 'desc').orderBy('reportVersions.type').orderBy('reportVersions.seq', 'desc')
      .limit(f.pageSize).offset((f.page - 1) * f.pageSize).execute(),
  ]);
  return { total: Number(n), items: rows.map((r) => ({ ...r, label: reportTypeOf(r.type).label })) };
}

/** Builds the document with the caller's permissions and keeps it as the next version of (type, period, view). */
export async function generate(ctx: AppContext, actor: Actor, input: { type: string; period: string }, trigger: 'manual' | 'schedule' = 'manual') {
  const t = reportTypeOf(input.type);
  requirePermission(actor, t.permission);
  checkPeriod(t, input.period);
  const buf = await t.generate(ctx, actor, input.period);
  // A record's document is titled by the record (the meeting, the project, the case), not by its id.
  const choice = t.choices ? (await t.choices(ctx, actor)).find((c) => c.value === input.period) : undefined;
  const stored = await ctx.storage.put(buf);
  const scopeKey = scopeKeyOf(actor);
  return ctx.db.transaction().execute(async (trx) => {
    const last = await trx.selectFrom('reportVersions').select(sql<number | null>`max(seq)`.as('s')).where('type', '=', t.type).where('period', '=', input.period).where('scopeKey', '=', scopeKey).executeTakeFirst();
    const seq = Number(last?.s ?? 0) + 1;
    const row = {
      type: t.type, period: input.period, seq, title: `${t.label.zh}（${choice?.label ?? input.period}）`, filename: t.filename(input.period), contentType: t.filename(input.period).endsWith('.xlsx') ? XLSX : DOCX, size: buf.length,
      sha256: stored.sha256, contentHash: ooxmlContentHash(buf), storageKey: stored.key, scopeKey, trigger, createdAt: nowIso(), createdBy: actor.userId,
    };
    const { id } = await trx.insertInto('reportVersions').values(row).returning('id').executeTakeFirstOrThrow();
    await ctx.audit.record(trx, trigger === 'manual' ? auditActorOf(actor) : systemActor, {
      action: 'report.generate', entityType: 'report_version', entityId: id, after: { type: t.type, period: input.period, seq, sha256: stored.sha256, size: buf.length, for: actor.username },
    });
    return { id: Number(id), ...row, label: t.label };
  });
}

/**
 * A document downloaded from its module's page is kept in the report centre too, as a new version of its
 * type and period when its content differs from the newest one kept for that view (the same document made
 * again adds nothing: compared by ooxmlContentHash, since the file's own dates differ every time). Keeping
 * it never fails the download: an error is logged.
 */
export async function keepDownload(ctx: AppContext, actor: Actor, type: string, period: string, buf: Buffer): Promise<void> {
  try {
    const t = reportTypeOf(type);
    const scopeKey = scopeKeyOf(actor);
    const contentHash = ooxmlContentHash(buf);
    const last = await ctx.db.selectFrom('reportVersions').select(['contentHash', 'seq']).where('type', '=', t.type).where('period', '=', period).where('scopeKey', '=', scopeKey)
      .orderBy('seq', 'desc').executeTakeFirst();
    if (last?.contentHash === contentHash) return;
    const stored = await ctx.storage.put(buf);
    const choice = t.choices ? (await t.choices(ctx, actor)).find((c) => c.value === period) : undefined;
    await ctx.db.transaction().execute(async (trx) => {
      const top = await trx.selectFrom('reportVersions').select(sql<number | null>`max(seq)`.as('s')).where('type', '=', t.type).where('period', '=', period).where('scopeKey', '=', scopeKey).executeTakeFirst();
      const seq = Number(top?.s ?? 0) + 1;
      const filename = t.filename(period);
      const { id } = await trx.insertInto('reportVersions').values({
        type: t.type, period, seq, title: `${t.label.zh}（${choice?.label ?? period}）`, filename, contentType: filename.endsWith('.xlsx') ? XLSX : DOCX, size: buf.length,
        sha256: stored.sha256, contentHash, storageKey: stored.key, scopeKey, trigger: 'download', createdAt: nowIso(), createdBy: actor.userId,
      }).returning('id').executeTakeFirstOrThrow();
      await ctx.audit.record(trx, auditActorOf(actor), { action: 'report.keep', entityType: 'report_version', entityId: id, after: { type: t.type, period, seq, sha256: stored.sha256, size: buf.length } });
    });
  } catch (err) {
    ctx.log.error({ err, type, period }, 'keeping a downloaded document in the report centre failed');
  }
}

/** Sends a module's document and keeps it in the report centre (see keepDownload). */
export async function sendKept(ctx: AppContext, req: FastifyRequest, reply: FastifyReply, doc: { type: string; period: string | number }, buf: Buffer, filename: string) {
  await keepDownload(ctx, actorOf(req), doc.type, String(doc.period), buf);
  return sendFile(reply, buf, filename);
}

export async function download(ctx: AppContext, actor: Actor, id: number): Promise<{ buf: Buffer; filename: string }> {
  const row = await ctx.db.selectFrom('reportVersions').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row || row.scopeKey !== scopeKeyOf(actor)) throw new AppError('record.not_found');
  requirePermission(actor, reportTypeOf(row.type).permission);
  const name = row.seq > 1 ? row.filename.replace(/\.(docx|xlsx)$/, `（第${row.seq}版）.$1`) : row.filename;
  return { buf: await ctx.storage.get(row.storageKey), filename: name };
}

export async function setSubscriptions(ctx: AppContext, actor: Actor, types: string[]) {
  for (const type of types) requirePermission(actor, reportTypeOf(type).permission);
  await ctx.db.transaction().execute(async (trx) => {
    const before = (await trx.selectFrom('reportSubscriptions').select('type').where('userId', '=', actor.userId).execute()).map((r) => r.type).sort();
    await trx.deleteFrom('reportSubscriptions').where('userId', '=', actor.userId).where('type', 'not in', types.length ? types : ['']).execute();
    for (const type of types) {
      if (!before.includes(type)) await trx.insertInto('reportSubscriptions').values({ userId: actor.userId, type, lastPeriod: null, createdAt: nowIso() }).execute();
    }
    await ctx.audit.record(trx, auditActorOf(actor), { action: 'report.subscribe', entityType: 'user', entityId: actor.userId, before: { types: before }, after: { types: [...types].sort() } });
  });
  return listTypes(ctx, actor);
}

/**
 * The scheduled delivery: for each subscription whose type has a newer period than the one last sent,
 * the document is built as that subscriber (their role and scope: a town reporter gets the town's view),
 * kept in the report centre and announced in their inbox. A subscriber who lost the permission is skipped.
 */
export async function deliverSubscriptions(ctx: AppContext): Promise<{ delivered: number; skipped: number }> {
  const subs = await ctx.db.selectFrom('reportSubscriptions').innerJoin('users', 'users.id', 'reportSubscriptions.userId').leftJoin('orgUnits', 'orgUnits.id', 'users.orgId')
    .select(['reportSubscriptions.id', 'reportSubscriptions.type', 'reportSubscriptions.lastPeriod', 'users.id as userId', 'users.username', 'users.displayName', 'users.role', 'users.orgId', 'users.active', 'orgUnits.path as orgPath'])
    .execute();
  const latest = new Map<string, string | null>();
  let delivered = 0;
  let skipped = 0;
  for (const s of subs) {
    let t: ReportType;
    try { t = reportTypeOf(s.type); } catch { skipped++; continue; }
    if (!latest.has(t.type)) latest.set(t.type, await t.latestPeriod(ctx));
    const period = latest.get(t.type);
    if (!period || period === s.lastPeriod) continue;
    const actor: Actor = { userId: s.userId, username: s.username, displayName: s.displayName, role: s.role as Role, orgId: s.orgId, orgPath: s.orgPath ?? null, ip: null };
    if (!s.active || !can(actor.role, t.permission)) { skipped++; continue; }
    try {
      const v = await generate(ctx, actor, { type: t.type, period }, 'schedule');
      await ctx.db.transaction().execute(async (trx) => {
        await trx.updateTable('reportSubscriptions').set({ lastPeriod: period }).where('id', '=', s.id).execute();
        await notify(trx, [s.userId], { kind: 'report', title: `${t.label.zh}（${period}）已生成`, body: `您订阅的${t.label.zh}已按您的权限范围生成，可在报告中心下载。`, link: `/reports?type=${t.type}`, dedupeKey: `report:${t.type}:${period}:${v.seq}` });
      });
      delivered++;
    } catch (err) {
      ctx.log.error({ err, type: t.type, user: s.username }, 'scheduled report failed');
      skipped++;
    }
  }
  return { delivered, skipped };
}
