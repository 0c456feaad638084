// The monthly reports of a task: returned ones with their reason on top, then the table with
// state tags; reviewers approve or return submitted reports, the lead unit reopens drafts and
// returned ones.
import { CheckOutlined, EditOutlined, RollbackOutlined } from '@ant-design/icons';
import { Button, Card, Descriptions, Grid, Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useState, type HTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { comparePeriods, periodLabel } from '../../../../../common/periods.ts';
import { DateText } from '../../../../components/DateText.tsx';
import { useShortLang } from '../../../../i18n/index.ts';
import { useReviewReport } from '../../mutations.ts';
import type { Report, TaskDetail } from '../../types.ts';
import { ReportStateTag } from '../status.tsx';
import { ReturnModal } from './ReturnModal.tsx';

type Props = { task: TaskDetail; onEdit: (period: string) => void };

export function ReportsCard({ task, onEdit }: Props) {
  const { t } = useTranslation();
  const lang = useShortLang();
  const review = useReviewReport();
  const narrow = !Grid.useBreakpoint().sm;
  const [returning, setReturning] = useState<Report | null>(null);
  const rows = [...task.reports].sort((a, b) => comparePeriods(b.period, a.period));
  const busy = (r: Report, action: 'approve' | 'return') => review.isPending && review.variables?.reportId === r.id && review.variables.action === action;
  const amount = (r: Report) =>
    [r.cumulativePct !== null ? `${r.cumulativePct}%` : null, r.cumulativeValue !== null && task.target ? `${r.cumulativeValue} ${task.target.unit}` : null].filter(Boolean).join(' / ') || '—';

  const columns: TableColumnsType<Report> = [
    { title: t('plan.report.period'), dataIndex: 'period', width: 110, render: (p: string) => <span style={{ whiteSpace: 'nowrap' }}>{periodLabel(p, lang)}</span> },
    { title: t('plan.report.state'), dataIndex: 'state', width: 90, render: (s: Report['state']) => <ReportStateTag state={s} /> },
    { title: t('plan.report.cumulative'), key: 'amount', width: 120, responsive: ['sm'], render: (_, r) => <span style={{ whiteSpace: 'nowrap' }}>{amount(r)}</span> },
    {
      title: t('plan.report.narrative'),
      dataIndex: 'narrative',
      responsive: ['md'],
      render: (v: string, r) => (
        <div style={{ maxWidth: 360 }}>
          <Typography.Paragraph ellipsis={{ rows: 2, tooltip: v }} style={{ margin: 0 }}>
            {v}
          </Typography.Paragraph>
          {r.needsCoordination && <Tag color="orange">{t('plan.report.needsCoordination')}</Tag>}
        </div>
      ),
    },
    { title: t('plan.report.submittedAt'), dataIndex: 'submittedAt', width: 150, responsive: ['lg'], render: (v: string | null) => <DateText value={v} time /> },
    {
      title: t('common.actions'),
      key: 'actions',
      width: narrow ? 90 : 170,
      render: (_, r) => (
        <Space size={4} wrap>
          {task.abilities.review && r.state === 'submitted' && (
            <>
              <Button
                size="small"
                type="primary"
                icon={<CheckOutlined />}
                loading={busy(r, 'approve')}
                onClick={() => review.mutate({ reportId: r.id, action: 'approve', version: r.version })}
                data-testid={`review-approve-${r.period}`}
                aria-label={t('plan.review.approve')}
              >
                {!narrow && t('plan.review.approve')}
              </Button>
              <Button size="small" danger icon={<RollbackOutlined />} onClick={() => setReturning(r)} aria-label={t('plan.review.return')} data-testid={`review-return-${r.period}`}>
                {!narrow && t('plan.review.return')}
              </Button>
            </>
          )}
          {task.abilities.report && (r.state === 'draft' || r.state === 'returned') && (
            <Button size="small" icon={<EditOutlined />} onClick={() => onEdit(r.period)} data-testid={`report-edit-${r.period}`}>
              {r.state === 'returned' ? t('plan.report.resubmit') : t('plan.report.continue')}
            </Button>
          )}
        </Space>
      ),
    },
  ];

  return (
    <Card size="small" title={t('plan.report.cardTitle')} id="reports" data-testid="report-card">
      <Table<Report>
        data-testid="report-table"
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={rows}
        pagination={{ pageSize: 6, size: 'small', hideOnSinglePage: true, showSizeChanger: false }}
        scroll={{ x: 'max-content' }}
        onRow={(r) => ({ 'data-testid': `report-row-${r.period}`, 'data-state': r.state }) as HTMLAttributes<HTMLElement>}
        expandable={{
          expandedRowRender: (r) => (
            <Descriptions
              size="small"
              column={1}
              items={[
                { key: 'n', label: t('plan.report.narrative'), children: r.narrative },
                { key: 'p', label: t('plan.reportForm.problems'), children: r.problems || '—' },
                { key: 's', label: t('plan.reportForm.nextSteps'), children: r.nextSteps || '—' },
                ...(r.returnReason ? [{ key: 'r', label: t('plan.report.returnReason'), children: r.returnReason }] : []),
                { key: 'v', label: t('plan.report.reviewedAt'), children: <DateText value={r.reviewedAt} time /> },
              ]}
            />
          ),
        }}
      />
      <ReturnModal
        report={returning}
        busy={review.isPending}
        onCancel={() => setReturning(null)}
        onSubmit={(reason) => returning && review.mutate({ reportId: returning.id, action: 'return', reason, version: returning.version }, { onSuccess: () => setReturning(null) })}
      />
    </Card>
  );
}
