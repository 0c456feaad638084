// 财源建设 ranking: enterprises by the year's district tax (万元), its change on the year before, open
// demands and whether the enterprise was visited — a falling tax with open demands is flagged.
import { Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useEntFormat } from '../../hooks/useEntFormat.ts';
import type { TaxRow } from '../../types.ts';

export function TaxTable({ rows, year }: { rows: TaxRow[]; year: number }) {
  const { t } = useTranslation();
  const f = useEntFormat();
  return (
    <Table<TaxRow>
      size="small"
      rowKey="id"
      dataSource={rows}
      data-testid="ent-tax-table"
      scroll={{ x: 'max-content' }}
      pagination={{ defaultPageSize: 20, showSizeChanger: true, showTotal: (n) => t('common.total', { count: n }) }}
      columns={[
        { title: t('ent.tax.rank'), dataIndex: 'rank', width: 64, align: 'right' },
        { title: t('ent.field.name'), dataIndex: 'name', render: (v: string, r) => <Link to={`/enterprises/${r.id}`}>{v}</Link> },
        { title: t('ent.field.industry'), dataIndex: 'industry', render: (v: string) => f.label('industry', v) },
        { title: t('ent.field.steward'), dataIndex: 'stewardName', render: (v: string | null) => v ?? t('ent.unassigned') },
        { title: t('ent.tax.amountOf', { year }), dataIndex: 'tax', align: 'right', render: (v: number | null) => f.num(v) },
        { title: t('ent.tax.amountOf', { year: year - 1 }), dataIndex: 'prevTax', align: 'right', render: (v: number | null) => f.num(v) },
        {
          title: t('ent.tax.change'),
          dataIndex: 'changePct',
          align: 'right',
          sorter: (a, b) => (a.changePct ?? 0) - (b.changePct ?? 0),
          render: (v: number | null) => (v === null ? '—' : <span style={{ color: v < 0 ? '#cf1322' : '#389e0d' }}>{`${v > 0 ? '+' : ''}${f.pct(v)}`}</span>),
        },
        {
          title: t('ent.roster.openDemands'),
          dataIndex: 'openDemands',
          align: 'right',
          render: (v: number, r) => (v ? <Tag color={r.changePct !== null && r.changePct < 0 ? 'error' : 'orange'}>{v}</Tag> : 0),
        },
        { title: t('ent.tax.visited'), dataIndex: 'visited', render: (v: boolean) => (v ? <Tag color="success">{t('ent.tax.yes')}</Tag> : <Tag color="error">{t('ent.tax.no')}</Tag>) },
      ]}
    />
  );
}
