// Scheduled jobs. Each run takes a lease row in `job_leases`, so with several app nodes exactly one
// node runs a job at a time; a node that dies mid-run loses its lease when it expires.
import crypto from 'node:crypto';
import type { AppContext } from './context.ts';
import type { Executor } from './db.ts';

export type Job = { name: string; everyMs: number; run: (ctx: AppContext) => Promise<unknown> };

const holder = `${process.pid}-${crypto.randomBytes(4).toString('hex')}`;

/** Takes the lease for `name` until now + ttl, or returns false when another holder has it. */
export async function acquireLease(db: Executor, name: string, ttlMs: number, who = holder): Promise<boolean> {
  const now = new Date();
  const expiresAt = new Date(now.getTime() + ttlMs).toISOString();
  const taken = await db.updateTable('jobLeases').set({ holder: who, expiresAt })
    .where('name', '=', name).where((eb) => eb.or([eb('expiresAt', '<', now.toISOString()), eb('holder', '=', who)])).executeTakeFirst();
  if (Number(taken.numUpdatedRows) === 1) return true;
  try {
    await db.insertInto('jobLeases').values({ name, holder: who, expiresAt }).execute();
    return true;
  } catch {
    return false; // the row exists and is held by someone else
  }
}

export async function releaseLease(db: Executor, name: string, who = holder): Promise<void> {
  await db.deleteFrom('jobLeases').where('name', '=', name).where('holder', '=', who).execute();
}

/** Runs `job` here unless another node holds its lease; each run is kept in `job_runs` with its outcome. */
export async function runJobOnce(ctx: AppContext, job: Job, who = holder): Promise<boolean> {
  if (!(await acquireLease(ctx.db, job.name, Math.max(job.everyMs, 60_000), who))) return false;
  const startedAt = new Date().toISOString();
  let runId: number | null = null;
  try {
    runId = Number((await ctx.db.insertInto('jobRuns').values({ name: job.name, holder: who, startedAt, finishedAt: null, ok: null, result: null, error: null }).returning('id').executeTakeFirstOrThrow()).id);
    const result = await job.run(ctx);
    ctx.log.info({ job: job.name, result }, 'job done');
    await finishRun(ctx.db, runId, true, JSON.stringify(result ?? null).slice(0, 2000), null);
  } catch (err) {
    ctx.log.error({ err, job: job.name }, 'job failed');
    if (runId !== null) await finishRun(ctx.db, runId, false, null, String((err as Error)?.message ?? err).slice(0, 2000)).catch(() => undefined);
  } finally {
    await releaseLease(ctx.db, job.name, who);
  }
  return true;
}

async function finishRun(db: Executor, id: number, ok: boolean, result: string | null, error: string | null): Promise<void> {
  await db.updateTable('jobRuns').set({ finishedAt: new Date().toISOString(), ok: ok ? 1 : 0, result, error }).where('id', '=', id).execute();
}

/** Keeps the newest `keep` runs of every job (the jobs page shows the last ones; older runs are in the log). */
export async function pruneJobRuns(ctx: AppContext, keep = 200): Promise<{ removed: number }> {
  const names = await ctx.db.selectFrom('jobRuns').select('name').distinct().execute();
  let removed = 0;
  for (const { name } of names) {
    const cut = await ctx.db.selectFrom('jobRuns').select('id').where('name', '=', name).orderBy('id', 'desc').offset(keep).limit(1).executeTakeFirst();
    if (cut) removed += Number((await ctx.db.deleteFrom('jobRuns').where('name', '=', name).where('id', '<=', cut.id).executeTakeFirst()).numDeletedRows);
  }
  return { removed };
}

/** Starts the timers; returns a stop function. Timers do not keep the process alive. */
export function startJobs(ctx: AppContext, jobs: Job[]): () => void {
  const timers = jobs.map((job) => {
    const first = setTimeout(() => void runJobOnce(ctx, job), 5_000 + Math.random() * 5_000);
    const every = setInterval(() => void runJobOnce(ctx, job), job.everyMs);
    first.unref();
    every.unref();
    return [first, every];
  });
  return () => timers.flat().forEach((t) => clearTimeout(t));
}
