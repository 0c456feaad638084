// The method published with every result: normalisation, aggregation, the weights of both levels and the
// Monte Carlo settings, so anyone can reproduce the figures from the exported data.
import { Card, Collapse, Descriptions, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import type { IndexResult } from '../types.ts';

export function MethodPanel({ r }: { r: IndexResult }) {
  const { t } = useTranslation();
  const m = r.method;
  return (
    <Card size="small" title={t('live.method.title')} data-testid="live-method">
      <Descriptions size="small" column={1} items={[
        { key: 'n', label: t('live.method.normalisation'), children: t(`live.norm.${m.normalisation}`) },
        { key: 'a', label: t('live.method.aggregation'), children: t(`live.agg.${m.aggregation}`) },
        { key: 'l', label: t('live.method.levels'), children: t('live.method.levelsText') },
        { key: 'x', label: t('live.method.missing'), children: t('live.method.missingText') },
        { key: 's', label: t('live.method.sensitivity'), children: t('live.method.sensitivityText', { runs: m.sensitivity.runs, spread: Math.round(m.sensitivity.spread * 100), seed: m.sensitivity.seed }) },
      ]} />
      <Collapse size="small" style={{ marginTop: 8 }} items={[{
        key: 'w', label: t('live.method.weights'),
        children: (
          <Table size="small" rowKey="code" pagination={false} dataSource={m.dimensions}
            columns={[
              { title: t('live.col.dimension'), dataIndex: 'name', render: (v: string, d) => `${d.group} · ${v}` },
              { title: t('live.col.weight'), dataIndex: 'weight', width: 80, align: 'right' },
              { title: t('live.col.indicators'), key: 'i', render: (_: unknown, d) => m.indicators.filter((i) => i.dimension === d.code).map((i) => `${i.name}（${i.direction === 'up' ? '+' : '−'}）${i.weight}`).join('；') },
            ]} />
        ),
      }]} />
    </Card>
  );
}
