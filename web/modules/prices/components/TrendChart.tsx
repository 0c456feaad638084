// A commodity's price over the 90 days to the date: the district mean, the same days last year and each
// point's quotes (thin lines, hidden from the legend's default selection to keep the mean readable).
import { Card, Empty, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { Chart, type EChartsOption } from '../../../components/Chart.tsx';
import { useSeries } from '../api.ts';
import type { OverviewItem } from '../types.ts';
import { addDays } from './format.tsx';

type Props = { date: string; commodityId: number | null; items: OverviewItem[]; onSelect: (id: number) => void };

export function TrendChart({ date, commodityId, items, onSelect }: Props) {
  const { t } = useTranslation();
  const series = useSeries(commodityId, addDays(date, -90), date);
  const s = series.data;
  const mean = t('price.overview.mean');
  const lastYear = t('price.overview.lastYear');
  const option: EChartsOption | null = s
    ? {
        tooltip: { trigger: 'axis' },
        legend: { type: 'scroll', bottom: 0, selected: Object.fromEntries(s.byPoint.map((p) => [p.name, false])) },
        grid: { left: 48, right: 16, top: 30, bottom: 56 },
        xAxis: { type: 'category', data: s.mean.map((m) => m.date.slice(5)) },
        yAxis: { type: 'value', name: s.commodity.unit, scale: true },
        series: [
          { name: mean, type: 'line', data: s.mean.map((m) => m.price), showSymbol: false, lineStyle: { width: 3 }, color: '#b7202e' },
          { name: lastYear, type: 'line', data: s.mean.map((m) => m.lastYear), showSymbol: false, lineStyle: { type: 'dashed' }, color: '#8c8c8c' },
          ...s.byPoint.map((p) => ({ name: p.name, type: 'line' as const, data: p.prices.map((x) => x.price), showSymbol: false, lineStyle: { width: 1 } })),
        ],
      }
    : null;
  return (
    <Card
      size="small"
      title={t('price.overview.trend')}
      extra={
        <Select
          data-testid="price-trend-select"
          showSearch={{ optionFilterProp: 'label' }}
          style={{ width: 220 }}
          value={commodityId ?? undefined}
          placeholder={t('price.overview.pickCommodity')}
          options={items.map((i) => ({ value: i.commodityId, label: `${i.name} ${i.spec}` }))}
          onChange={onSelect}
        />
      }
    >
      {option ? <Chart testId="price-trend-chart" option={option} height={340} /> : <Empty />}
    </Card>
  );
}
