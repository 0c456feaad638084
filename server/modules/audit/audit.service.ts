// Reading the audit log: only the audit admin, searchable, and the chain check.
import { sql } from 'kysely';
import { requirePermission, type Actor } from '../../platform/access.ts';
import type { AppContext } from '../../platform/context.ts';
import { likePattern } from '../../platform/db.ts';

export type AuditFilter = {
  q?: string; action?: string; actorId?: number; entityType?: string; entityId?: string; result?: 'success' | 'failure';
  from?: string; to?: string; page: number; pageSize: number;
};

export async function searchAudit(ctx: AppContext, actor: Actor, f: AuditFilter) {
  requirePermission(actor, 'audit.read');
  const base = ctx.db.selectFrom('auditLog')
    .$if(!!f.q, (qb) => qb.where((eb) => eb.or([
      eb(sql`lower(action)`, 'like', likePattern(f.q!.toLowerCase())),
      eb(sql`lower(actor_name)`, 'like', likePattern(f.q!.toLowerCase())),
      eb(sql`lower(entity_type)`, 'like', likePattern(f.q!.toLowerCase())),
      eb('entityId', '=', f.q!),
      eb('ip', '=', f.q!),
    ])))
    .$if(!!f.action, (qb) => qb.where('action', '=', f.action!))
    .$if(f.actorId !== undefined, (qb) => qb.where('actorId', '=', f.actorId!))
    .$if(!!f.entityType, (qb) => qb.where('entityType', '=', f.entityType!))
    .$if(!!f.entityId, (qb) => qb.where('entityId', '=', f.entityId!))
    .$if(!!f.result, (qb) => qb.where('result', '=', f.result!))
    .$if(!!f.from, (qb) => qb.where('at', '>=', f.from!))
    .$if(!!f.to, (qb) => qb.where('at', '<', nextDay(f.to!)));
  const [rows, total] = await Promise.all([
    base.selectAll().orderBy('seq', 'desc').limit(f.pageSize).offset((f.page - 1) * f.pageSize).execute(),
    base.select(sql<number>`count(*)`.as('n')).executeTakeFirstOrThrow(),
  ]);
  return {
    items: rows.map((r) => ({
      seq: Number(r.seq), at: r.at, actorId: r.actorId, actorName: r.actorName, actorRole: r.actorRole, ip: r.ip, action: r.action,
      entityType: r.entityType, entityId: r.entityId, result: r.result,
      before: r.beforeJson ? JSON.parse(r.beforeJson) : null, after: r.afterJson ? JSON.parse(r.afterJson) : null, hash: r.hash,
    })),
    total: Number(total.n),
  };
}

function nextDay(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString();
}

export async function verifyAudit(ctx: AppContext, actor: Actor) {
  requirePermission(actor, 'audit.read');
  return ctx.audit.verify(ctx.db);
}
