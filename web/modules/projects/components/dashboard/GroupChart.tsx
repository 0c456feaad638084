// Annual plan against completed investment (and 建安 completed) per group — category, sector or town — in
// 亿元; the tooltip adds the completion rate. Clicking a bar opens the library filtered to that group.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Chart, type EChartsOption } from '../../../../components/Chart.tsx';
import { useProjFormat, type EnumGroup } from '../../hooks/useProjFormat.ts';
import type { GroupRow } from '../../types.ts';

type Props = { rows: GroupRow[]; group?: EnumGroup; testId: string; horizontal?: boolean; onPick?: (name: string) => void };

export function GroupChart({ rows, group, testId, horizontal = false, onPick }: Props) {
  const { t } = useTranslation();
  const f = useProjFormat();
  const option = useMemo<EChartsOption>(() => {
    const names = rows.map((r) => (group ? f.label(group, r.name) : r.name));
    const yi = (v: number) => Math.round(v / 100) / 100;
    // Long English names turn on the category axis; the unit is in the card's title.
    const category = { type: 'category' as const, data: names, axisLabel: horizontal ? { width: 90, overflow: 'truncate' as const } : { interval: 0, width: 80, overflow: 'truncate' as const, rotate: f.lang === 'en' ? 25 : 0 } };
    const value = { type: 'value' as const };
    return {
      animationDuration: 400,
      color: ['#bfd4f2', '#1677ff', '#52c41a'],
      legend: { top: 0, itemWidth: 12, itemHeight: 8 },
      tooltip: {
        trigger: 'axis',
        axisPointer: { type: 'shadow' },
        confine: true,
        formatter: (ps: unknown) => {
          const list = ps as { dataIndex: number; marker: string; seriesName: string; value: number }[];
          const r = rows[list[0]?.dataIndex ?? 0];
          if (!r) return '';
          return [`<b>${names[list[0].dataIndex]}</b>`, ...list.map((p) => `${p.marker}${p.seriesName}：${f.num(p.value, 2)} ${t('proj.unit.yi')}`), t('proj.chart.completionTip', { pct: f.pct(r.completionPct), count: r.projects })].join('<br/>');
        },
      },
      grid: { left: 8, right: 16, top: 32, bottom: 8, containLabel: true },
      xAxis: horizontal ? value : category,
      yAxis: horizontal ? { ...category, inverse: true } : value,
      series: [
        { name: t('proj.chart.plan'), type: 'bar', barMaxWidth: 18, data: rows.map((r) => yi(r.plan)) },
        { name: t('proj.chart.cum'), type: 'bar', barMaxWidth: 18, data: rows.map((r) => yi(r.cum)) },
        { name: t('proj.chart.cumConstruction'), type: 'bar', barMaxWidth: 18, data: rows.map((r) => yi(r.cumConstruction)) },
      ],
    };
  }, [rows, group, f, t, horizontal]);
  const height = horizontal ? Math.max(280, rows.length * 34 + 60) : 300;
  return <Chart option={option} height={height} testId={testId} onEvents={onPick ? { click: (p) => p.dataIndex !== undefined && rows[p.dataIndex] && onPick(rows[p.dataIndex].name) } : undefined} />;
}
