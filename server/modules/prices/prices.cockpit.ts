// Prices in the cockpit and in 我的工作: open price alerts (those the overview page lists) and, for a
// collector, the monitoring points without a quote for the newest collection day.
import type { CockpitProvider, WorkItem } from '../cockpit/cockpit.types.ts';
import { can } from '../../../common/permissions.ts';
import { isoDateAt } from '../../../common/periods.ts';
import * as prices from './prices.service.ts';

export const pricesCockpit: CockpitProvider = {
  module: 'prices',
  permission: 'price.read',
  async tiles(ctx, actor) {
    const a = await prices.listAlerts(ctx, actor, { status: 'open' });
    const crisis = a.items.filter((x) => x.level === 'crisis' || x.level === 'red').length;
    return [{
      key: 'prices.open_alerts', module: 'prices', label: { zh: '未关闭的价格预警', en: 'Open price alerts' }, value: a.items.length,
      severity: crisis > 0 ? 'alert' : a.items.length > 0 ? 'attention' : 'ok', href: '/prices', api: '/api/prices/alerts?status=open',
    }];
  },
  async myWork(ctx, actor) {
    const items: WorkItem[] = [];
    if (can(actor.role, 'price.collect') && actor.userId) {
      const today = isoDateAt(Date.now());
      const points = await ctx.db.selectFrom('pricePointCollectors').select('pointId').where('userId', '=', actor.userId).execute();
      if (points.length) {
        const filled = await ctx.db.selectFrom('priceQuotes').select('pointId').distinct().where('date', '=', today).where('pointId', 'in', points.map((p) => p.pointId)).execute();
        items.push({ key: 'prices.points_to_collect', module: 'prices', kind: 'due', label: { zh: '今日待采价的监测点', en: 'Monitoring points to price today' }, count: points.length - filled.length, dueDate: today, href: '/prices/collect' });
      }
    }
    return items;
  },
};
