// Livelihood projects linked to the project library, with this year's investment progress.
import { Card, Progress, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLiveProjects } from '../api.ts';

export function ProjectsCard() {
  const { t } = useTranslation();
  const q = useLiveProjects();
  return (
    <Card size="small" title={t('live.projects.title')} data-testid="live-projects">
      <Table size="small" rowKey="id" loading={q.isPending} pagination={false} dataSource={q.data?.items ?? []}
        columns={[
          { title: t('live.projects.name'), dataIndex: 'name', render: (v: string, p) => <Link to={`/projects/${p.projectId}`}>{v}</Link> },
          { title: t('live.col.dimension'), dataIndex: 'dimensionName', width: 90 },
          { title: t('live.projects.plan'), dataIndex: 'planYear', width: 110, align: 'right' },
          { title: t('live.projects.done'), dataIndex: 'completedYear', width: 110, align: 'right' },
          { title: t('live.projects.progress'), dataIndex: 'completionPct', width: 150, render: (v: number | null) => v === null ? '—' : <Progress percent={v} size="small" /> },
          { title: t('live.projects.physical'), dataIndex: 'physicalProgress', ellipsis: true },
        ]} />
    </Card>
  );
}
