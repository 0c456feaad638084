// The task list, paged on the server: status with its reasons, actual vs expected progress, the last
// report and any open supervision notice.
import { Grid, Table, Typography, type TableColumnsType } from 'antd';
import type { HTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { periodLabel } from '../../../../../common/periods.ts';
import { DateText } from '../../../../components/DateText.tsx';
import { useShortLang } from '../../../../i18n/index.ts';
import type { PlanStructure, TaskSummary } from '../../types.ts';
import { ProgressCompare } from '../ProgressCompare.tsx';
import { LevelTag, ReportStateTag, StatusTag } from '../status.tsx';

type Props = {
  plan: PlanStructure;
  items: TaskSummary[];
  total: number;
  page: number;
  pageSize: number;
  loading: boolean;
  onPage: (page: number, pageSize: number) => void;
};

export function TaskTable({ plan, items, total, page, pageSize, loading, onPage }: Props) {
  const { t } = useTranslation();
  const lang = useShortLang();
  const screens = Grid.useBreakpoint();
  const areas = new Map(plan.areas.map((a) => [a.id, a]));
  const columns: TableColumnsType<TaskSummary> = [
    { title: t('plan.task.code'), dataIndex: 'code', width: 104, responsive: ['md'], render: (v: string) => <span style={{ fontSize: 12, whiteSpace: 'nowrap' }}>{v}</span> },
    {
      title: t('plan.task.title'),
      key: 'title',
      render: (_, r) => (
        <div style={{ minWidth: 140, maxWidth: 'min(300px, calc(100vw - 150px))' }}>
          <Link to={`/plan/tasks/${r.id}`} data-testid={`task-link-${r.code}`}>
            {r.title}
          </Link>
          {r.category === '党建' && <Typography.Text type="danger" style={{ fontSize: 12, marginInlineStart: 6, whiteSpace: 'nowrap' }}>{t('plan.categories.党建')}</Typography.Text>}
          {!screens.md && (
            <div style={{ fontSize: 12, color: 'rgba(0,0,0,0.45)' }}>
              {r.code} · {r.leadUnitName} · <DateText value={r.dueDate} />
            </div>
          )}
        </div>
      ),
    },
    { title: t('plan.task.area'), key: 'area', width: 96, responsive: ['xxl'], render: (_, r) => areas.get(r.areaId)?.shortTitle ?? '—' },
    { title: t('plan.task.leadUnit'), dataIndex: 'leadUnitName', width: 110, responsive: ['md'] },
    {
      title: t('plan.task.dueDate'),
      dataIndex: 'dueDate',
      width: 130,
      responsive: ['lg'],
      render: (v: string) => (
        <span style={{ whiteSpace: 'nowrap' }}>
          <DateText value={v} />
        </span>
      ),
    },
    {
      title: t('plan.task.status'),
      key: 'status',
      width: 76,
      render: (_, r) => <StatusTag status={r.status} reasons={r.reasons} rule={plan.rule} testId="task-status" />,
    },
    {
      title: t('plan.progress.column'),
      key: 'progress',
      width: 124,
      responsive: ['sm'],
      render: (_, r) => <ProgressCompare actual={r.actualPct} expected={r.expectedPct} status={r.status} />,
    },
    {
      title: t('plan.report.last'),
      key: 'lastReport',
      width: 116,
      responsive: ['lg'],
      render: (_, r) =>
        r.lastReport ? (
          <span style={{ whiteSpace: 'nowrap' }}>
            {periodLabel(r.lastReport.period, lang).replace(/^\d{4}年|\s\d{4}$/, '')} <ReportStateTag state={r.lastReport.state} />
          </span>
        ) : (
          <ReportStateTag state={null} />
        ),
    },
    { title: t('plan.supervision.short'), dataIndex: 'supervision', width: 84, responsive: ['lg'], render: (v: TaskSummary['supervision']) => <LevelTag level={v} /> },
  ];
  return (
    <Table<TaskSummary>
      data-testid="task-table"
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={items}
      loading={loading}
      scroll={{ x: 'max-content' }}
      onRow={(r) => ({ 'data-testid': `task-row-${r.code}`, 'data-status': r.status }) as HTMLAttributes<HTMLElement>}
      pagination={{
        current: page,
        pageSize,
        total,
        showSizeChanger: true,
        pageSizeOptions: [10, 20, 50, 100],
        showTotal: (n) => t('common.total', { count: n }),
        onChange: onPage,
      }}
    />
  );
}
