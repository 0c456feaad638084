// The notification centre: a user's own in-app notifications.
import { z } from 'zod';
import { limits } from '../../../common/limits.ts';
import { pageQuery } from '../../../common/platform.ts';
import { sql } from 'kysely';
import { actorOf } from '../../platform/http.ts';
import { nowIso } from '../../platform/db.ts';
import type { ModuleRegister } from '../types.ts';

const tags = ['notifications'];

export const notificationRoutes: ModuleRegister = async (app, ctx) => {
  app.get('/api/notifications', {
    schema: { tags, summary: '我的通知（通知中心）', querystring: z.strictObject({ unread: z.enum(['1', '0']).optional(), kind: z.string().max(40).optional(), ...pageQuery, pageSize: pageQuery.pageSize.default(100) }) },
  }, async (req) => {
    const me = actorOf(req);
    const q = req.query;
    const base = ctx.db.selectFrom('notifications').where('userId', '=', me.userId)
      .$if(q.unread === '1', (b) => b.where('readAt', 'is', null)).$if(!!q.kind, (b) => b.where('kind', '=', q.kind!));
    const [items, total, unread, kinds] = await Promise.all([
      base.select(['id', 'kind', 'title', 'body', 'link', 'createdAt', 'readAt']).orderBy('id', 'desc').limit(q.pageSize).offset((q.page - 1) * q.pageSize).execute(),
      base.select(sql<number>`count(*)`.as('n')).executeTakeFirstOrThrow(),
      ctx.db.selectFrom('notifications').select(sql<number>`count(*)`.as('n')).where('userId', '=', me.userId).where('readAt', 'is', null).executeTakeFirstOrThrow(),
      ctx.db.selectFrom('notifications').select(['kind', sql<number>`count(*)`.as('n')]).where('userId', '=', me.userId).groupBy('kind').execute(),
    ]);
    return { items, total: Number(total.n), unread: Number(unread.n), kinds: kinds.map((k) => ({ kind: k.kind, count: Number(k.n) })) };
  });
  // Marking one's own notifications read is not a business write; it is not audited.
  app.post('/api/notifications/read', { schema: { tags, summary: '标记已读', body: z.strictObject({ ids: z.array(z.number().int().positive().max(limits.idMax)).max(500).optional() }) } }, async (req) => {
    const me = actorOf(req);
    await ctx.db.updateTable('notifications').set({ readAt: nowIso() }).where('userId', '=', me.userId).where('readAt', 'is', null)
      .$if(!!req.body.ids, (q) => q.where('id', 'in', req.body.ids!.length ? req.body.ids! : [-1])).execute();
    return { ok: true };
  });
};
