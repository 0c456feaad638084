// The enterprises on the year's list without a visit yet, each linking to its page.
import { Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useEntFormat } from '../../hooks/useEntFormat.ts';
import type { Coverage } from '../../types.ts';

type Row = Coverage['unvisited'][number];

export function UnvisitedList({ rows }: { rows: Row[] }) {
  const { t } = useTranslation();
  const f = useEntFormat();
  return (
    <Table<Row>
      size="small"
      rowKey="id"
      dataSource={rows}
      data-testid="ent-unvisited"
      pagination={{ pageSize: 10, showSizeChanger: false, hideOnSinglePage: true, showTotal: (n) => t('common.total', { count: n }) }}
      scroll={{ x: 'max-content' }}
      columns={[
        { title: t('ent.field.name'), dataIndex: 'name', render: (v: string, r) => <Link to={`/enterprises/${r.id}`}>{v}</Link> },
        { title: t('ent.field.zone'), dataIndex: 'zone', render: (v: string) => f.label('zone', v) },
        { title: t('ent.field.town'), dataIndex: 'townName', render: (v: string | null) => v ?? '—' },
        { title: t('ent.field.steward'), dataIndex: 'stewardName', render: (v: string | null) => v ?? t('ent.unassigned') },
      ]}
    />
  );
}
