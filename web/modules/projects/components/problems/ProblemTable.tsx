// The problem ledger: counts by status (a count filters the table), filters in the URL and the rows —
// title and project, type, raising and owner units, due date with the overdue flag, status.
import { Badge, Flex, Segmented, Select, Switch, Table, Tag, Typography, type TableColumnsType, type TablePaginationConfig } from 'antd';
import type { HTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { problemStatuses, problemTypes } from '../../../../../common/projects.ts';
import { OrgTreeSelect } from '../../../orgs/components/OrgTreeSelect.tsx';
import { useProjFormat } from '../../hooks/useProjFormat.ts';
import type { ProblemList, ProblemRow } from '../../types.ts';
import { OverdueTag, ProblemStatusTag } from '../tags.tsx';

export type ProblemFilterValues = { status: string; type: string; ownerUnitId: string; overdue: string; refId: string };

export function ProblemFilters({ data, counts, values, onChange }: { data: ProblemList | undefined; counts: ProblemList['counts'] | undefined; values: ProblemFilterValues; onChange: (p: Partial<ProblemFilterValues>) => void }) {
  const { t } = useTranslation();
  const f = useProjFormat();
  const all = counts ? Object.values(counts).reduce((a, b) => a + b, 0) : 0;
  return (
    <>
      <Segmented
        value={values.status || 'all'}
        onChange={(v) => onChange({ status: v === 'all' ? '' : String(v) })}
        options={[
          { value: 'all', label: <span data-testid="problem-count-all">{t('proj.problem.all')} <Badge count={all} showZero color="#bfbfbf" size="small" overflowCount={999} /></span> },
          ...problemStatuses.map((s) => ({ value: s, label: <span data-testid={`problem-count-${s}`} data-value={counts?.[s] ?? 0}>{t(`proj.problemStatus.${s}`)} <Badge count={counts?.[s] ?? 0} showZero color={s === 'open' ? '#fa8c16' : '#bfbfbf'} size="small" /></span> })),
        ]}
        style={{ marginBottom: 12, maxWidth: '100%', overflowX: 'auto' }}
        data-testid="problem-status-filter"
      />
      <Flex wrap gap={8} align="center" style={{ marginBottom: 12 }}>
        <Select allowClear value={values.type || undefined} placeholder={t('proj.problem.type')} onChange={(v?: string) => onChange({ type: v ?? '' })} options={problemTypes.map((x) => ({ value: x, label: f.label('problemType', x) }))} style={{ width: 130 }} data-testid="problem-filter-type" />
        <OrgTreeSelect value={values.ownerUnitId ? Number(values.ownerUnitId) : null} onChange={(v) => onChange({ ownerUnitId: v === null ? '' : String(v) })} placeholder={t('proj.problem.owner')} style={{ width: 220 }} />
        <Flex gap={4} align="center">
          <Switch size="small" checked={values.overdue === '1'} onChange={(v) => onChange({ overdue: v ? '1' : '' })} data-testid="problem-filter-overdue" />
          <Typography.Text>{t('proj.problem.overdueOnly')}</Typography.Text>
          {data && <Tag color="red" style={{ marginInlineStart: 4 }}>{t('proj.problem.overdueCount', { count: data.overdue })}</Tag>}
        </Flex>
        {values.refId && (
          <Tag closable onClose={() => onChange({ refId: '' })} color="blue">
            {t('proj.problem.oneProject')}
          </Tag>
        )}
      </Flex>
    </>
  );
}

type Props = { rows: ProblemRow[]; total: number; page: number; pageSize: number; loading: boolean; onPage: (page: number, pageSize: number) => void };

export function ProblemTable({ rows, total, page, pageSize, loading, onPage }: Props) {
  const { t } = useTranslation();
  const f = useProjFormat();
  const columns: TableColumnsType<ProblemRow> = [
    {
      title: t('proj.problem.titleField'),
      key: 'title',
      width: 320,
      render: (_, r) => (
        <div>
          <Link to={`/problems/${r.id}`} data-testid={`problem-link-${r.id}`}>{r.title}</Link>
          {r.projectName && r.refId && (
            <div>
              <Link to={`/projects/${r.refId}`} style={{ fontSize: 12, color: 'rgba(0,0,0,0.55)' }}>{r.projectName}</Link>
            </div>
          )}
        </div>
      ),
    },
    { title: t('proj.problem.type'), dataIndex: 'type', width: 90, render: (v: string) => <Tag style={{ marginInlineEnd: 0 }}>{f.label('problemType', v)}</Tag> },
    { title: t('proj.problem.raisedBy'), dataIndex: 'raisedByUnitName', width: 150, ellipsis: true },
    { title: t('proj.problem.owner'), dataIndex: 'ownerUnitName', width: 170, ellipsis: true },
    { title: t('proj.problem.raisedAt'), dataIndex: 'raisedAt', width: 130, render: (v: string) => f.date(v) },
    { title: t('proj.problem.dueDate'), key: 'due', width: 170, render: (_, r) => <Flex gap={4} wrap>{f.date(r.dueDate)}<OverdueTag overdue={r.overdue} /></Flex> },
    { title: t('proj.col.status'), dataIndex: 'status', width: 90, render: (v) => <ProblemStatusTag status={v} /> },
  ];
  const pagination: TablePaginationConfig = { current: page, pageSize, total, showSizeChanger: true, showTotal: (n) => t('common.total', { count: n }), onChange: onPage };
  return (
    <Table<ProblemRow>
      data-testid="problem-table"
      rowKey="id"
      size="small"
      loading={loading}
      columns={columns}
      dataSource={rows}
      pagination={pagination}
      scroll={{ x: 1100 }}
      onRow={(r) => ({ 'data-testid': `problem-row-${r.id}`, 'data-status': r.status, 'data-overdue': r.overdue }) as HTMLAttributes<HTMLElement>}
    />
  );
}
