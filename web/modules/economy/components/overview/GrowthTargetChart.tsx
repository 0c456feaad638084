// Growth vs (phased) target for every indicator with a figure: the growth bar in its traffic-light
// colour beside the target bar. Clicking a bar opens the indicator.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Chart, type EChartsOption } from '../../../../components/Chart.tsx';
import type { OverviewRow } from '../../types.ts';
import { econColors } from '../status.tsx';

export function GrowthTargetChart({ rows, onPick }: { rows: OverviewRow[]; onPick: (id: number) => void }) {
  const { t } = useTranslation();
  const shown = rows.filter((r) => r.latest?.growthPct !== null && r.latest?.growthPct !== undefined);
  const option = useMemo<EChartsOption>(
    () => ({
      animationDuration: 400,
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, confine: true, valueFormatter: (v) => (v === null || v === undefined ? '—' : `${Number(v).toFixed(1)}%`) },
      legend: { top: 0, data: [t('econ.chart.growth'), t('econ.chart.target')] },
      grid: { left: 8, right: 16, top: 32, bottom: 8, containLabel: true },
      xAxis: { type: 'category', data: shown.map((r) => r.indicator.name), axisLabel: { interval: 0, rotate: shown.length > 8 ? 35 : 0, width: 90, overflow: 'truncate', fontSize: 11 } },
      yAxis: { type: 'value', axisLabel: { formatter: '{value}%' } },
      series: [
        {
          name: t('econ.chart.growth'),
          type: 'bar',
          barMaxWidth: 18,
          itemStyle: { color: econColors.green },
          data: shown.map((r) => ({ value: r.latest!.growthPct, itemStyle: { color: econColors[r.latest!.status] } })),
          label: { show: shown.length <= 16, position: 'top', fontSize: 10, formatter: (p: { value?: unknown }) => Number(p.value).toFixed(1) },
        },
        { name: t('econ.chart.target'), type: 'bar', barMaxWidth: 18, itemStyle: { color: '#8c8c8c', opacity: 0.55 }, data: shown.map((r) => r.latest!.phasedTargetPct) },
      ],
    }),
    [shown, t],
  );
  return <Chart option={option} height={Math.max(300, rows.filter((r) => r.latest?.gapPp !== null && r.latest?.gapPp !== undefined).length * 22 + 40)} testId="econ-growth-chart" onEvents={{ click: (p) => p.dataIndex !== undefined && shown[p.dataIndex] && onPick(shown[p.dataIndex].indicator.id) }} />;
}
