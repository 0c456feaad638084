// The notification centre: a user's own in-app notifications.
import { z } from 'zod';
import { limits } from '../../../common/limits.ts';
import { sql } from 'kysely';
import { actorOf } from '../../platform/http.ts';
import { nowIso } from '../../platform/db.ts';
import type { ModuleRegister } from '../types.ts';

const tags = ['notifications'];

export const notificationRoutes: ModuleRegister = async (app, ctx) => {
  app.get('/api/notifications', { schema: { tags, summary: '我的通知', querystring: z.strictObject({ unread: z.enum(['1', '0']).optional() }) } }, async (req) => {
    const me = actorOf(req);
    const items = await ctx.db.selectFrom('notifications').select(['id', 'kind', 'title', 'body', 'link', 'createdAt', 'readAt'])
      .where('userId', '=', me.userId).$if(req.query.unread === '1', (q) => q.where('readAt', 'is', null)).orderBy('id', 'desc').limit(100).execute();
    const unread = await ctx.db.selectFrom('notifications').select(sql<number>`count(*)`.as('n')).where('userId', '=', me.userId).where('readAt', 'is', null).executeTakeFirstOrThrow();
    return { items, unread: Number(unread.n) };
  });
  // Marking one's own notifications read is not a business write; it is not audited.
  app.post('/api/notifications/read', { schema: { tags, summary: '标记已读', body: z.strictObject({ ids: z.array(z.number().int().positive().max(limits.idMax)).max(500).optional() }) } }, async (req) => {
    const me = actorOf(req);
    await ctx.db.updateTable('notifications').set({ readAt: nowIso() }).where('userId', '=', me.userId).where('readAt', 'is', null)
      .$if(!!req.body.ids, (q) => q.where('id', 'in', req.body.ids!.length ? req.body.ids! : [-1])).execute();
    return { ok: true };
  });
};
