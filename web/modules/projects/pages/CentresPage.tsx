// 工程研究中心储备库: reserve centres with host, field, target level, R&D spend, team, readiness and
// status; a centre not reviewed within the review period is flagged; each row opens its status history;
// add, edit and the periodic review when allowed.
import { AuditOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Rate, Space, Table, Tag, Timeline, Typography, type TableColumnsType } from 'antd';
import { useState, type HTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../i18n/format.ts';
import { useUiLang } from '../../../i18n/index.ts';
import { useCentres } from '../api.ts';
import { CentreModal, CentreReviewModal } from '../components/portfolio/CentreModals.tsx';
import { ProjPage } from '../components/ProjPage.tsx';
import { useProjFormat } from '../hooks/useProjFormat.ts';
import type { Centre } from '../types.ts';

const statusColors: Record<string, string> = { 储备: 'default', 培育: 'processing', 申报中: 'gold', 已认定: 'success', 撤销: 'error' };

export function CentresPage() {
  const { t } = useTranslation();
  const f = useProjFormat();
  const lang = useUiLang();
  const centres = useCentres();
  const [editing, setEditing] = useState<{ row: Centre | null } | null>(null);
  const [reviewing, setReviewing] = useState<Centre | null>(null);
  const d = centres.data;
  const columns: TableColumnsType<Centre> = [
    { title: t('proj.centre.nameHost'), key: 'name', width: 250, render: (_, r) => <div>{r.name}<div style={{ fontSize: 12, color: 'rgba(0,0,0,0.55)' }}>{r.hostOrg}</div></div> },
    { title: t('proj.centre.field'), dataIndex: 'field', width: 100 },
    { title: t('proj.centre.targetLevel'), dataIndex: 'targetLevel', width: 80, render: (v: string) => f.label('level', v) },
    { title: t('proj.centre.rdSpendWan'), dataIndex: 'rdSpend', width: 100, align: 'right', render: (v: number) => f.num(v) },
    { title: t('proj.centre.teamSize'), dataIndex: 'teamSize', width: 70, align: 'right' },
    { title: t('proj.centre.readiness'), dataIndex: 'readiness', width: 150, render: (v: number) => <Rate disabled count={5} value={v} style={{ fontSize: 12 }} /> },
    { title: t('proj.centre.status'), dataIndex: 'status', width: 90, render: (v: string) => <Tag color={statusColors[v]}>{f.label('centreStatus', v)}</Tag> },
    {
      title: t('proj.centre.lastReviewed'),
      key: 'reviewed',
      width: 170,
      render: (_, r) => (
        <Space size={4} wrap>
          {f.date(r.lastReviewed)}
          {r.reviewOverdue && <Tag color="warning" data-testid={`centre-overdue-${r.id}`}>{t('proj.centre.reviewOverdue')}</Tag>}
        </Space>
      ),
    },
    ...(d?.abilities.write
      ? [{
          title: t('common.actions'),
          key: 'actions',
          width: 170,
          render: (_: unknown, r: Centre) => (
            <Space size={4}>
              <Button size="small" icon={<AuditOutlined />} onClick={() => setReviewing(r)} data-testid={`centre-review-${r.id}`}>{t('proj.centre.review')}</Button>
              <Button size="small" icon={<EditOutlined />} onClick={() => setEditing({ row: r })} aria-label={t('common.edit')} />
            </Space>
          ),
        }]
      : []),
  ];
  return (
    <ProjPage
      title={t('proj.centre.title')}
      testId="centres-page"
      bar={d && <Typography.Text type="secondary">{t('proj.centre.reviewRule', { days: d.reviewDays })}</Typography.Text>}
      extra={d?.abilities.write && <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({ row: null })} data-testid="centre-create">{t('proj.centre.create')}</Button>}
      error={centres.error}
      loading={!d}
      onRetry={() => void centres.refetch()}
    >
      <Table<Centre>
        data-testid="centre-table"
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={d?.items ?? []}
        pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
        scroll={{ x: 1080 }}
        onRow={(r) => ({ 'data-testid': `centre-row-${r.id}`, 'data-overdue': r.reviewOverdue }) as HTMLAttributes<HTMLElement>}
        expandable={{
          expandedRowRender: (r) => (
            <Timeline
              style={{ marginTop: 8 }}
              items={r.history.map((e) => ({
                key: e.id,
                content: (
                  <div>
                    <Typography.Text strong>{e.fromStatus ? `${f.label('centreStatus', e.fromStatus)} → ${f.label('centreStatus', e.toStatus)}` : f.label('centreStatus', e.toStatus)}</Typography.Text>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>{` · ${e.byName} · ${formatDateTime(e.at, lang)}`}</Typography.Text>
                    <div>{e.note}</div>
                  </div>
                ),
              }))}
            />
          ),
        }}
      />
      <CentreModal state={editing} onClose={() => setEditing(null)} />
      <CentreReviewModal centre={reviewing} onClose={() => setReviewing(null)} />
    </ProjPage>
  );
}
