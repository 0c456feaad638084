// The audit events, paged on the server; a row expands to its before / after.
import { Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { roleLabels, type Role } from '../../../../common/permissions.ts';
import { DateText } from '../../../components/DateText.tsx';
import { useShortLang } from '../../../i18n/index.ts';
import type { AuditEvent } from '../api.ts';
import { AuditChange } from './AuditChange.tsx';

type Props = {
  items: AuditEvent[];
  total: number;
  page: number;
  pageSize: number;
  loading: boolean;
  onPage: (page: number, pageSize: number) => void;
  onActor: (actorId: number) => void;
};

export function AuditTable({ items, total, page, pageSize, loading, onPage, onActor }: Props) {
  const { t } = useTranslation();
  const lang = useShortLang();
  const columns: TableColumnsType<AuditEvent> = [
    { title: t('audit.seq'), dataIndex: 'seq', width: 80, fixed: 'left' }, // a fixed column keeps expanded rows within the viewport
    { title: t('audit.at'), dataIndex: 'at', width: 190, render: (v: string) => <DateText value={v} time seconds /> },
    {
      title: t('audit.actor'),
      key: 'actor',
      width: 170,
      render: (_, e) =>
        e.actorId === null ? (
          <Typography.Text type="secondary">{e.actorName ?? '—'}</Typography.Text>
        ) : (
          <span>
            <a onClick={() => onActor(e.actorId!)} title={t('audit.filterByActor')}>
              {e.actorName ?? `#${e.actorId}`}
            </a>
            {e.actorRole && (
              <Typography.Text type="secondary" style={{ fontSize: 12, display: 'block' }}>
                {roleLabels[e.actorRole as Role]?.[lang] ?? e.actorRole}
              </Typography.Text>
            )}
          </span>
        ),
    },
    { title: t('audit.action'), dataIndex: 'action', width: 170, render: (v: string) => <code>{v}</code> },
    {
      title: t('audit.entity'),
      key: 'entity',
      width: 150,
      responsive: ['md'],
      render: (_, e) => (e.entityType ? `${e.entityType}${e.entityId !== null && e.entityId !== undefined ? ` #${e.entityId}` : ''}` : '—'),
    },
    {
      title: t('audit.result'),
      dataIndex: 'result',
      width: 90,
      render: (r: AuditEvent['result']) => (r === 'success' ? <Tag color="success">{t('audit.success')}</Tag> : <Tag color="error">{t('audit.failure')}</Tag>),
    },
    { title: t('audit.ip'), dataIndex: 'ip', width: 140, responsive: ['lg'], render: (v: string | null) => v ?? '—' },
  ];
  return (
    <Table<AuditEvent>
      data-testid="audit-table"
      rowKey="seq"
      size="middle"
      columns={columns}
      dataSource={items}
      loading={loading}
      scroll={{ x: 'max-content' }}
      expandable={{
        expandedRowRender: (e) => <AuditChange event={e} />,
        rowExpandable: (e) => e.before !== null || e.after !== null,
      }}
      pagination={{
        current: page,
        pageSize,
        total,
        showSizeChanger: true,
        pageSizeOptions: [20, 50, 100, 200],
        showTotal: (n) => t('common.total', { count: n }),
        onChange: onPage,
      }}
    />
  );
}
