// Charts of the index page: the twelve dimension scores of the district against the city's average, and the
// distribution of the district's rank when the weights are perturbed (Monte Carlo).
import { Card } from 'antd';
import { useTranslation } from 'react-i18next';
import { Chart, type EChartsOption } from '../../../components/Chart.tsx';
import type { IndexResult } from '../types.ts';

export function DimensionChart({ r }: { r: IndexResult }) {
  const { t } = useTranslation();
  const option: EChartsOption = {
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 40, right: 16, top: 36, bottom: 56 },
    xAxis: { type: 'category', data: r.dimensions.map((d) => d.name), axisLabel: { interval: 0, rotate: 35 } },
    yAxis: { type: 'value', max: r.method.normalisation === 'minmax' ? 100 : undefined },
    series: [
      { name: t('live.index.selfName'), type: 'bar', data: r.dimensions.map((d) => d.score), itemStyle: { color: '#1677ff' }, label: { show: true, position: 'top', fontSize: 10 } },
      { name: t('live.index.average'), type: 'line', data: r.dimensions.map((d) => d.average), itemStyle: { color: '#fa8c16' } },
    ],
  };
  return (
    <Card size="small" title={t('live.index.dimensions')}>
      <Chart option={option} height={300} testId="live-dim-chart" />
    </Card>
  );
}

export function SensitivityChart({ r }: { r: IndexResult }) {
  const { t } = useTranslation();
  const s = r.sensitivity;
  const self = s.districts.find((d) => d.district === r.self.district);
  const option: EChartsOption = {
    tooltip: { trigger: 'axis' },
    grid: { left: 40, right: 16, top: 16, bottom: 36 },
    xAxis: { type: 'category', name: t('live.index.rankAxis'), nameLocation: 'middle', nameGap: 24, data: s.selfHistogram.map((h) => t('live.index.rankN', { rank: h.rank })) },
    yAxis: { type: 'value', name: t('live.index.runsAxis') },
    series: [{ type: 'bar', data: s.selfHistogram.map((h) => h.count), itemStyle: { color: '#13c2c2' }, label: { show: true, position: 'top' } }],
  };
  return (
    <Card size="small" title={t('live.index.sensitivity')} data-testid="live-sensitivity">
      <div style={{ marginBottom: 4, color: '#595959' }}>
        {t('live.index.sensitivityNote', { runs: s.runs, spread: Math.round(s.spread * 100), min: self?.minRank, max: self?.maxRank, mean: self?.meanRank })}
      </div>
      <Chart option={option} height={220} testId="live-sensitivity-chart" />
    </Card>
  );
}
