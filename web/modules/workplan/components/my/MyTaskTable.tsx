// The tasks my unit leads with this month's report state and the report button.
import { FormOutlined } from '@ant-design/icons';
import { Button, Flex, Grid, Table, Tag, type TableColumnsType } from 'antd';
import type { HTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { comparePeriods, periodLabel, periodOf } from '../../../../../common/periods.ts';
import { useShortLang } from '../../../../i18n/index.ts';
import type { PlanStructure, TaskSummary } from '../../types.ts';
import { ProgressCompare } from '../ProgressCompare.tsx';
import { LevelTag, ReportStateTag, StatusTag } from '../status.tsx';

export function MyTaskTable({ plan, items, loading, period }: { plan: PlanStructure; items: TaskSummary[]; loading: boolean; period: string }) {
  const { t } = useTranslation();
  const lang = useShortLang();
  const navigate = useNavigate();
  const screens = Grid.useBreakpoint();
  const monthState = (r: TaskSummary) => {
    if (r.lastReport?.period === period) return <ReportStateTag state={r.lastReport.state} testId={`my-report-${r.code}`} />;
    const inRange = comparePeriods(period, periodOf(r.startDate, 'month')) >= 0 && comparePeriods(period, periodOf(r.dueDate, 'month')) <= 0;
    if (!inRange || r.state !== 'active') return <span style={{ color: '#bfbfbf' }}>—</span>;
    if (r.missingReport === period) return <Tag color="red" data-testid={`my-report-${r.code}`}>{t('plan.my.lateDays', { days: r.reportLateWorkingDays })}</Tag>;
    return <Tag color="orange" data-testid={`my-report-${r.code}`}>{t('plan.my.toReport')}</Tag>;
  };
  // A month already submitted or approved needs no button; a draft or returned one does.
  const canReport = (r: TaskSummary) => r.abilities.report && r.state === 'active' && !(r.lastReport?.period === period && (r.lastReport.state === 'submitted' || r.lastReport.state === 'approved') && !r.missingReport);
  const reportButton = (r: TaskSummary) =>
    canReport(r) ? (
      <Button size="small" icon={<FormOutlined />} onClick={() => void navigate(`/plan/tasks/${r.id}?report=1`)} data-testid={`my-report-open-${r.code}`}>
        {t('plan.report.open')}
      </Button>
    ) : null;
  if (!screens.md)
    return (
      <div data-testid="my-task-table">
        {items.map((r) => (
          <div key={r.id} style={{ borderBottom: '1px solid #f0f0f0', padding: '10px 0' }} data-testid={`task-row-${r.code}`}>
            <Link to={`/plan/tasks/${r.id}`}>{r.title}</Link>
            <Flex wrap gap={6} align="center" style={{ marginTop: 6 }}>
              <StatusTag status={r.status} reasons={r.reasons} rule={plan.rule} testId="task-status" />
              {monthState(r)}
              <LevelTag level={r.supervision} />
              <span style={{ flex: 1 }} />
              {reportButton(r)}
            </Flex>
          </div>
        ))}
      </div>
    );
  const columns: TableColumnsType<TaskSummary> = [
    {
      title: t('plan.task.title'),
      key: 'title',
      render: (_, r) => (
        <div style={{ minWidth: 140, maxWidth: 'min(340px, calc(100vw - 150px))' }}>
          <Link to={`/plan/tasks/${r.id}`}>{r.title}</Link>
          {r.missingReport && r.missingReport !== period && (
            <div>
              <Tag color="red">{t('plan.task.missingReport', { period: periodLabel(r.missingReport, lang) })}</Tag>
            </div>
          )}
        </div>
      ),
    },
    { title: t('plan.task.status'), key: 'status', width: 76, render: (_, r) => <StatusTag status={r.status} reasons={r.reasons} rule={plan.rule} testId="task-status" /> },
    { title: t('plan.my.monthReport', { month: periodLabel(period, lang) }), key: 'month', width: 130, render: (_, r) => monthState(r) },
    { title: t('plan.progress.column'), key: 'progress', width: 130, responsive: ['md'], render: (_, r) => <ProgressCompare actual={r.actualPct} expected={r.expectedPct} status={r.status} /> },
    { title: t('plan.supervision.short'), dataIndex: 'supervision', width: 80, responsive: ['lg'], render: (v: TaskSummary['supervision']) => <LevelTag level={v} /> },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 110,
      render: (_, r) => reportButton(r),
    },
  ];
  return (
    <Table<TaskSummary>
      data-testid="my-task-table"
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={items}
      loading={loading}
      scroll={{ x: 'max-content' }}
      onRow={(r) => ({ 'data-testid': `task-row-${r.code}` }) as HTMLAttributes<HTMLElement>}
      pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
    />
  );
}
