// The security policy (安全策略) the security admin sets: lockout, session idle time, password expiry,
// two-factor for everyone. Stored in `settings`; the environment gives the defaults.
import { z } from 'zod';
import type { Actor } from '../../platform/access.ts';
import { auditActorOf, requirePermission } from '../../platform/access.ts';
import type { AppContext } from '../../platform/context.ts';
import { isUniqueViolation, nowIso, type Executor } from '../../platform/db.ts';
import { AppError } from '../../platform/errors.ts';

export const securityPolicySchema = z.strictObject({
  lockoutThreshold: z.number().int().min(3).max(20),
  lockoutMinutes: z.number().int().min(1).max(24 * 60),
  sessionIdleMinutes: z.number().int().min(5).max(240),
  passwordExpiryDays: z.number().int().min(0).max(365),
  totpForAll: z.boolean(),
});
export type SecurityPolicy = z.infer<typeof securityPolicySchema>;

const KEY = 'security.policy';

// Every request reads the policy (idle timeout, pending states); a few seconds of caching per process
// spares those reads. Another node's change takes effect here within CACHE_MS.
const CACHE_MS = 5_000;
const cache = new WeakMap<AppContext, { at: number; value: SecurityPolicy & { version: number } }>();

export async function getPolicy(ctx: AppContext, db: Executor = ctx.db): Promise<SecurityPolicy & { version: number }> {
  if (db === ctx.db) {
    const hit = cache.get(ctx);
    if (hit && Date.now() - hit.at < CACHE_MS) return hit.value;
    const value = await readPolicy(ctx, db);
    cache.set(ctx, { at: Date.now(), value });
    return value;
  }
  return readPolicy(ctx, db);
}

async function readPolicy(ctx: AppContext, db: Executor): Promise<SecurityPolicy & { version: number }> {
  const defaults: SecurityPolicy = {
    lockoutThreshold: ctx.config.lockoutThreshold,
    lockoutMinutes: ctx.config.lockoutMinutes,
    sessionIdleMinutes: ctx.config.sessionIdleMinutes,
    passwordExpiryDays: ctx.config.passwordExpiryDays,
    totpForAll: false,
  };
  const row = await db.selectFrom('settings').select(['value', 'version']).where('key', '=', KEY).executeTakeFirst();
  if (!row) return { ...defaults, version: 0 };
  return { ...defaults, ...(JSON.parse(row.value) as Partial<SecurityPolicy>), version: row.version };
}

export async function updatePolicy(ctx: AppContext, actor: Actor, input: SecurityPolicy & { version: number }): Promise<SecurityPolicy & { version: number }> {
  requirePermission(actor, 'security.policy');
  const { version, ...policy } = input;
  return ctx.db.transaction().execute(async (trx) => {
    const before = await getPolicy(ctx, trx);
    if (before.version !== version) throw new AppError('record.stale');
    const now = nowIso();
    if (version === 0) {
      // Two first saves at once: both read "no row", one inserts; the other is a stale edit, not a 500.
      try {
        await trx.insertInto('settings').values({ key: KEY, value: JSON.stringify(policy), version: 1, updatedAt: now, updatedBy: actor.userId }).execute();
      } catch (e) {
        if (isUniqueViolation(e)) throw new AppError('record.stale');
        throw e;
      }
    } else {
      const r = await trx.updateTable('settings').set({ value: JSON.stringify(policy), version: version + 1, updatedAt: now, updatedBy: actor.userId })
        .where('key', '=', KEY).where('version', '=', version).executeTakeFirst();
      if (Number(r.numUpdatedRows) !== 1) throw new AppError('record.stale');
    }
    await ctx.audit.record(trx, auditActorOf(actor), { action: 'security.policy.update', entityType: 'setting', entityId: KEY, before, after: policy });
    cache.delete(ctx);
    return { ...policy, version: version + 1 };
  });
}
