// All supervision notices of the year in scope: level colour, task, unit, trigger, reply date
// (overdue rows highlighted), state; the lead unit answers from here.
import { MessageOutlined } from '@ant-design/icons';
import { Button, Grid, Modal, Pagination, Table, Typography, type TableColumnsType } from 'antd';
import { useState, type HTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DateText } from '../../../../components/DateText.tsx';
import type { NoticeRow } from '../../types.ts';
import { LevelTag } from '../status.tsx';
import { NoticeItem, NoticeStateTag } from './NoticeItem.tsx';

type Props = { items: NoticeRow[]; loading: boolean; page: number; onPage: (p: number, size: number) => void; pageSize: number };

export function NoticeTable({ items, loading, page, pageSize, onPage }: Props) {
  const { t } = useTranslation();
  const [replying, setReplying] = useState<NoticeRow | null>(null);
  const screens = Grid.useBreakpoint();
  if (!screens.md)
    return (
      <div data-testid="notice-table">
        {items.slice((page - 1) * pageSize, page * pageSize).map((r) => (
          <NoticeItem
            key={r.id}
            notice={r}
            canReply={r.abilities.reply}
            heading={
              <div style={{ marginBottom: 4 }}>
                <Link to={`/plan/tasks/${r.taskId}`}>{r.taskTitle}</Link>
                <div style={{ fontSize: 12, color: 'rgba(0,0,0,0.45)' }}>
                  {r.taskCode} · {r.leadUnitName}
                </div>
              </div>
            }
          />
        ))}
        <Pagination size="small" align="end" current={page} pageSize={pageSize} total={items.length} onChange={onPage} showSizeChanger={false} hideOnSinglePage />
      </div>
    );
  const columns: TableColumnsType<NoticeRow> = [
    { title: t('plan.supervision.level'), dataIndex: 'level', width: 90, render: (v: NoticeRow['level']) => <LevelTag level={v} /> },
    {
      title: t('plan.task.title'),
      key: 'task',
      render: (_, r) => (
        <div style={{ minWidth: 140, maxWidth: 'min(280px, calc(100vw - 150px))' }}>
          <Link to={`/plan/tasks/${r.taskId}`}>{r.taskTitle}</Link>
          <div style={{ fontSize: 12, color: 'rgba(0,0,0,0.45)' }}>{r.taskCode}</div>
        </div>
      ),
    },
    { title: t('plan.task.leadUnit'), dataIndex: 'leadUnitName', width: 120, responsive: ['md'] },
    { title: t('plan.supervision.trigger'), dataIndex: 'trigger', width: 130, responsive: ['lg'], render: (v: NoticeRow['trigger']) => t(`plan.supervision.triggers.${v}`) },
    {
      title: t('plan.supervision.reason'),
      dataIndex: 'reason',
      responsive: ['xxl'],
      render: (v: string) => (
        <Typography.Paragraph ellipsis={{ rows: 2, tooltip: v }} style={{ margin: 0, maxWidth: 260 }}>
          {v}
        </Typography.Paragraph>
      ),
    },
    {
      title: t('plan.supervision.replyDue'),
      dataIndex: 'replyDue',
      width: 130,
      render: (v: string, r) => (
        <span style={{ color: r.overdue ? '#f5222d' : undefined, fontWeight: r.overdue ? 600 : undefined }}>
          <DateText value={v} />
        </span>
      ),
    },
    { title: t('plan.supervision.state'), key: 'state', width: 130, render: (_, r) => <NoticeStateTag notice={r} /> },
    { title: t('plan.supervision.issuedAt'), dataIndex: 'issuedAt', width: 130, responsive: ['xxl'], render: (v: string) => <DateText value={v} /> },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 90,
      render: (_, r) =>
        r.abilities.reply ? (
          <Button size="small" icon={<MessageOutlined />} onClick={() => setReplying(r)} data-testid={`notice-reply-open-${r.id}`}>
            {t('plan.supervision.reply')}
          </Button>
        ) : null,
    },
  ];
  return (
    <>
      <Table<NoticeRow>
        data-testid="notice-table"
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={items}
        loading={loading}
        scroll={{ x: 'max-content' }}
        onRow={(r) => ({ 'data-testid': `notice-row-${r.id}`, 'data-overdue': r.overdue, style: r.overdue ? { background: '#fff1f0' } : undefined }) as HTMLAttributes<HTMLElement>}
        expandable={{ expandedRowRender: (r) => <NoticeItem notice={r} canReply={false} /> }}
        pagination={{ current: page, pageSize, showSizeChanger: true, pageSizeOptions: [10, 20, 50, 100], showTotal: (n) => t('common.total', { count: n }), onChange: onPage }}
      />
      <Modal open={!!replying} title={replying?.taskTitle} footer={null} onCancel={() => setReplying(null)} destroyOnHidden>
        {replying && <NoticeItem notice={replying} canReply />}
      </Modal>
    </>
  );
}
