// 我的任务: for a unit's reporter — the tasks the unit leads with this month's report state, the
// report deadline, and the supervision notices waiting for the unit's answer.
import { Alert, Card, Empty, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { limits } from '../../../../common/limits.ts';
import { periodLabel } from '../../../../common/periods.ts';
import { useShortLang } from '../../../i18n/index.ts';
import { useNotices, useTasks } from '../api.ts';
import { monthDay, reportDeadline } from '../components/my/deadline.ts';
import { MyTaskTable } from '../components/my/MyTaskTable.tsx';
import { PlanGate } from '../components/PlanGate.tsx';
import { NoticeItem } from '../components/supervision/NoticeItem.tsx';
import type { PlanStructure } from '../types.ts';

export function MyTasksPage() {
  const { t } = useTranslation();
  return (
    <PlanGate title={t('plan.my.title')} testId="plan-my">
      {(plan) => <MyBody plan={plan} />}
    </PlanGate>
  );
}

function MyBody({ plan }: { plan: PlanStructure }) {
  const { t } = useTranslation();
  const lang = useShortLang();
  const tasks = useTasks(plan.year, { mine: 1, page: 1, pageSize: limits.pageSizeMax });
  const notices = useNotices(plan.year, { state: 'open' });
  const toAnswer = (notices.data?.items ?? []).filter((n) => n.abilities.reply);
  const d = reportDeadline(plan.statusDate, plan.reportDueDay);
  const month = periodLabel(d.period, lang);
  const items = tasks.data?.items ?? [];
  const unfiled = items.filter((x) => x.missingReport).length;
  return (
    <>
      <Alert
        type={d.passed && unfiled ? 'error' : d.passed ? 'success' : 'info'}
        showIcon
        style={{ marginBottom: 12 }}
        data-testid="my-deadline"
        title={
          d.passed
            ? t('plan.my.duePassed', { month, date: monthDay(d.date, lang) })
            : t('plan.my.dueAhead', { month, date: monthDay(d.date, lang), days: d.daysLeft })
        }
        description={
          <>
            {unfiled > 0 && <div>{t('plan.my.unfiled', { count: unfiled })}</div>}
            {d.passed && <div>{t('plan.my.nextDue', { month: periodLabel(d.next.period, lang), date: monthDay(d.next.date, lang) })}</div>}
          </>
        }
      />
      {toAnswer.length > 0 && (
        <Card size="small" title={t('plan.my.noticesTitle', { count: toAnswer.length })} style={{ marginBottom: 12 }} data-testid="my-notices">
          {toAnswer.map((n) => (
            <NoticeItem
              key={n.id}
              notice={n}
              canReply
              heading={
                <Typography.Text strong style={{ display: 'block', marginBottom: 4 }}>
                  <Link to={`/plan/tasks/${n.taskId}`}>{n.taskTitle}</Link>
                </Typography.Text>
              }
            />
          ))}
        </Card>
      )}
      {tasks.data && items.length === 0 ? (
        <Empty description={t('plan.my.none')} />
      ) : (
        <MyTaskTable plan={plan} items={items} loading={tasks.isFetching} period={d.period} />
      )}
    </>
  );
}
