// Stacked bars of task statuses per area (领域); clicking a segment opens the filtered task list.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Chart, type EChartsOption } from '../../../../components/Chart.tsx';
import type { Dashboard, Status } from '../../types.ts';
import { statusColors, statusOrder } from '../status.tsx';

type Props = { byArea: Dashboard['byArea']; onPick: (areaId: number, status: Status) => void };

export function AreaChart({ byArea, onPick }: Props) {
  const { t } = useTranslation();
  const used = statusOrder.filter((s) => byArea.some((a) => a.counts[s] > 0));
  const option = useMemo<EChartsOption>(
    () => ({
      animationDuration: 400,
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, confine: true },
      legend: { top: 0, itemWidth: 12, itemHeight: 10 },
      grid: { left: 8, right: 16, top: 32, bottom: 8, containLabel: true },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: { type: 'category', inverse: true, data: byArea.map((a) => a.title), axisLabel: { width: 84, overflow: 'truncate' } },
      series: used.map((s) => ({
        id: s,
        name: t(`plan.status.${s}`),
        type: 'bar',
        stack: 'all',
        barMaxWidth: 22,
        itemStyle: { color: statusColors[s] },
        label: { show: true, color: s === 'grey' ? '#333' : '#fff', formatter: (p: { value?: unknown }) => (Number(p.value) > 0 ? String(p.value) : '') },
        emphasis: { focus: 'series' },
        data: byArea.map((a) => a.counts[s]),
      })),
    }),
    [byArea, used, t],
  );
  return (
    <Chart
      option={option}
      height={Math.max(240, byArea.length * 34 + 60)}
      testId="plan-area-chart"
      onEvents={{
        click: (p) => {
          const area = p.dataIndex !== undefined ? byArea[p.dataIndex] : undefined;
          if (area && p.seriesId) onPick(area.areaId, p.seriesId as Status);
        },
      }}
    />
  );
}
