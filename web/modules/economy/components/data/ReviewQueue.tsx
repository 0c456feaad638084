// 待审核: every submitted value awaiting review, oldest period first; approve, or return with a reason.
import { CheckOutlined, RollbackOutlined } from '@ant-design/icons';
import { Button, Empty, Space, Table, Typography, type TableColumnsType } from 'antd';
import { useState, type HTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { yoyGrowthPct } from '../../../../../common/economy.ts';
import { DateText } from '../../../../components/DateText.tsx';
import { useEconFormat } from '../../hooks/useEconFormat.ts';
import { useReviewValue } from '../../mutations.ts';
import type { QueueItem } from '../../types.ts';
import { ReasonModal } from '../ReasonModal.tsx';
import { GrowthText } from '../status.tsx';

export function ReviewQueue({ items }: { items: QueueItem[] }) {
  const { t } = useTranslation();
  const f = useEconFormat();
  const review = useReviewValue();
  const [returning, setReturning] = useState<QueueItem | null>(null);
  const rows = items.filter((q) => q.state === 'submitted');
  const busy = (v: QueueItem, a: 'approve' | 'return') => review.isPending && review.variables?.id === v.id && review.variables.action === a;
  const columns: TableColumnsType<QueueItem> = [
    { title: t('econ.col.indicator'), key: 'name', width: 200, render: (_, r) => <Link to={`/economy/indicators/${r.indicatorId}?year=${r.period.slice(0, 4)}`}>{r.indicatorName}</Link> },
    { title: t('econ.col.period'), key: 'period', width: 110, render: (_, r) => f.period(r.period, null, true) },
    { title: t('econ.field.cumValue'), key: 'cum', width: 140, align: 'right', render: (_, r) => f.amount(r.cumValue, r.unit) },
    { title: t('econ.field.prevCumValue'), key: 'prev', width: 140, align: 'right', render: (_, r) => f.amount(r.prevCumValue, r.unit) },
    {
      title: t('econ.col.growth'),
      key: 'growth',
      width: 120,
      render: (_, r) => {
        const c = r.cumValue !== null ? yoyGrowthPct(r.cumValue, r.prevCumValue) : null;
        return <GrowthText value={r.yoyPct ?? c} source={r.yoyPct !== null ? 'published' : c !== null ? 'computed' : null} />;
      },
    },
    { title: t('econ.field.note'), dataIndex: 'note', render: (v: string) => <Typography.Paragraph ellipsis={{ rows: 2, tooltip: v }} style={{ margin: 0, maxWidth: 260 }}>{v || '—'}</Typography.Paragraph> },
    { title: t('econ.col.submittedAt'), key: 'at', width: 150, render: (_, r) => <DateText value={r.submittedAt} time /> },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 170,
      render: (_, r) =>
        r.abilities.review && (
          <Space size={4}>
            <Button size="small" type="primary" icon={<CheckOutlined />} loading={busy(r, 'approve')} onClick={() => review.mutate({ id: r.id, action: 'approve', version: r.version })} data-testid={`econ-queue-approve-${r.indicatorCode}-${r.period}`}>
              {t('econ.review.approve')}
            </Button>
            <Button size="small" danger icon={<RollbackOutlined />} onClick={() => setReturning(r)} data-testid={`econ-queue-return-${r.indicatorCode}-${r.period}`}>
              {t('econ.review.return')}
            </Button>
          </Space>
        ),
    },
  ];
  if (!rows.length) return <Empty description={t('econ.desk.queueEmpty')} />;
  return (
    <>
      <Table<QueueItem>
        data-testid="econ-queue-table"
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={rows}
        pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
        scroll={{ x: 'max-content' }}
        onRow={(r) => ({ 'data-testid': `econ-queue-row-${r.indicatorCode}-${r.period}` }) as HTMLAttributes<HTMLElement>}
      />
      <ReasonModal
        open={returning !== null}
        title={returning ? t('econ.review.returnTitle', { name: returning.indicatorName, period: f.period(returning.period, null, true) }) : ''}
        help={t('econ.review.returnHelp')}
        okText={t('econ.review.return')}
        busy={review.isPending}
        onCancel={() => setReturning(null)}
        onSubmit={(reason) => returning && review.mutate({ id: returning.id, action: 'return', reason, version: returning.version }, { onSuccess: () => setReturning(null) })}
      />
    </>
  );
}
