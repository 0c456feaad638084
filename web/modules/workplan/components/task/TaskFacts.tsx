// The facts of a task: work point, units, leader, dates, target, weight, progress, description.
import { Card, Descriptions, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { DateText } from '../../../../components/DateText.tsx';
import type { PlanStructure, TaskDetail } from '../../types.ts';
import { ProgressCompare } from '../ProgressCompare.tsx';

export function TaskFacts({ task, plan }: { task: TaskDetail; plan: PlanStructure }) {
  const { t } = useTranslation();
  const area = plan.areas.find((a) => a.id === task.areaId);
  const wp = plan.workPoints.find((w) => w.seq === task.workPointSeq && w.areaId === task.areaId);
  const target = task.target;
  return (
    <Card size="small" title={t('plan.task.facts')} style={{ height: '100%' }} data-testid="task-facts">
      <Descriptions
        size="small"
        column={{ xs: 1, sm: 2 }}
        items={[
          { key: 'wp', label: t('plan.task.workPoint'), span: 'filled', children: `${area ? `${area.seq}. ${area.shortTitle} · ` : ''}${task.workPointSeq} ${wp?.title ?? ''}` },
          { key: 'lead', label: t('plan.task.leadUnit'), children: task.leadUnitName },
          { key: 'co', label: t('plan.task.coUnits'), children: task.coUnits.map((u) => u.name).join('、') || '—' },
          { key: 'leader', label: t('plan.task.leader'), children: task.leaderName },
          {
            key: 'cat',
            label: t('plan.task.category'),
            children: (
              <>
                {t(`plan.categories.${task.category}`)}
                {task.tags.map((g) => (
                  <Tag key={g} style={{ marginInlineStart: 6 }}>
                    {t(`plan.tags.${g}`, { defaultValue: g })}
                  </Tag>
                ))}
              </>
            ),
          },
          { key: 'start', label: t('plan.task.startDate'), children: <DateText value={task.startDate} /> },
          { key: 'due', label: t('plan.task.dueDate'), children: <DateText value={task.dueDate} /> },
          {
            key: 'target',
            label: t('plan.task.target'),
            children: target ? (
              <>
                {t('plan.target.text', { metric: target.metric, direction: t(`plan.target.directions.${target.direction}`), value: target.value, unit: target.unit })}
                {target.isDemo && <Tag style={{ marginInlineStart: 6 }}>{t('plan.year.demo')}</Tag>}
              </>
            ) : (
              '—'
            ),
          },
          { key: 'weight', label: t('plan.task.weight'), children: task.weight },
          { key: 'progress', label: t('plan.progress.title'), span: 'filled', children: <ProgressCompare actual={task.actualPct} expected={task.expectedPct} status={task.status} width={220} /> },
          ...(task.description ? [{ key: 'desc', label: t('plan.task.description'), span: 'filled' as const, children: task.description }] : []),
        ]}
      />
    </Card>
  );
}
