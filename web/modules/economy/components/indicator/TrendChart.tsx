// The year's trend of one indicator: cumulative value bars, last year's comparable cumulative line,
// the time-phased goal line (goalCum = last year's comparable × (1 + phased target)) and the growth
// rate on a second axis. Only approved figures are analysed.
import { Card, Empty } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Chart, type EChartsOption } from '../../../../components/Chart.tsx';
import { useEconFormat } from '../../hooks/useEconFormat.ts';
import { yearPeriods } from '../../hooks/periods.ts';
import type { IndicatorDetail } from '../../types.ts';

export function TrendChart({ detail, year }: { detail: IndicatorDetail; year: number }) {
  const { t } = useTranslation();
  const f = useEconFormat();
  const { indicator, analysis } = detail;
  const option = useMemo<EChartsOption | null>(() => {
    const last = analysis.periods.at(-1)?.period;
    if (!last) return null;
    const all = yearPeriods(indicator, year);
    const periods = all.slice(0, all.indexOf(last) + 1);
    const at = (p: string) => analysis.periods.find((x) => x.period === p) ?? null;
    const lastYear = detail.previousYears.find((py) => py.year === year - 1);
    const prevOf = (p: string) => at(p)?.prevCumValue ?? lastYear?.periods.find((x) => x.period === `${year - 1}${p.slice(4)}`)?.cumValue ?? null;
    const hasLevels = indicator.kind !== 'rate';
    const hasGoal = periods.some((p) => at(p)?.goalCum !== null && at(p)?.goalCum !== undefined);
    return {
      animationDuration: 400,
      tooltip: { trigger: 'axis', confine: true },
      legend: { top: 0 },
      grid: { left: 8, right: 8, top: 56, bottom: 8, containLabel: true },
      xAxis: { type: 'category', data: periods.map((p) => f.period(p, indicator)), axisLabel: { interval: 0, fontSize: 11, rotate: periods.length > 9 ? 30 : 0 } },
      yAxis: [
        { type: 'value', name: hasLevels ? indicator.unit : '', show: hasLevels, splitLine: { show: hasLevels } },
        { type: 'value', name: '%', axisLabel: { formatter: '{value}%' }, splitLine: { show: !hasLevels } },
      ],
      series: [
        ...(hasLevels
          ? [
              { id: 'cum', name: t('econ.chart.cumValue'), type: 'bar' as const, barMaxWidth: 22, itemStyle: { color: '#5b8ff9' }, data: periods.map((p) => at(p)?.cumValue ?? null) },
              { id: 'prev', name: t('econ.chart.lastYear'), type: 'line' as const, symbolSize: 5, lineStyle: { color: '#8c8c8c' }, itemStyle: { color: '#8c8c8c' }, data: periods.map(prevOf) },
            ]
          : []),
        ...(hasGoal
          ? [{ id: 'goal', name: t('econ.chart.goal'), type: 'line' as const, symbol: 'none', lineStyle: { type: 'dashed' as const, width: 2, color: '#fa8c16' }, itemStyle: { color: '#fa8c16' }, data: periods.map((p) => at(p)?.goalCum ?? null) }]
          : []),
        { id: 'growth', name: t('econ.chart.growth'), type: 'line' as const, yAxisIndex: 1, symbolSize: 7, lineStyle: { width: 3, color: '#b7202e' }, itemStyle: { color: '#b7202e' }, data: periods.map((p) => at(p)?.growthPct ?? null) },
      ],
    };
  }, [analysis, detail.previousYears, indicator, year, f, t]);
  return (
    <Card size="small" title={t('econ.indicator.trend')} style={{ height: '100%' }}>
      {option ? (
        // The series drawn, for tests and assistive tools (the canvas itself is opaque).
        <div data-series={(option.series as { id: string }[]).map((s) => s.id).join(',')} data-testid="econ-trend">
          <Chart option={option} height={300} testId="econ-trend-chart" />
        </div>
      ) : (
        <Empty description={t('econ.indicator.noApproved')} />
      )}
    </Card>
  );
}
