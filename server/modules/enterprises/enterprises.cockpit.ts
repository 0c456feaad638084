// Enterprise services in the cockpit and in 我的工作: overdue demands (the demand list's overdue filter)
// and the demands waiting for the user's unit to handle them.
import type { CockpitProvider, WorkItem } from '../cockpit/cockpit.types.ts';
import { can } from '../../../common/permissions.ts';
import * as demands from './demands.service.ts';

export const enterprisesCockpit: CockpitProvider = {
  module: 'enterprises',
  permission: 'ent.read',
  async tiles(ctx, actor) {
    const d = await demands.listDemands(ctx, actor, { overdue: true, page: 1, pageSize: 1 });
    return [{
      key: 'enterprises.overdue_demands', module: 'enterprises', label: { zh: '超期未答复的企业诉求', en: 'Overdue enterprise demands' }, value: d.total,
      severity: d.total > 0 ? 'alert' : 'ok', href: '/enterprises/demands?overdue=1', api: '/api/demands?overdue=1&pageSize=1',
    }];
  },
  async myWork(ctx, actor) {
    const items: WorkItem[] = [];
    if (can(actor.role, 'ent.handle') && actor.orgId !== null && actor.role === 'unit_reporter') {
      const d = await demands.listDemands(ctx, actor, { handlerUnitId: actor.orgId, open: true, page: 1, pageSize: 1_000_000 });
      const todo = d.items.filter((x) => x.state === 'dispatched' || x.state === 'in_progress');
      items.push({
        key: 'enterprises.demands_to_handle', module: 'enterprises', kind: 'due', label: { zh: '本单位待办理的企业诉求', en: 'Enterprise demands for my unit' }, count: todo.length,
        dueDate: todo.map((x) => x.dueOn).sort()[0] ?? null, href: `/enterprises/demands?handlerUnitId=${actor.orgId}`,
      });
    }
    return items;
  },
};
