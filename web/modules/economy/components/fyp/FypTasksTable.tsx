// 纲要任务分工: each chapter's tasks with lead unit and 2025 end state, the work-plan task that carries
// it this year (link) with its status, and the task's mid-term status (set, or computed from the
// linked task).
import { EditOutlined } from '@ant-design/icons';
import { Button, Table, Tag, Tooltip, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { FypTask } from '../../types.ts';

const statusColors: Record<string, string> = { 已完成: 'success', 序时推进: 'processing', 进度滞后: 'error', 尚未启动: 'default', 建议调整: 'warning' };

export function FypTasksTable({ tasks, canWrite, onEdit }: { tasks: FypTask[]; canWrite: boolean; onEdit: (t: FypTask) => void }) {
  const { t } = useTranslation();
  const columns: TableColumnsType<FypTask> = [
    { title: t('econ.fyp.chapter'), dataIndex: 'chapter', width: 140 },
    { title: t('econ.fyp.task'), dataIndex: 'title', render: (v: string, r) => <span>{v}{r.endState && <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>{t('econ.fyp.endState', { text: r.endState })}</Typography.Text>}</span> },
    { title: t('econ.fyp.leadUnit'), dataIndex: 'leadUnitName', width: 140 },
    {
      title: t('econ.fyp.planTask'),
      key: 'plan',
      width: 240,
      render: (_, r) =>
        r.planTaskId ? (
          <span>
            <Link to={`/plan/tasks/${r.planTaskId}`} data-testid={`econ-fyp-plan-link-${r.id}`}>{r.planTaskTitle ?? `#${r.planTaskId}`}</Link>
            {r.planTaskStatus && <Tag style={{ marginInlineStart: 6 }}>{t(`plan.status.${r.planTaskStatus}`, { defaultValue: r.planTaskStatus })}</Tag>}
          </span>
        ) : (
          '—'
        ),
    },
    {
      title: t('econ.fyp.taskStatus'),
      key: 'status',
      width: 130,
      render: (_, r) => {
        const s = r.status ?? r.computedStatus;
        if (!s) return '—';
        return (
          <Tooltip title={r.status ? (r.computedStatus && r.computedStatus !== r.status ? t('econ.fyp.statusSet', { computed: t(`econ.fyp.taskStatuses.${r.computedStatus}`) }) : undefined) : t('econ.fyp.statusComputed')}>
            <Tag color={statusColors[s]}>{t(`econ.fyp.taskStatuses.${s}`)}</Tag>
          </Tooltip>
        );
      },
    },
    ...(canWrite ? [{ title: t('common.actions'), key: 'a', width: 80, render: (_: unknown, r: FypTask) => <Button size="small" icon={<EditOutlined />} onClick={() => onEdit(r)}>{t('common.edit')}</Button> }] : []),
  ];
  return <Table<FypTask> data-testid="econ-fyp-tasks" rowKey="id" size="small" columns={columns} dataSource={tasks} pagination={false} scroll={{ x: 'max-content' }} />;
}
