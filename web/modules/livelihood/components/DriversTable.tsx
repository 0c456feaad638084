// What pulls the district's rank down: each indicator's drag (effective weight × (own score − city average)),
// its rank among the districts, the weak flag and the supervised task made for it.
import { Button, Card, Popconfirm, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useWeakTasks } from '../mutations.ts';
import type { IndexResult } from '../types.ts';

export function DriversTable({ r, canWrite }: { r: IndexResult; canWrite: boolean }) {
  const { t } = useTranslation();
  const make = useWeakTasks(r.year);
  const weak = r.drivers.filter((d) => d.weak);
  const dimName = new Map(r.dimensions.map((d) => [d.code, d.name]));
  return (
    <Card size="small" id="weak" title={t('live.index.drivers', { count: weak.length })} data-testid="live-drivers"
      extra={canWrite && weak.length > 0 && (
        <Popconfirm title={t('live.index.makeTasksConfirm', { count: weak.length })} onConfirm={() => make.mutate(undefined)}>
          <Button type="primary" size="small" loading={make.isPending} data-testid="live-make-tasks">{t('live.index.makeTasks')}</Button>
        </Popconfirm>
      )}>
      <Table size="small" rowKey="indicator" pagination={{ pageSize: 10, size: 'small' }} dataSource={r.drivers} scroll={{ x: 900 }}
        columns={[
          { title: t('live.col.indicator'), dataIndex: 'name', render: (v: string, d) => <>{v}{d.weak && <Tag color="red" style={{ marginLeft: 6 }}>{t('live.index.weak')}</Tag>}</> },
          { title: t('live.col.dimension'), dataIndex: 'dimension', width: 90, render: (v: string) => dimName.get(v) ?? v },
          { title: t('live.col.source'), dataIndex: 'sourceUnitName', width: 170 },
          { title: t('live.col.score'), dataIndex: 'score', width: 80, align: 'right' },
          { title: t('live.col.average'), dataIndex: 'average', width: 80, align: 'right' },
          { title: t('live.col.rank'), dataIndex: 'rank', width: 70, align: 'right' },
          { title: t('live.col.drag'), dataIndex: 'drag', width: 90, align: 'right', render: (v: number | null) => v === null ? '—' : <span style={{ color: v < 0 ? '#cf1322' : '#389e0d' }}>{v > 0 ? `+${v}` : v}</span> },
          { title: t('live.col.task'), dataIndex: 'task', width: 150, render: (v: { id: number; code: string } | null) => v ? <Link to={`/plan/tasks/${v.id}`}>{v.code}</Link> : '—' },
        ]} />
    </Card>
  );
}
