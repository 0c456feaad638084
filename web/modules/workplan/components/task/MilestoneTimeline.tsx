// The milestones (节点) on a timeline: planned date and %, deliverable, done date; an undone
// milestone whose date has passed (as of the status date) is red.
import { Card, Empty, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { compareDates, daysBetween } from '../../../../../common/periods.ts';
import { DateText } from '../../../../components/DateText.tsx';
import type { PlanStructure, TaskDetail } from '../../types.ts';

export function MilestoneTimeline({ task, plan }: { task: TaskDetail; plan: PlanStructure }) {
  const { t } = useTranslation();
  const today = task.statusDate;
  const items = task.milestones.map((m) => {
    const overdue = !m.doneDate && compareDates(m.plannedDate, today) < 0;
    const soon = !m.doneDate && !overdue && daysBetween(today, m.plannedDate) <= plan.rule.milestoneWarnDays;
    const lateDone = !!m.doneDate && compareDates(m.doneDate, m.plannedDate) > 0;
    const color = m.doneDate ? (lateDone ? 'orange' : 'green') : overdue ? 'red' : soon ? 'orange' : 'gray';
    return {
      key: m.id,
      color,
      content: (
        <div data-testid={`milestone-row-${m.id}`} data-overdue={overdue}>
          <div style={{ fontSize: 12, color: 'rgba(0,0,0,0.55)' }}>
            <DateText value={m.plannedDate} />
          </div>
          <Typography.Text strong style={{ color: overdue ? '#f5222d' : undefined }}>
            {m.title}
          </Typography.Text>
          {m.plannedPct !== null && <Typography.Text type="secondary"> · {t('plan.milestone.plannedPctShort', { pct: m.plannedPct })}</Typography.Text>}
          {m.deliverable && <div style={{ color: 'rgba(0,0,0,0.55)' }}>{t('plan.milestone.deliverableShort', { text: m.deliverable })}</div>}
          <div style={{ fontSize: 12, color: overdue ? '#f5222d' : lateDone ? '#fa8c16' : 'rgba(0,0,0,0.55)' }}>
            {m.doneDate ? (
              <>
                {t('plan.milestone.doneOn')} <DateText value={m.doneDate} />
                {lateDone && `${t('common.punct.open')}${t('plan.milestone.late')}${t('common.punct.close')}`}
              </>
            ) : overdue ? (
              t('plan.milestone.overdue', { days: daysBetween(m.plannedDate, today) })
            ) : (
              t('plan.milestone.pending')
            )}
          </div>
        </div>
      ),
    };
  });
  return (
    <Card size="small" title={t('plan.milestone.sectionTitle')} style={{ height: '100%' }} data-testid="milestone-card">
      {items.length ? <Timeline items={items} style={{ marginTop: 8 }} /> : <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('plan.milestone.none')} />}
    </Card>
  );
}
