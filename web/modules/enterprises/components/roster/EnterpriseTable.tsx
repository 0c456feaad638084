// The roster table: name and credit code, industry, size, zone, town, steward, visits against the year's
// minimum, open demands; an edit button where the row's abilities allow it.
import { Button, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DateText } from '../../../../components/DateText.tsx';
import { useEntFormat } from '../../hooks/useEntFormat.ts';
import type { RosterRow } from '../../types.ts';

type Props = {
  items: RosterRow[]; total: number; page: number; pageSize: number; loading: boolean; minVisits: number;
  onPage: (page: number, size: number) => void; onEdit?: (row: RosterRow) => void; onVisit?: (row: RosterRow) => void; testId?: string;
};

export function EnterpriseTable({ items, total, page, pageSize, loading, minVisits, onPage, onEdit, onVisit, testId = 'ent-roster-table' }: Props) {
  const { t } = useTranslation();
  const f = useEntFormat();
  return (
    <Table<RosterRow>
      size="small"
      rowKey="id"
      data-testid={testId}
      dataSource={items}
      loading={loading}
      scroll={{ x: 'max-content' }}
      pagination={{ current: page, pageSize, total, showSizeChanger: true, onChange: onPage, showTotal: (n) => t('common.total', { count: n }) }}
      columns={[
        {
          title: t('ent.field.name'),
          dataIndex: 'name',
          render: (v: string, r) => (
            <div>
              <Link to={`/enterprises/${r.id}`} data-testid={`ent-row-${r.id}`}>
                {v}
              </Link>
              <br />
              <Typography.Text type="secondary" style={{ fontSize: 12 }} copyable={{ text: r.uscc }}>
                {r.uscc}
              </Typography.Text>
            </div>
          ),
        },
        { title: t('ent.field.industry'), dataIndex: 'industry', render: (v: string) => f.label('industry', v) },
        { title: t('ent.field.size'), dataIndex: 'size', render: (v: string) => f.label('size', v) },
        { title: t('ent.field.zone'), dataIndex: 'zone', render: (v: string) => f.label('zone', v) },
        { title: t('ent.field.town'), dataIndex: 'townName', render: (v: string | null) => v ?? '—' },
        { title: t('ent.field.steward'), dataIndex: 'stewardName', render: (v: string | null) => v ?? t('ent.unassigned') },
        {
          title: t('ent.roster.visits', { n: minVisits }),
          dataIndex: 'visits',
          render: (v: number, r) => (
            <span>
              <Tag color={v === 0 ? 'error' : r.visitsDue > 0 ? 'warning' : 'success'}>{t('ent.roster.visitCount', { count: v, n: minVisits })}</Tag>
              {r.lastVisit && (
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  <DateText value={r.lastVisit} />
                </Typography.Text>
              )}
            </span>
          ),
        },
        { title: t('ent.roster.openDemands'), dataIndex: 'openDemands', align: 'right', render: (v: number) => (v ? <Tag color="orange">{v}</Tag> : 0) },
        ...(onEdit || onVisit
          ? [
              {
                title: t('common.actions'),
                key: 'actions',
                fixed: 'right' as const,
                render: (_: unknown, r: RosterRow) => (
                  <span>
                    {onVisit && r.abilities.serve && (
                      <Button size="small" type="link" onClick={() => onVisit(r)} data-testid={`ent-visit-${r.id}`}>
                        {t('ent.visit.log')}
                      </Button>
                    )}
                    {onEdit && r.abilities.update && (
                      <Button size="small" type="link" onClick={() => onEdit(r)} data-testid={`ent-edit-${r.id}`}>
                        {t('common.edit')}
                      </Button>
                    )}
                  </span>
                ),
              },
            ]
          : []),
      ]}
    />
  );
}
