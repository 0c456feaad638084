// Growth by period against the threshold lines: floor (底线), target and excellent (优秀) as markLines;
// each bar in its traffic-light colour.
import { Card, Empty } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Chart, type EChartsOption } from '../../../../components/Chart.tsx';
import { useEconFormat } from '../../hooks/useEconFormat.ts';
import type { IndicatorDetail } from '../../types.ts';
import { econColors } from '../status.tsx';

export function GrowthChart({ detail }: { detail: IndicatorDetail }) {
  const { t } = useTranslation();
  const f = useEconFormat();
  const { analysis, thresholds, indicator } = detail;
  const option = useMemo<EChartsOption | null>(() => {
    const periods = analysis.periods.filter((p) => p.growthPct !== null);
    if (!periods.length) return null;
    const lines = thresholds
      ? [
          { key: 'floor', value: thresholds.floorPct, color: '#f5222d' },
          { key: 'target', value: thresholds.targetPct, color: '#fa8c16' },
          { key: 'excellent', value: thresholds.excellentPct, color: '#52c41a' },
        ].filter((l) => l.value !== null)
      : [];
    // With quarterly phasing the colour of a bar follows the quarter's target: draw it as a step line.
    const phased = thresholds !== null && periods.some((p) => p.phasedTargetPct !== null && p.phasedTargetPct !== thresholds.targetPct);
    // Keep every threshold line inside the axis, with half a point of air.
    const all = [...periods.map((p) => p.growthPct as number), ...lines.map((l) => l.value as number)];
    const lo = Math.floor(Math.min(...all) - 0.5);
    const hi = Math.ceil(Math.max(...all) + 0.5);
    return {
      animationDuration: 400,
      legend: phased ? { top: 0, data: [t('econ.chart.growth'), t('econ.chart.phased')] } : undefined,
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, confine: true, valueFormatter: (v) => (v === null || v === undefined ? '—' : `${Number(v).toFixed(1)}%`) },
      grid: { left: 8, right: 90, top: phased ? 32 : 16, bottom: 8, containLabel: true },
      xAxis: { type: 'category', data: periods.map((p) => f.period(p.period, indicator)), axisLabel: { interval: 0, fontSize: 11, rotate: periods.length > 6 ? 30 : 0 } },
      yAxis: { type: 'value', axisLabel: { formatter: '{value}%' }, min: Math.min(lo, 0), max: hi },
      series: [
        {
          name: t('econ.chart.growth'),
          type: 'bar',
          barMaxWidth: 22,
          data: periods.map((p) => ({ value: p.growthPct, itemStyle: { color: econColors[p.status] } })),
          label: { show: true, position: 'top', fontSize: 10, formatter: (p: { value?: unknown }) => Number(p.value).toFixed(1) },
          markLine: {
            symbol: 'none',
            silent: true,
            data: lines.map((l) => ({
              yAxis: l.value as number,
              lineStyle: { color: l.color, type: 'dashed' as const },
              label: { formatter: `${t(`econ.threshold.${l.key}`)} ${(l.value as number).toFixed(1)}%`, position: 'end' as const, color: l.color, fontSize: 11 },
            })),
          },
        },
        ...(phased
          ? [{ name: t('econ.chart.phased'), type: 'line' as const, step: 'middle' as const, symbol: 'none', lineStyle: { type: 'dotted' as const, color: '#595959', width: 2 }, itemStyle: { color: '#595959' }, data: periods.map((p) => p.phasedTargetPct) }]
          : []),
      ],
    };
  }, [analysis, thresholds, indicator, f, t]);
  return (
    <Card size="small" title={t('econ.indicator.growthChart')} style={{ height: '100%' }}>
      {option ? <Chart option={option} height={300} testId="econ-growth-bars" /> : <Empty description={t('econ.indicator.noApproved')} />}
    </Card>
  );
}
