// Demands as a table: enterprise, category, text, handling unit, state with the overdue flag, dates.
import { Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DateText } from '../../../../components/DateText.tsx';
import { useEntFormat } from '../../hooks/useEntFormat.ts';
import type { Demand } from '../../types.ts';
import { DemandStateTag } from '../DemandStateTag.tsx';

type Props = {
  items: Demand[];
  total?: number;
  page?: number;
  pageSize?: number;
  loading?: boolean;
  onPage?: (page: number, size: number) => void;
  hideEnterprise?: boolean;
  testId?: string;
};

export function DemandTable({ items, total, page, pageSize, loading, onPage, hideEnterprise, testId = 'ent-demand-table' }: Props) {
  const { t } = useTranslation();
  const f = useEntFormat();
  return (
    <Table<Demand>
      size="small"
      rowKey="id"
      data-testid={testId}
      dataSource={items}
      loading={loading}
      scroll={{ x: 'max-content' }}
      onRow={(r) => ({ 'data-testid': `ent-demand-row-${r.id}` }) as React.HTMLAttributes<HTMLElement>}
      pagination={
        onPage
          ? { current: page, pageSize, total, showSizeChanger: true, onChange: onPage, showTotal: (n) => t('common.total', { count: n }) }
          : { pageSize: 10, hideOnSinglePage: true, showSizeChanger: false }
      }
      columns={[
        ...(hideEnterprise ? [] : [{ title: t('ent.field.enterprise'), dataIndex: 'enterpriseName', render: (v: string, r: Demand) => <Link to={`/enterprises/${r.enterpriseId}`}>{v}</Link> }]),
        { title: t('ent.demand.category'), dataIndex: 'category', width: 90, render: (v: string) => f.label('category', v) },
        {
          title: t('ent.demand.text'),
          dataIndex: 'text',
          render: (v: string, r) => (
            <Link to={`/enterprises/demands/${r.id}`}>
              <Typography.Text ellipsis style={{ maxWidth: 260 }}>
                {v}
              </Typography.Text>
            </Link>
          ),
        },
        { title: t('ent.demand.handler'), dataIndex: 'handlerUnitName', render: (v: string | null) => v ?? '—' },
        { title: t('ent.demand.state'), dataIndex: 'state', render: (v: Demand['state'], r) => <DemandStateTag state={v} overdue={r.overdue} testId={`ent-demand-state-${r.id}`} /> },
        {
          title: t('ent.demand.dates'),
          dataIndex: 'receivedOn',
          render: (v: string, r) => (
            <span style={{ fontSize: 12 }}>
              <DateText value={v} />
              <br />
              <Typography.Text type={r.overdue ? 'danger' : 'secondary'} style={{ fontSize: 12 }}>
                {t('ent.demand.dueShort')}
                <DateText value={r.dueOn} />
              </Typography.Text>
            </span>
          ),
        },
      ]}
    />
  );
}
