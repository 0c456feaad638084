// 定时任务: every scheduled job with its interval, its last runs (node, start, length, outcome) and the
// node holding its lease now; an IT admin may run one at once (it takes the same lease, so it never runs
// twice at the same time across nodes).
import { jobs } from '../../jobs.ts';
import { requirePermission, auditActorOf, type Actor } from '../../platform/access.ts';
import type { AppContext } from '../../platform/context.ts';
import { AppError } from '../../platform/errors.ts';
import { runJobOnce } from '../../platform/jobs.ts';

export async function listJobs(ctx: AppContext, actor: Actor) {
  requirePermission(actor, 'platform.jobs');
  const [leases, runs] = await Promise.all([
    ctx.db.selectFrom('jobLeases').selectAll().execute(),
    ctx.db.selectFrom('jobRuns').selectAll().orderBy('id', 'desc').limit(2000).execute(),
  ]);
  const now = new Date().toISOString();
  return {
    enabled: process.env.TONGCHOU_JOBS !== '0',
    items: jobs.map((j) => {
      const mine = runs.filter((r) => r.name === j.name);
      const lease = leases.find((l) => l.name === j.name && l.expiresAt > now);
      const last = mine[0] ?? null;
      return {
        name: j.name, everyMs: j.everyMs, runningOn: lease?.holder ?? null,
        last: last && { ...last, ok: last.ok === null ? null : !!last.ok },
        recent: mine.slice(0, 10).map((r) => ({ ...r, ok: r.ok === null ? null : !!r.ok })),
        failures: mine.filter((r) => r.ok === 0).length,
      };
    }),
  };
}

export async function runNow(ctx: AppContext, actor: Actor, name: string) {
  requirePermission(actor, 'platform.jobs');
  const job = jobs.find((j) => j.name === name);
  if (!job) throw new AppError('job.unknown', { name });
  const ran = await runJobOnce(ctx, job);
  if (!ran) throw new AppError('job.busy', { name });
  await ctx.audit.recordAlone(ctx.db, auditActorOf(actor), { action: 'job.run', entityType: 'job', entityId: name, after: { name } });
  const last = await ctx.db.selectFrom('jobRuns').selectAll().where('name', '=', name).orderBy('id', 'desc').executeTakeFirstOrThrow();
  return { ...last, ok: last.ok === null ? null : !!last.ok };
}
