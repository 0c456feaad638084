// Components of a total at one period (e.g. 限上 within 社零, 建安 within 固投): share, contribution rate
// (adds to 100%) and pull in pp (adds to the total's growth).
import { Card, Col, Row, Table } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Chart, type EChartsOption } from '../../../../components/Chart.tsx';
import { useEconFormat } from '../../hooks/useEconFormat.ts';
import type { ComponentItem, IndicatorDetail } from '../../types.ts';

export function ComponentsChart({ detail }: { detail: IndicatorDetail }) {
  const { t } = useTranslation();
  const f = useEconFormat();
  const comp = detail.components!;
  const option = useMemo<EChartsOption>(
    () => ({
      animationDuration: 400,
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, confine: true },
      legend: { top: 0 },
      grid: { left: 8, right: 8, top: 32, bottom: 8, containLabel: true },
      xAxis: { type: 'category', data: comp.items.map((c) => c.name), axisLabel: { interval: 0, width: 120, overflow: 'truncate' } },
      yAxis: [
        { type: 'value', name: '%', axisLabel: { formatter: '{value}%' } },
        { type: 'value', name: t('econ.unit.ppShort'), splitLine: { show: false } },
      ],
      series: [
        { name: t('econ.chart.contribution'), type: 'bar', barMaxWidth: 28, itemStyle: { color: '#5b8ff9' }, data: comp.items.map((c) => c.contributionPct), label: { show: true, position: 'top', formatter: (p: { value?: unknown }) => `${Number(p.value).toFixed(1)}%` } },
        { name: t('econ.chart.pull'), type: 'bar', barMaxWidth: 28, yAxisIndex: 1, itemStyle: { color: '#f6bd16' }, data: comp.items.map((c) => c.pullPp), label: { show: true, position: 'top', formatter: (p: { value?: unknown }) => Number(p.value).toFixed(1) } },
      ],
    }),
    [comp, t],
  );
  return (
    <Card size="small" title={t('econ.indicator.components', { period: f.period(comp.period, detail.indicator) })} style={{ height: '100%' }}>
      <Row gutter={[12, 12]} align="middle">
        <Col xs={24} xl={10}>
          <Chart option={option} height={240} testId="econ-components-chart" />
        </Col>
        <Col xs={24} xl={14}>
      <Table<ComponentItem>
        size="small"
        rowKey="indicatorId"
        pagination={false}
        dataSource={comp.items}
        columns={[
          { title: t('econ.col.indicator'), dataIndex: 'name' },
          { title: t('econ.col.cumValue'), dataIndex: 'cumValue', align: 'right', render: (v: number | null) => f.amount(v, detail.indicator.unit) },
          { title: t('econ.chart.share'), dataIndex: 'sharePct', align: 'right', render: (v: number | null) => f.pct(v) },
          { title: t('econ.chart.contribution'), dataIndex: 'contributionPct', align: 'right', render: (v: number | null) => f.pct(v) },
          { title: t('econ.chart.pull'), dataIndex: 'pullPp', align: 'right', render: (v: number | null) => f.pp(v) },
        ]}
      />
        </Col>
      </Row>
    </Card>
  );
}
