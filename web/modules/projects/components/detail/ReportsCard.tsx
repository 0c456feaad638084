// The project's monthly investment reports: total and its parts (万元), physical progress, state and the
// return reason; edit while not approved, and approve or return with a reason for reviewers.
import { CheckOutlined, EditOutlined, RollbackOutlined } from '@ant-design/icons';
import { Button, Card, Space, Table, Typography, type TableColumnsType } from 'antd';
import { useState, type HTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { ReportStateTag } from '../../../workplan/components/status.tsx';
import { useProjFormat } from '../../hooks/useProjFormat.ts';
import { useReviewInvestment } from '../../mutations.ts';
import type { InvestmentReport, ProjectDetail } from '../../types.ts';
import { ReasonModal } from '../ReasonModal.tsx';

export function ReportsCard({ project, onEdit }: { project: ProjectDetail; onEdit: (period: string) => void }) {
  const { t } = useTranslation();
  const f = useProjFormat();
  const review = useReviewInvestment();
  const [returning, setReturning] = useState<InvestmentReport | null>(null);
  const busy = (r: InvestmentReport) => review.isPending && review.variables?.id === r.id;
  const rows = [...project.reports].sort((a, b) => b.period.localeCompare(a.period));
  const columns: TableColumnsType<InvestmentReport> = [
    { title: t('proj.report.period'), dataIndex: 'period', width: 96, render: (v: string) => f.month(v) },
    { title: t('proj.report.monthTotal'), dataIndex: 'monthTotal', width: 100, align: 'right', render: (v: number) => f.num(v) },
    {
      title: t('proj.report.parts'),
      key: 'parts',
      width: 170,
      align: 'right',
      render: (_, r) => <span style={{ whiteSpace: 'nowrap' }}>{`${f.num(r.construction)} / ${f.num(r.equipment)} / ${f.num(r.other)}`}</span>,
    },
    {
      title: t('proj.report.physicalProgress'),
      key: 'physical',
      render: (_, r) => (
        <div style={{ minWidth: 160 }}>
          <Typography.Text ellipsis={{ tooltip: true }} style={{ maxWidth: 300 }}>
            {r.physicalProgress}
            {r.physicalQuantity !== null ? `（${f.num(r.physicalQuantity)} ${r.physicalUnit}）` : ''}
          </Typography.Text>
          {r.explanation && <div><Typography.Text type="warning" style={{ fontSize: 12 }}>{t('proj.report.explanationShort', { text: r.explanation })}</Typography.Text></div>}
          {r.state === 'returned' && r.returnReason && <div><Typography.Text type="danger" style={{ fontSize: 12 }} data-testid={`proj-return-reason-${r.period}`}>{t('proj.report.returnReason', { reason: r.returnReason })}</Typography.Text></div>}
        </div>
      ),
    },
    { title: t('proj.col.state'), dataIndex: 'state', width: 90, render: (v) => <ReportStateTag state={v} /> },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 250,
      render: (_, r) => (
        <Space size={4}>
          {r.abilities.review && (
            <>
              <Button size="small" type="primary" icon={<CheckOutlined />} loading={busy(r) && review.variables?.action === 'approve'} onClick={() => review.mutate({ id: r.id, action: 'approve', version: r.version })} data-testid={`proj-approve-${r.period}`}>
                {t('proj.report.approve')}
              </Button>
              <Button size="small" danger icon={<RollbackOutlined />} onClick={() => setReturning(r)} data-testid={`proj-return-${r.period}`}>
                {t('proj.report.return')}
              </Button>
            </>
          )}
          {r.abilities.edit && (
            <Button size="small" icon={<EditOutlined />} onClick={() => onEdit(r.period)} data-testid={`proj-report-edit-${r.period}`}>
              {t('common.edit')}
            </Button>
          )}
        </Space>
      ),
    },
  ];
  return (
    <Card size="small" title={t('proj.report.cardTitle')} data-testid="proj-reports">
      <Table<InvestmentReport>
        data-testid="proj-reports-table"
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={rows}
        pagination={{ pageSize: 12, hideOnSinglePage: true, showSizeChanger: false }}
        scroll={{ x: 'max-content' }}
        onRow={(r) => ({ 'data-testid': `proj-report-row-${r.period}`, 'data-state': r.state }) as HTMLAttributes<HTMLElement>}
      />
      <ReasonModal
        open={returning !== null}
        title={returning ? t('proj.report.returnTitle', { period: f.month(returning.period) }) : ''}
        help={t('proj.report.returnHelp')}
        okText={t('proj.report.return')}
        busy={review.isPending}
        onCancel={() => setReturning(null)}
        onSubmit={(reason) => returning && review.mutate({ id: returning.id, action: 'return', reason, version: returning.version }, { onSuccess: () => setReturning(null) })}
        testId="proj-return"
      />
    </Card>
  );
}
