// Lead units ranked worst first (most red, then yellow); each count opens that unit's tasks.
import { Table, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Dashboard, Status } from '../../types.ts';
import { statusColors } from '../status.tsx';

type Row = Dashboard['byUnit'][number];
const shown: Status[] = ['red', 'yellow', 'green', 'closed'];

export function UnitTable({ byUnit, onPick }: { byUnit: Row[]; onPick: (unitId: number, status: Status | null) => void }) {
  const { t } = useTranslation();
  const count = (r: Row, s: Status) =>
    r.counts[s] ? (
      <a onClick={() => onPick(r.unitId, s)} style={{ color: statusColors[s], fontWeight: 600 }}>
        {r.counts[s]}
      </a>
    ) : (
      <span style={{ color: '#bfbfbf' }}>0</span>
    );
  const columns: TableColumnsType<Row> = [
    { title: t('plan.task.leadUnit'), dataIndex: 'name', render: (v: string, r) => <a onClick={() => onPick(r.unitId, null)}>{v}</a> },
    ...shown.map((s) => ({
      title: t(`plan.status.${s}`),
      key: s,
      width: 56,
      align: 'center' as const,
      responsive: s === 'closed' ? ['sm' as const] : undefined,
      render: (_: unknown, r: Row) => count(r, s),
    })),
    {
      title: t('plan.kpi.missingShort'),
      dataIndex: 'missingReports',
      width: 72,
      align: 'center',
      render: (v: number) => <span style={{ color: v ? '#fa8c16' : '#bfbfbf', fontWeight: v ? 600 : 400 }}>{v}</span>,
    },
  ];
  return (
    <Table<Row>
      data-testid="plan-unit-table"
      rowKey="unitId"
      size="small"
      columns={columns}
      dataSource={byUnit}
      pagination={{ pageSize: 8, size: 'small', hideOnSinglePage: true, showSizeChanger: false }}
      scroll={{ x: 'max-content' }}
    />
  );
}
