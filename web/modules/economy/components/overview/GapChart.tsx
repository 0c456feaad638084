// Gap to the (phased) target in percentage points, one horizontal bar per indicator, coloured by its
// traffic light; a ceiling (以内) target reads the other way round, which the colour already says.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Chart, type EChartsOption } from '../../../../components/Chart.tsx';
import type { OverviewRow } from '../../types.ts';
import { econColors } from '../status.tsx';

export function GapChart({ rows, onPick }: { rows: OverviewRow[]; onPick: (id: number) => void }) {
  const { t } = useTranslation();
  const shown = rows.filter((r) => r.latest?.gapPp !== null && r.latest?.gapPp !== undefined).sort((a, b) => b.latest!.gapPp! - a.latest!.gapPp!);
  const option = useMemo<EChartsOption>(
    () => ({
      animationDuration: 400,
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, confine: true, valueFormatter: (v) => t('econ.unit.pp', { value: Number(v).toFixed(1) }) },
      grid: { left: 8, right: 36, top: 8, bottom: 8, containLabel: true },
      xAxis: { type: 'value' },
      yAxis: { type: 'category', inverse: true, data: shown.map((r) => r.indicator.name), axisLabel: { width: 110, overflow: 'truncate' } },
      series: [
        {
          name: t('econ.chart.gap'),
          type: 'bar',
          barMaxWidth: 14,
          data: shown.map((r) => ({ value: r.latest!.gapPp, itemStyle: { color: econColors[r.latest!.status] } })),
          label: { show: true, position: 'right', fontSize: 10, formatter: (p: { value?: unknown }) => `${Number(p.value) > 0 ? '+' : ''}${Number(p.value).toFixed(1)}` },
        },
      ],
    }),
    [shown, t],
  );
  return <Chart option={option} height={Math.max(260, shown.length * 22 + 40)} testId="econ-gap-chart" onEvents={{ click: (p) => p.dataIndex !== undefined && shown[p.dataIndex] && onPick(shown[p.dataIndex].indicator.id) }} />;
}
