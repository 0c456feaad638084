// Reminders (提醒) of the work plan, run by a scheduled job: reports due in the next days, milestones due
// within the warning window, reports now missing, status changes to followers, and the rule-based
// supervision sweep. Every reminder has a dedupe key, so a job that runs hourly reminds once.
import { addDays, compareDates, periodOf, workingDaysBetween } from '../../../common/periods.ts';
import { statusLabels } from '../../../common/status.ts';
import type { Actor } from '../../platform/access.ts';
import type { AppContext } from '../../platform/context.ts';
import { notify, reportersOf } from '../../platform/notify.ts';
import { listTasks, requiredPeriod, statusDateOf } from './workplan.service.ts';
import { sweep } from './supervision.service.ts';
import * as repo from './workplan.repository.ts';

const district: Actor = { userId: 0, username: 'system', displayName: 'system', role: 'leader', orgId: null, orgPath: null, ip: null };

export async function remindYear(ctx: AppContext, year: number) {
  const y = await repo.yearRow(ctx.db, year);
  if (!y) return { reminded: 0, statusChanges: 0 };
  const today = statusDateOf(y);
  const { items } = await listTasks(ctx, district, { year, page: 1, pageSize: 1_000_000 });
  const month = periodOf(today, 'month');
  const deadline = `${month}-${String(y.reportDueDay).padStart(2, '0')}`;
  const milestones = await repo.milestonesOf(ctx.db, { year });
  let reminded = 0;
  let statusChanges = 0;
  await ctx.db.transaction().execute(async (trx) => {
    for (const t of items.filter((i) => i.state === 'active')) {
      const reporters = await reportersOf(trx, t.leadUnitId);
      const reported = t.lastReport?.period === month && t.lastReport.state !== 'draft' && t.lastReport.state !== 'returned';
      const daysLeft = workingDaysBetween(today, deadline);
      if (!reported && compareDates(today, deadline) <= 0 && daysLeft <= 3 && t.startDate <= deadline && t.dueDate >= `${month}-01`) {
        reminded += await notify(trx, reporters, { kind: 'reminder', title: `请于 ${deadline} 前报送 ${month} 进展`, body: t.title, link: `/plan/tasks/${t.id}`, dedupeKey: `report-due:${t.id}:${month}` });
      }
      if (t.missingReport) {
        reminded += await notify(trx, reporters, { kind: 'reminder', title: `${t.missingReport} 进展逾期未报`, body: t.title, link: `/plan/tasks/${t.id}`, dedupeKey: `report-missing:${t.id}:${t.missingReport}` });
      }
      for (const m of milestones.filter((x) => x.taskId === t.id && !x.doneDate && compareDates(x.plannedDate, today) >= 0 && compareDates(x.plannedDate, addDays(today, 7)) <= 0)) {
        reminded += await notify(trx, reporters, { kind: 'reminder', title: `节点“${m.title}”将于 ${m.plannedDate} 到期`, body: t.title, link: `/plan/tasks/${t.id}`, dedupeKey: `milestone:${m.id}` });
      }
    }
    // Followers hear of a status change once; the announced status is kept on the task.
    const last = new Map((await trx.selectFrom('tasks').select(['id', 'lastStatus']).where('year', '=', year).execute()).map((r) => [r.id, r.lastStatus]));
    for (const t of items) {
      const before = last.get(t.id);
      if (before === t.status) continue;
      await trx.updateTable('tasks').set({ lastStatus: t.status }).where('id', '=', t.id).execute();
      if (before === null || before === undefined) continue;
      const followers = (await trx.selectFrom('taskFollows').select('userId').where('taskId', '=', t.id).execute()).map((f) => f.userId);
      await notify(trx, followers, { kind: 'status', title: `状态变化：${t.title}`, body: `${statusLabels[before as 'green'].zh} → ${statusLabels[t.status].zh}`, link: `/plan/tasks/${t.id}`, dedupeKey: `status:${t.id}:${today}:${t.status}` });
      statusChanges++;
    }
  });
  const supervision = await sweep(ctx, year);
  return { reminded, statusChanges, supervision, required: requiredPeriod(today, y.reportDueDay).period };
}

/** The job: every plan year whose status date is today (not the fixed, closed or demo years). */
export async function remindAll(ctx: AppContext) {
  const years = await ctx.db.selectFrom('planYears').select('year').where('statusDate', 'is', null).execute();
  const out: Record<number, unknown> = {};
  for (const { year } of years) out[year] = await remindYear(ctx, year);
  return out;
}
