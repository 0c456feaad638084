// Week-on-week change by monitoring point × commodity for the day: a red cell rose, a green one fell.
import { Card, Empty } from 'antd';
import { useTranslation } from 'react-i18next';
import { Chart, type EChartsOption } from '../../../components/Chart.tsx';
import { useHeatmap } from '../api.ts';

export function HeatmapCard({ date }: { date: string }) {
  const { t } = useTranslation();
  const h = useHeatmap(date).data;
  let option: EChartsOption | null = null;
  if (h && h.cells.length) {
    const px = new Map(h.points.map((p, i) => [p.id, i]));
    const cx = new Map(h.commodities.map((c, i) => [c.id, i]));
    const data = h.cells.map((c) => [cx.get(c.commodityId)!, px.get(c.pointId)!, c.changePct ?? '-']);
    const max = Math.max(5, ...h.cells.map((c) => Math.abs(c.changePct ?? 0)).filter(Number.isFinite));
    option = {
      tooltip: {
        position: 'top',
        formatter: (p: unknown) => {
          const v = (p as { data: [number, number, number | string] }).data;
          return `${h.points[v[1]].name}<br/>${h.commodities[v[0]].name}：${typeof v[2] === 'number' ? `${v[2] > 0 ? '+' : ''}${v[2].toFixed(2)}%` : '—'}`;
        },
      },
      grid: { left: 150, right: 16, top: 10, bottom: 90 },
      xAxis: { type: 'category', data: h.commodities.map((c) => c.name), axisLabel: { rotate: 60, interval: 0, fontSize: 11 }, splitArea: { show: true } },
      yAxis: { type: 'category', data: h.points.map((p) => p.name), axisLabel: { fontSize: 11 }, splitArea: { show: true } },
      visualMap: { min: -Math.min(max, 30), max: Math.min(max, 30), calculable: true, orient: 'horizontal', left: 'center', bottom: 0, itemHeight: 200, precision: 1, inRange: { color: ['#389e0d', '#f6ffed', '#ffffff', '#fff1f0', '#cf1322'] } },
      series: [{ type: 'heatmap', data, emphasis: { itemStyle: { borderColor: '#333', borderWidth: 1 } } }],
    };
  }
  return (
    <Card size="small" title={t('price.overview.heatmap')}>
      {option ? <Chart testId="price-heatmap" option={option} height={440} /> : <Empty />}
    </Card>
  );
}
