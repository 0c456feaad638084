// 联席会与会商: joint meetings and consultations of a year — date, kind, title, invited units, state,
// minutes number, decisions done — with kind and year in the URL; schedule one when allowed.
import { PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Progress, Segmented, Table, Typography, type TableColumnsType } from 'antd';
import { useState, type HTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useUrlParams } from '../../../components/useUrlParams.ts';
import { useMeetings } from '../api.ts';
import { MeetingDrawer } from '../components/meetings/MeetingDrawer.tsx';
import { ProjPage, YearBar } from '../components/ProjPage.tsx';
import { MeetingKindTag, MeetingStateTag } from '../components/tags.tsx';
import { useProjFormat } from '../hooks/useProjFormat.ts';
import { useProjYear } from '../hooks/useProjYear.ts';
import type { MeetingKind, MeetingRow } from '../types.ts';

const urlKeys = ['kind'] as const;

export function MeetingsPage() {
  const { t } = useTranslation();
  const f = useProjFormat();
  const navigate = useNavigate();
  const y = useProjYear();
  const [params, setParams] = useUrlParams(urlKeys);
  const kind = params.kind === 'joint' || params.kind === 'consultation' ? (params.kind as MeetingKind) : null;
  const list = useMeetings(kind, y.year, y.ready);
  const [creating, setCreating] = useState(false);
  const columns: TableColumnsType<MeetingRow> = [
    { title: t('proj.meeting.date'), dataIndex: 'meetingDate', width: 130, render: (v: string) => f.date(v) },
    { title: t('proj.meeting.kind'), dataIndex: 'kind', width: 110, render: (v) => <MeetingKindTag kind={v} /> },
    { title: t('proj.meeting.titleField'), dataIndex: 'title', width: 260, render: (v: string, r) => <Link to={`/meetings/${r.id}`} data-testid={`meeting-link-${r.id}`}>{v}</Link> },
    { title: t('proj.meeting.units'), dataIndex: 'unitNames', render: (v: string[]) => <Typography.Text ellipsis={{ tooltip: v.join(t('proj.listSep')) }} style={{ maxWidth: 240 }}>{v.join(t('proj.listSep'))}</Typography.Text> },
    { title: t('proj.meeting.state'), key: 'state', width: 150, render: (_, r) => <Flex gap={4} wrap><MeetingStateTag status={r.status} />{r.kind === 'consultation' && r.status === 'planned' && r.opinionDue && <Typography.Text type="secondary" style={{ fontSize: 12 }}>{t('proj.opinion.due', { date: f.date(r.opinionDue) })}</Typography.Text>}</Flex> },
    { title: t('proj.minutes.no'), dataIndex: 'minutesNo', width: 160, render: (v: string | null) => v ?? '—' },
    { title: t('proj.meeting.decisionsDone'), key: 'done', width: 140, render: (_, r) => (r.decisions ? <Progress size="small" percent={Math.round((r.decisionsDone / r.decisions) * 100)} format={() => `${r.decisionsDone}/${r.decisions}`} /> : '—') },
  ];
  return (
    <ProjPage
      title={t('proj.meeting.listTitle')}
      testId="meetings-page"
      bar={<YearBar year={y.year} years={y.years} onYear={y.setYear} />}
      extra={list.data?.abilities.create && <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="meeting-create">{t('proj.meeting.schedule')}</Button>}
      error={list.error}
      loading={!y.ready || !list.data}
      onRetry={() => void list.refetch()}
    >
      <Segmented
        value={kind ?? 'all'}
        onChange={(v) => setParams({ kind: v === 'all' ? '' : String(v) })}
        options={[{ value: 'all', label: t('proj.meeting.allKinds') }, { value: 'joint', label: t('proj.meetingKind.joint') }, { value: 'consultation', label: t('proj.meetingKind.consultation') }]}
        style={{ marginBottom: 12 }}
        data-testid="meeting-kind-filter"
      />
      <Table<MeetingRow>
        data-testid="meeting-table"
        rowKey="id"
        size="small"
        loading={list.isFetching}
        columns={columns}
        dataSource={list.data?.items ?? []}
        pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
        scroll={{ x: 1050 }}
        onRow={(r) => ({ 'data-testid': `meeting-row-${r.id}`, 'data-state': r.status }) as HTMLAttributes<HTMLElement>}
      />
      <MeetingDrawer open={creating} onClose={() => setCreating(false)} onCreated={(m) => void navigate(`/meetings/${m.id}`)} />
    </ProjPage>
  );
}
