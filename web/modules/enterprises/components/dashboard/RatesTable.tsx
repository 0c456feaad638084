// Demand rates by handling unit or by category: received, closed, closure, on-time and satisfaction rates.
import { Segmented, Table } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { demandTimeLimits, type DemandCategory } from '../../../../../common/enterprises.ts';
import { useEntFormat } from '../../hooks/useEntFormat.ts';
import type { DemandStats, Rates } from '../../types.ts';

type Row = Rates & { name: string };

export function RatesTable({ stats }: { stats: DemandStats }) {
  const { t } = useTranslation();
  const f = useEntFormat();
  const [dim, setDim] = useState<'byUnit' | 'byCategory'>('byUnit');
  const low = (v: number | null, line: number) => (v !== null && v < line ? { color: '#cf1322' } : undefined);
  return (
    <div data-testid="ent-rates">
      <Segmented
        size="small"
        value={dim}
        onChange={(v) => setDim(v as 'byUnit' | 'byCategory')}
        options={[{ value: 'byUnit', label: t('ent.rates.byUnit') }, { value: 'byCategory', label: t('ent.rates.byCategory') }]}
        style={{ marginBottom: 8 }}
      />
      <Table<Row>
        size="small"
        rowKey="name"
        dataSource={stats[dim]}
        pagination={false}
        scroll={{ y: 300 }}
        tableLayout="fixed"
        columns={[
          {
            title: dim === 'byUnit' ? t('ent.rates.unit') : t('ent.rates.category'),
            dataIndex: 'name',
            ellipsis: true,
            render: (n: string) => (dim === 'byUnit' ? f.group(n) : `${f.label('category', n)} · ${t('ent.demand.limitDays', { days: demandTimeLimits[n as DemandCategory] ?? '—' })}`),
          },
          { title: t('ent.rates.total'), dataIndex: 'total', align: 'right', width: 56 },
          { title: t('ent.rates.closed'), dataIndex: 'closed', align: 'right', width: 56 },
          { title: t('ent.rates.closurePct'), dataIndex: 'closurePct', align: 'right', width: 80, render: (v: number | null) => f.pct(v) },
          { title: t('ent.rates.onTimePct'), dataIndex: 'onTimePct', align: 'right', width: 100, render: (v: number | null) => <span style={low(v, 90)}>{f.pct(v)}</span> },
          { title: t('ent.rates.satisfactionPct'), dataIndex: 'satisfactionPct', align: 'right', width: 80, render: (v: number | null) => <span style={low(v, 90)}>{f.pct(v)}</span> },
        ]}
      />
    </div>
  );
}
