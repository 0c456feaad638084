// Livelihood projects linked to the project library, with this year's investment progress.
import { Button, Card, Popconfirm, Progress, Select, Space, Table } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { standardDimensions } from '../../../../common/livelihood.ts';
import { useProjects, useProjectYears } from '../../projects/api.ts';
import { useLiveProjects } from '../api.ts';
import { useLinkProject, useUnlinkProject } from '../mutations.ts';

export function ProjectsCard() {
  const { t } = useTranslation();
  const q = useLiveProjects();
  const write = !!q.data?.abilities.write;
  const unlink = useUnlinkProject();
  return (
    <Card size="small" title={t('live.projects.title')} data-testid="live-projects" extra={write && <LinkProject linked={(q.data?.items ?? []).map((p) => p.projectId)} />}>
      <Table size="small" rowKey="id" loading={q.isPending} pagination={false} dataSource={q.data?.items ?? []}
        columns={[
          { title: t('live.projects.name'), dataIndex: 'name', render: (v: string, p) => <Link to={`/projects/${p.projectId}`}>{v}</Link> },
          { title: t('live.col.dimension'), dataIndex: 'dimensionName', width: 90 },
          { title: t('live.projects.plan'), dataIndex: 'planYear', width: 110, align: 'right' },
          { title: t('live.projects.done'), dataIndex: 'completedYear', width: 110, align: 'right' },
          { title: t('live.projects.progress'), dataIndex: 'completionPct', width: 150, render: (v: number | null) => v === null ? '—' : <Progress percent={v} size="small" /> },
          { title: t('live.projects.physical'), dataIndex: 'physicalProgress', ellipsis: true },
          ...(write ? [{ title: '', key: 'x', width: 70, render: (_: unknown, p: { id: number }) => <Popconfirm title={t('live.projects.unlinkConfirm')} onConfirm={() => unlink.mutate(p.id)}><Button size="small" type="link" danger>{t('live.projects.unlink')}</Button></Popconfirm> }] : []),
        ]} />
    </Card>
  );
}

function LinkProject({ linked }: { linked: number[] }) {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const [projectId, setProjectId] = useState<number | null>(null);
  const [dimension, setDimension] = useState<string>('Y1');
  const years = useProjectYears();
  const year = years.latest ?? new Date().getFullYear();
  const projects = useProjects(year, { q: q || undefined, page: 1, pageSize: 30 }, q.length > 0 && years.latest !== null);
  const link = useLinkProject();
  return (
    <Space size={4}>
      <Select size="small" showSearch style={{ width: 240 }} placeholder={t('live.projects.search')} filterOption={false} onSearch={setQ} value={projectId} onChange={setProjectId} loading={projects.isFetching}
        options={(projects.data?.items ?? []).filter((p) => !linked.includes(p.id)).map((p) => ({ value: p.id, label: p.name }))} />
      <Select size="small" style={{ width: 110 }} value={dimension} onChange={setDimension} options={standardDimensions.map((d) => ({ value: d.code, label: d.name }))} />
      <Button size="small" disabled={!projectId} loading={link.isPending} onClick={() => link.mutate({ projectId: projectId!, dimensionCode: dimension, note: '' }, { onSuccess: () => setProjectId(null) })}>{t('live.projects.link')}</Button>
    </Space>
  );
}
