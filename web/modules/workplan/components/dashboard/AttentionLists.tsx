// What needs attention: overdue, lagging, missing monthly reports, reports waiting for review.
// Every row links to its task.
import { Badge, Card, Table, Tabs, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { periodLabel } from '../../../../../common/periods.ts';
import { DateText } from '../../../../components/DateText.tsx';
import { useShortLang } from '../../../../i18n/index.ts';
import type { Attention, Dashboard, StatusRule, TaskPick } from '../../types.ts';
import { StatusTag } from '../status.tsx';

export type AttentionTab = 'overdue' | 'lagging' | 'missing' | 'review';

type Props = { data: Dashboard; rule: StatusRule; tab: AttentionTab; onTab: (t: AttentionTab) => void };

export function AttentionLists({ data, rule, tab, onTab }: Props) {
  const { t } = useTranslation();
  const lang = useShortLang();
  const pickColumns = (extra: TableColumnsType<TaskPick>): TableColumnsType<TaskPick> => [
    {
      title: t('plan.task.title'),
      key: 'title',
      render: (_, r) => (
        <div style={{ minWidth: 140, maxWidth: 'min(420px, calc(100vw - 150px))' }}>
          <Link to={`/plan/tasks/${r.id}`}>{r.title}</Link>
        </div>
      ),
    },
    { title: t('plan.task.leadUnit'), dataIndex: 'leadUnitName', width: 140, responsive: ['md'] },
    { title: t('plan.task.status'), key: 'status', width: 80, render: (_, r) => <StatusTag status={r.status} reasons={r.reasons} rule={rule} /> },
    ...extra,
  ];
  const gap: TableColumnsType<TaskPick> = [
    { title: t('plan.progress.gap'), dataIndex: 'gapPp', width: 90, render: (v: number) => <span style={{ color: v < 0 ? '#f5222d' : undefined }}>{t('plan.progress.pp', { value: v })}</span> },
  ];
  const due: TableColumnsType<TaskPick> = [{ title: t('plan.task.dueDate'), dataIndex: 'dueDate', width: 130, responsive: ['sm'], render: (v: string) => <DateText value={v} /> }];
  const missing: TableColumnsType<TaskPick> = [
    { title: t('plan.report.period'), dataIndex: 'missingReport', width: 110, render: (v: string | null) => (v ? periodLabel(v, lang) : '—') },
  ];
  const table = (rows: TaskPick[], columns: TableColumnsType<TaskPick>, testId: string, kind: Attention, count: number) => (
    <>
      {count > rows.length && (
        <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }} data-testid={`${testId}-more`}>
          {t('plan.dashboard.firstOf', { shown: rows.length, count })}{' '}
          <Link to={`/plan/tasks?year=${data.year}&attention=${kind}`}>{t('plan.dashboard.viewAll')}</Link>
        </Typography.Paragraph>
      )}
      <Table<TaskPick>
      data-testid={testId}
      rowKey="id"
      size="small"
      columns={columns}
      dataSource={rows}
      pagination={{ pageSize: 8, size: 'small', hideOnSinglePage: true, showSizeChanger: false }}
      scroll={{ x: 'max-content' }}
      />
    </>
  );
  type Review = Dashboard['pendingReview'][number];
  const reviewColumns: TableColumnsType<Review> = [
    {
      title: t('plan.task.title'),
      key: 'title',
      render: (_, r) => (
        <div style={{ minWidth: 140, maxWidth: 'min(420px, calc(100vw - 150px))' }}>
          <Link to={`/plan/tasks/${r.taskId}#reports`}>{r.title}</Link>
        </div>
      ),
    },
    { title: t('plan.report.period'), dataIndex: 'period', width: 120, render: (v: string) => periodLabel(v, lang) },
  ];
  const label = (key: string, n: number) => (
    <span>
      {t(`plan.dashboard.${key}`)} <Badge count={n} showZero overflowCount={999} color={n ? '#f5222d' : '#bfbfbf'} />
    </span>
  );
  return (
    <Card size="small" id="plan-missing" data-testid="plan-attention">
      <Tabs
        activeKey={tab}
        onChange={(k) => onTab(k as AttentionTab)}
        items={[
          { key: 'overdue', label: label('overdue', data.counts.overdue), children: table(data.overdue, pickColumns(due), 'plan-list-overdue', 'overdue', data.counts.overdue) },
          { key: 'lagging', label: label('lagging', data.counts.lagging), children: table(data.lagging, pickColumns(gap), 'plan-list-lagging', 'lagging', data.counts.lagging) },
          { key: 'missing', label: label('missing', data.counts.missingReports), children: table(data.missingReports, pickColumns(missing), 'plan-list-missing', 'missing', data.counts.missingReports) },
          {
            key: 'review',
            label: label('review', data.pendingReview.length),
            children: (
              <Table<Review>
                data-testid="plan-list-review"
                rowKey="id"
                size="small"
                columns={reviewColumns}
                dataSource={data.pendingReview}
                pagination={{ pageSize: 8, size: 'small', hideOnSinglePage: true, showSizeChanger: false }}
              />
            ),
          },
        ]}
      />
    </Card>
  );
}
