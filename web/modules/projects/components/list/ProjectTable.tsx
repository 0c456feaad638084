// The project library as a table with server-side paging: code and name, category, sector, town, unit,
// annual plan and completed (万元), completion against expected progress, status with its reasons, open
// problems, last report; edit when the row's abilities allow.
import { EditOutlined } from '@ant-design/icons';
import { Button, Space, Table, Tag, Typography, type TableColumnsType, type TablePaginationConfig } from 'antd';
import type { HTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ProgressCompare } from '../../../workplan/components/ProgressCompare.tsx';
import { ReportStateTag, StatusTag } from '../../../workplan/components/status.tsx';
import { useProjFormat } from '../../hooks/useProjFormat.ts';
import type { ProjectRow } from '../../types.ts';
import { CategoryTag } from '../tags.tsx';

type Props = { rows: ProjectRow[]; total: number; page: number; pageSize: number; loading: boolean; onPage: (page: number, pageSize: number) => void; onEdit: (id: number) => void };

export function ProjectTable({ rows, total, page, pageSize, loading, onPage, onEdit }: Props) {
  const { t } = useTranslation();
  const f = useProjFormat();
  const columns: TableColumnsType<ProjectRow> = [
    {
      title: t('proj.col.project'),
      key: 'name',
      width: 260,
      render: (_, r) => (
        <div>
          <Link to={`/projects/${r.id}`} data-testid={`proj-link-${r.id}`}>{r.name}</Link>
          <div>
            <Typography.Text type="secondary" style={{ fontSize: 12 }} copyable={{ text: r.code }}>{r.code}</Typography.Text>
          </div>
        </div>
      ),
    },
    {
      title: t('proj.col.categorySector'),
      key: 'category',
      width: 100,
      render: (_, r) => (
        <div>
          <CategoryTag category={r.category} />
          <div style={{ fontSize: 12, color: 'rgba(0,0,0,0.55)' }}>{f.label('sector', r.sector)}</div>
        </div>
      ),
    },
    {
      title: t('proj.col.unitTown'),
      key: 'unit',
      width: 150,
      render: (_, r) => (
        <div>
          <Typography.Text ellipsis style={{ maxWidth: 140 }}>{r.responsibleUnitName}</Typography.Text>
          <div style={{ fontSize: 12, color: 'rgba(0,0,0,0.55)' }}>{r.townName ?? '—'}</div>
        </div>
      ),
    },
    {
      title: t('proj.col.planCumWan'),
      key: 'money',
      width: 110,
      align: 'right',
      render: (_, r) => (
        <div>
          <div>{f.num(r.plan, 0)}</div>
          <div style={{ fontSize: 12, color: 'rgba(0,0,0,0.55)' }}>{f.num(r.cum, 0)}</div>
        </div>
      ),
    },
    { title: t('proj.col.completionVsExpected'), key: 'progress', width: 140, render: (_, r) => <ProgressCompare actual={r.completionPct} expected={r.expectedPct} status={r.status} /> },
    {
      title: t('proj.col.status'),
      key: 'status',
      width: 100,
      render: (_, r) => (
        <Space size={4} wrap>
          <StatusTag status={r.status} reasons={r.reasons} testId={`proj-status-${r.id}`} />
          {r.missedStart && <Tag color="red" style={{ marginInlineEnd: 0 }}>{t('proj.col.missedStart')}</Tag>}
        </Space>
      ),
    },
    { title: t('proj.col.openProblems'), dataIndex: 'openProblems', width: 64, align: 'right', render: (v: number, r) => (v > 0 ? <Link to={`/problems?refId=${r.id}`}>{v}</Link> : 0) },
    { title: t('proj.col.lastReport'), key: 'last', width: 120, render: (_, r) => (r.lastReport ? <div><div>{f.month(r.lastReport.period)}</div><ReportStateTag state={r.lastReport.state} /></div> : <ReportStateTag state={null} />) },
  ];
  if (rows.some((r) => r.abilities.update)) {
    columns.push({
      title: t('common.actions'),
      key: 'actions',
      width: 64,
      render: (_, r) => r.abilities.update && <Button size="small" icon={<EditOutlined />} onClick={() => onEdit(r.id)} aria-label={t('common.edit')} data-testid={`proj-edit-${r.id}`} />,
    });
  }
  const pagination: TablePaginationConfig = { current: page, pageSize, total, showSizeChanger: true, showTotal: (n) => t('common.total', { count: n }), onChange: onPage };
  return (
    <Table<ProjectRow>
      data-testid="proj-table"
      rowKey="id"
      size="small"
      loading={loading}
      columns={columns}
      dataSource={rows}
      pagination={pagination}
      scroll={{ x: 1100 }}
      onRow={(r) => ({ 'data-testid': `proj-row-${r.id}`, 'data-status': r.status }) as HTMLAttributes<HTMLElement>}
    />
  );
}
