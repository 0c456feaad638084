// One row per responsible unit (or town): projects, plan, completed, 建安 completed (万元), completion and
// the projects by traffic light. A row's name opens the library filtered to it.
import { Progress, Space, Table, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { statusColors } from '../../../workplan/components/status.tsx';
import { useProjFormat } from '../../hooks/useProjFormat.ts';
import type { GroupRow } from '../../types.ts';

type Props = { rows: GroupRow[]; nameTitle: string; testId: string; onPick?: (name: string) => void };

export function GroupTable({ rows, nameTitle, testId, onPick }: Props) {
  const { t } = useTranslation();
  const f = useProjFormat();
  const dot = (n: number, c: string) => n > 0 && <span style={{ color: c, fontWeight: 600 }}>{n}</span>;
  const columns: TableColumnsType<GroupRow> = [
    { title: nameTitle, dataIndex: 'name', ellipsis: true, render: (v: string) => (onPick ? <a onClick={() => onPick(v)}>{v}</a> : v) },
    { title: t('proj.col.projects'), dataIndex: 'projects', width: 76, align: 'right' },
    { title: t('proj.col.plan'), dataIndex: 'plan', width: 96, align: 'right', render: (v: number) => f.num(v, 0) },
    { title: t('proj.col.cum'), dataIndex: 'cum', width: 96, align: 'right', render: (v: number) => f.num(v, 0) },
    { title: t('proj.col.completion'), dataIndex: 'completionPct', width: 120, render: (v: number | null) => <Progress size="small" percent={Math.min(100, v ?? 0)} format={() => f.pct(v)} /> },
    {
      title: t('proj.col.lights'),
      key: 'lights',
      width: 80,
      render: (_, r) => (
        <Space size={6}>
          {dot(r.red, statusColors.red)}
          {dot(r.yellow, statusColors.yellow)}
          {dot(r.green, statusColors.green)}
        </Space>
      ),
    },
  ];
  return <Table<GroupRow> data-testid={testId} rowKey="name" size="small" columns={columns} dataSource={rows} pagination={{ pageSize: 8, hideOnSinglePage: true, showSizeChanger: false, size: 'small' }} />;
}
