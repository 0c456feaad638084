// The energy module's cockpit tiles: reviews past their deadline, projects over the threshold without an
// approved review, towns and key users off their intensity target this year, key users above their
// industry benchmark. Each value is the `total` of the GET its `api` names.
import type { CockpitProvider, CockpitTile } from '../cockpit/cockpit.types.ts';
import { assessment, keyUsers } from './assessment.service.ts';
import { listReviews } from './reviews.service.ts';

export const energyCockpit: CockpitProvider = {
  module: 'energy',
  permission: 'energy.read',
  tiles: async (ctx, actor) => {
    const latest = await ctx.db.selectFrom('energyTargets').select((eb) => eb.fn.max('year').as('year')).executeTakeFirst();
    const year = Number(latest?.year ?? new Date().getFullYear());
    const [overdue, pending, off, above] = await Promise.all([
      listReviews(ctx, actor, { overdue: true, page: 1, pageSize: 1 }),
      listReviews(ctx, actor, { pending: true, page: 1, pageSize: 1 }),
      assessment(ctx, actor, year, { offTarget: true }),
      keyUsers(ctx, actor, { aboveBenchmark: true }),
    ]);
    const tile = (key: string, zh: string, en: string, value: number, alertAt: 'any' | 'attention', href: string, api: string): CockpitTile => ({
      key, module: 'energy', label: { zh, en }, value, severity: value === 0 ? 'ok' : alertAt === 'any' ? 'alert' : 'attention', href, api,
    });
    return [
      tile('energy.reviews_overdue', '节能审查超期', 'Energy reviews overdue', overdue.total, 'any', '/energy/reviews?overdue=true', '/api/energy/reviews?overdue=true'),
      tile('energy.projects_unapproved', '超门槛未获批复项目', 'Projects over the threshold without approval', pending.total, 'attention', '/energy/reviews?pending=true', '/api/energy/reviews?pending=true'),
      tile('energy.off_target', `${year}年未达强度目标单位`, `Units off their ${year} intensity target`, off.total, 'attention', `/energy/assessment?year=${year}&offTarget=true`, `/api/energy/assessment?year=${year}&offTarget=true`),
      tile('energy.key_users_above_benchmark', '重点用能单位超行业标杆', 'Key users above their industry benchmark', above.total, 'attention', '/energy/key-users?aboveBenchmark=true', '/api/energy/key-users?aboveBenchmark=true'),
    ];
  },
};
