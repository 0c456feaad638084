// 领导驾驶舱 and 我的工作: what needs attention now across every module the caller may read, and what is
// due from the caller or waits for the caller's review. Each figure comes from the module's own list
// function with the caller's scope, so it is the count of the records its link opens.
import { sql } from 'kysely';
import { can } from '../../../common/permissions.ts';
import type { Actor } from '../../platform/access.ts';
import type { AppContext } from '../../platform/context.ts';
import { preparedQuery } from '../../platform/db.ts';
import { AppError } from '../../platform/errors.ts';
import { cacheFor, readThisTurn, viewerKey, type WriteCache } from '../../platform/write-cache.ts';
import { isoDateAt } from '../../../common/periods.ts';
import type { CockpitTile, WorkItem } from './cockpit.types.ts';
import { providers } from './providers.ts';

export type ModuleFailure = { module: string; code: string };

/** Runs each provider the actor may see; one module failing does not blank the cockpit (it is listed in `failed`). */
async function collect<T>(ctx: AppContext, actor: Actor, pick: (p: (typeof providers)[number]) => ((ctx: AppContext, actor: Actor) => Promise<T[]>) | undefined) {
  const failed: ModuleFailure[] = [];
  const parts = await Promise.all(providers.filter((p) => can(actor.role, p.permission)).map(async (p) => {
    const fn = pick(p);
    if (!fn) return [];
    try {
      return await fn(ctx, actor);
    } catch (err) {
      ctx.log.error({ err, module: p.module }, 'cockpit provider failed');
      failed.push({ module: p.module, code: err instanceof AppError ? err.code : 'internal' });
      return [];
    }
  }));
  return { items: parts.flat(), failed };
}

const cockpitCache = new WeakMap<AppContext, WriteCache>();

/** Kept per kind of viewer until the next write anywhere, or a minute (see write-cache.ts): leaders open it before every meeting. */
export async function cockpit(ctx: AppContext, actor: Actor) {
  return cacheFor(cockpitCache, ctx, 64).get(ctx, `${viewerKey(actor)}|${isoDateAt(Date.now())}`, () => computeCockpit(ctx, actor), actor);
}

const cockpitJsonCache = new WeakMap<AppContext, WriteCache>();

/** The cockpit as the route sends it: JSON bytes built once per write. */
export async function cockpitJson(ctx: AppContext, actor: Actor): Promise<Buffer> {
  return cacheFor(cockpitJsonCache, ctx, 64).get(ctx, `${viewerKey(actor)}|${isoDateAt(Date.now())}`, async () => Buffer.from(JSON.stringify(await cockpit(ctx, actor))), actor);
}

async function computeCockpit(ctx: AppContext, actor: Actor) {
  const { items, failed } = await collect<CockpitTile>(ctx, actor, (p) => p.tiles);
  const count = (s: CockpitTile['severity']) => items.filter((t) => t.severity === s).length;
  return { asOf: new Date().toISOString(), tiles: items, summary: { alert: count('alert'), attention: count('attention'), ok: count('ok') }, failed };
}

const workCache = new WeakMap<AppContext, WriteCache>();
const unreadQuery = preparedQuery(['userId'], (db, p) => db.selectFrom('notifications').select(sql<number>`count(*)`.as('n')).where('userId', '=', p.userId).where('readAt', 'is', null));

/** The modules' part is kept per user until the next write; the unread count (not an audited write) is read fresh. */
export async function myWork(ctx: AppContext, actor: Actor) {
  const { items, failed } = await cacheFor(workCache, ctx, 256).get(ctx, `${actor.userId}|${actor.role}|${actor.orgPath}|${isoDateAt(Date.now())}`, () => collect<WorkItem>(ctx, actor, (p) => p.myWork), actor);
  const [unread] = await readThisTurn(ctx, `unread:${actor.userId}`, () => unreadQuery(ctx.db, { userId: actor.userId }));
  const open = items.filter((i) => i.count > 0);
  return {
    due: open.filter((i) => i.kind === 'due'), review: open.filter((i) => i.kind === 'review'),
    done: items.filter((i) => i.count === 0).map((i) => i.key), unreadNotifications: Number(unread?.n ?? 0), failed,
  };
}
