// Study sessions (学习记录) in a table: date, kind, unit, topic, attendance, linked task.
import { Table, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DateText } from '../../../../components/DateText.tsx';
import type { StudySession } from '../../types.ts';

export function StudyTable({ items, loading, showTask = true, compact = false }: { items: StudySession[]; loading?: boolean; showTask?: boolean; compact?: boolean }) {
  const { t } = useTranslation();
  const columns: TableColumnsType<StudySession> = [
    { title: t('plan.party.heldOn'), dataIndex: 'heldOn', width: 130, render: (v: string) => <DateText value={v} /> },
    { title: t('plan.party.kind'), dataIndex: 'kind', width: 130, render: (k: StudySession['kind']) => t(`plan.studyKinds.${k}`, { defaultValue: k }) },
    { title: t('plan.party.unit'), dataIndex: 'unitName', width: 120, responsive: ['md'] },
    { title: t('plan.party.topic'), dataIndex: 'topic', render: (v: string) => <div style={{ minWidth: 140, maxWidth: 360 }}>{v}</div> },
    { title: t('plan.party.attendeeCount'), dataIndex: 'attendeeCount', width: 90, align: 'right' },
    ...(showTask
      ? [{ title: t('plan.party.task'), dataIndex: 'taskId', width: 90, responsive: ['lg' as const], render: (id: number | null) => (id ? <Link to={`/plan/tasks/${id}`}>{t('plan.party.openTask')}</Link> : '—') }]
      : []),
  ];
  return (
    <Table<StudySession>
      data-testid="study-table"
      rowKey="id"
      size={compact ? 'small' : 'middle'}
      columns={columns}
      dataSource={items}
      loading={loading}
      scroll={{ x: 'max-content' }}
      pagination={{ pageSize: compact ? 5 : 20, hideOnSinglePage: true, showSizeChanger: false, size: compact ? 'small' : undefined }}
      expandable={{
        rowExpandable: (r) => !!(r.attendees || r.notes),
        expandedRowRender: (r) => (
          <>
            {r.attendees && <Typography.Paragraph style={{ margin: 0 }}>{t('plan.party.attendees')}{t('common.punct.colon')}{r.attendees}</Typography.Paragraph>}
            {r.notes && <Typography.Paragraph style={{ margin: 0 }}>{t('plan.party.notes')}{t('common.punct.colon')}{r.notes}</Typography.Paragraph>}
          </>
        ),
      }}
    />
  );
}
