// Expected vs actual progress by month. Expected is e(t) at each month end (common/status.ts, the
// same rule the server uses); actual is the latest approved cumulative % up to that month.
import { Card, Empty } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { addPeriods, comparePeriods, periodEnd, periodOf } from '../../../../../common/periods.ts';
import { expectedProgress } from '../../../../../common/status.ts';
import { Chart, type EChartsOption } from '../../../../components/Chart.tsx';
import type { Report, TaskDetail } from '../../types.ts';
import { statusColors } from '../status.tsx';

function pctOf(r: Report, target: TaskDetail['target']): number | null {
  if (r.cumulativePct !== null) return r.cumulativePct;
  if (r.cumulativeValue !== null && target?.value) return Math.min(100, (r.cumulativeValue / target.value) * 100);
  return null;
}

const round1 = (v: number) => Math.round(v * 10) / 10;

export function ProgressChart({ task }: { task: TaskDetail }) {
  const { t } = useTranslation();
  const option = useMemo<EChartsOption | null>(() => {
    const first = periodOf(task.startDate, 'month');
    const last = periodOf(task.dueDate, 'month');
    const now = periodOf(task.statusDate, 'month');
    const months: string[] = [];
    for (let p = first; comparePeriods(p, last) <= 0 && months.length < 60; p = addPeriods(p, 1)) months.push(p);
    if (!months.length) return null;
    const approved = task.reports.filter((r) => r.state === 'approved');
    const expected = months.map((m) => {
      const end = periodEnd(m);
      const day = comparePeriods(m, now) === 0 ? task.statusDate : end;
      return round1(expectedProgress({ today: day, start: task.startDate, due: task.dueDate, milestones: task.milestones }));
    });
    const actual = months.map((m) => {
      if (comparePeriods(m, now) > 0) return null;
      const r = approved.filter((x) => comparePeriods(x.period, m) <= 0).at(-1);
      const v = r ? pctOf(r, task.target) : null;
      return v === null ? 0 : round1(v);
    });
    const pending = months.map((m) => {
      const r = task.reports.find((x) => x.period === m && x.state === 'submitted');
      const v = r ? pctOf(r, task.target) : null;
      return v === null ? null : round1(v);
    });
    const label = (m: string) => (months.length > 12 || m.slice(5) === '01' ? m : `${Number(m.slice(5))}${t('plan.chart.monthSuffix')}`);
    return {
      animationDuration: 400,
      tooltip: { trigger: 'axis', confine: true, valueFormatter: (v) => (v === null || v === undefined ? '—' : `${v}%`) },
      legend: { top: 0 },
      grid: { left: 8, right: 16, top: 36, bottom: 8, containLabel: true },
      xAxis: { type: 'category', data: months.map(label), boundaryGap: false },
      yAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } },
      series: [
        { name: t('plan.chart.expected'), type: 'line', data: expected, lineStyle: { type: 'dashed', color: '#8c8c8c' }, itemStyle: { color: '#8c8c8c' }, symbolSize: 5 },
        {
          name: t('plan.chart.actual'),
          type: 'line',
          data: actual,
          lineStyle: { width: 3, color: statusColors[task.status === 'grey' ? 'closed' : task.status] },
          itemStyle: { color: statusColors[task.status === 'grey' ? 'closed' : task.status] },
          symbolSize: 7,
        },
        ...(pending.some((v) => v !== null)
          ? [{ name: t('plan.chart.pending'), type: 'line' as const, data: pending, lineStyle: { opacity: 0 }, symbol: 'diamond', itemStyle: { color: '#1677ff' }, symbolSize: 11 }]
          : []),
      ],
    };
  }, [task, t]);
  return (
    <Card size="small" title={t('plan.chart.title')} style={{ height: '100%' }}>
      {option ? <Chart option={option} height={260} testId="task-progress-chart" /> : <Empty />}
    </Card>
  );
}
