// The 以商招商 pipeline as a funnel of bars: leads that reached each stage, with the conversion from the
// stage before (a lead at 签约 has passed 线索, 接洽 and 考察).
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Chart, type EChartsOption } from '../../../../components/Chart.tsx';
import { useEntFormat } from '../../hooks/useEntFormat.ts';
import type { LeadList } from '../../types.ts';

const palette = ['#1677ff', '#2f8cff', '#4096ff', '#69b1ff', '#13c2c2', '#52c41a'];

export function FunnelChart({ funnel }: { funnel: LeadList['funnel'] }) {
  const { t } = useTranslation();
  const f = useEntFormat();
  const option = useMemo<EChartsOption>(
    () => ({
      animationDuration: 400,
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, confine: true },
      grid: { left: 8, right: 130, top: 8, bottom: 8, containLabel: true },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: { type: 'category', inverse: true, data: funnel.map((s) => f.label('stage', s.stage)), axisTick: { show: false } },
      series: [
        {
          name: t('ent.lead.count'),
          type: 'bar',
          barWidth: '60%',
          data: funnel.map((s, i) => ({ value: s.count, itemStyle: { color: palette[i % palette.length] } })),
          label: {
            show: true,
            position: 'right',
            formatter: (p: { dataIndex: number }) => {
              const s = funnel[p.dataIndex];
              return s.conversionPct === null ? String(s.count) : t('ent.lead.conversion', { count: s.count, pct: f.pct(s.conversionPct) });
            },
          },
        },
      ],
    }),
    [funnel, t, f.lang],
  );
  return <Chart option={option} height={260} testId="ent-funnel" />;
}
