// 定时任务: every scheduled job with what it does, its interval, its last run (time, length, outcome, the
// error when it failed), the node holding it now, its recent runs (expand a row), and 立即运行.
import { CaretRightOutlined, ReloadOutlined } from '@ant-design/icons';
import { Alert, Button, Table, Tag, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { DateText } from '../../../components/DateText.tsx';
import { ModulePage } from '../../../components/ModulePage.tsx';
import { useJobs } from '../api.ts';
import { useRunJob } from '../mutations.ts';
import type { Job, JobRun } from '../types.ts';

type T = (k: string, o?: Record<string, unknown>) => string;

function intervalText(t: T, ms: number): string {
  const units: [number, string][] = [[86_400_000, 'd'], [3_600_000, 'h'], [60_000, 'min'], [1000, 's']];
  if (ms === 86_400_000) return t('platformAdmin.jobs.every.day');
  if (ms === 3_600_000) return t('platformAdmin.jobs.every.hour');
  if (ms === 60_000) return t('platformAdmin.jobs.every.minute');
  for (const [size, unit] of units) if (ms >= size && ms % size === 0) return t(`platformAdmin.jobs.every.${unit}`, { n: ms / size });
  return t('platformAdmin.jobs.every.ms', { n: ms });
}

function duration(r: JobRun): string {
  if (!r.finishedAt) return '—';
  const ms = Date.parse(r.finishedAt) - Date.parse(r.startedAt);
  return ms < 1000 ? `${ms} ms` : `${(ms / 1000).toFixed(ms < 10_000 ? 1 : 0)} s`;
}

function resultText(r: unknown): string {
  if (r === null || r === undefined || r === '') return '';
  return typeof r === 'string' ? r : JSON.stringify(r);
}

function Outcome({ run }: { run: JobRun | null }) {
  const { t } = useTranslation();
  if (!run) return <Typography.Text type="secondary">{t('platformAdmin.jobs.never')}</Typography.Text>;
  if (run.ok === null) return <Tag color="processing">{t('platformAdmin.jobs.running')}</Tag>;
  if (run.ok)
    return (
      <span>
        <Tag color="success">{t('platformAdmin.jobs.ok')}</Tag>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {resultText(run.result)}
        </Typography.Text>
      </span>
    );
  return (
    <span>
      <Tag color="error">{t('platformAdmin.jobs.failed')}</Tag>
      <Typography.Text type="danger" style={{ fontSize: 12 }}>
        {run.error}
      </Typography.Text>
    </span>
  );
}

function RecentRuns({ job }: { job: Job }) {
  const { t } = useTranslation();
  return (
    <Table<JobRun>
      size="small"
      rowKey="id"
      pagination={false}
      dataSource={job.recent}
      locale={{ emptyText: t('platformAdmin.jobs.noRuns') }}
      columns={[
        { title: t('platformAdmin.jobs.startedAt'), dataIndex: 'startedAt', render: (v: string) => <DateText value={v} time seconds /> },
        { title: t('platformAdmin.jobs.duration'), key: 'd', render: (_, r) => duration(r) },
        { title: t('platformAdmin.jobs.holder'), dataIndex: 'holder' },
        { title: t('platformAdmin.jobs.outcome'), key: 'o', render: (_, r) => <Outcome run={r} /> },
      ]}
    />
  );
}

export function JobsPage() {
  const { t } = useTranslation();
  const q = useJobs();
  const run = useRunJob();
  return (
    <ModulePage
      title={t('platformAdmin.jobs.title')}
      testId="jobs-page"
      extra={
        <Button icon={<ReloadOutlined />} loading={q.isFetching} onClick={() => void q.refetch()}>
          {t('cockpit.page.refresh')}
        </Button>
      }
      error={q.error}
      loading={q.isPending}
      onRetry={() => void q.refetch()}
    >
      {q.data && !q.data.enabled && <Alert type="info" showIcon style={{ marginBottom: 12 }} title={t('platformAdmin.jobs.disabled')} />}
      <Table<Job>
        data-testid="jobs-table"
        rowKey="name"
        size="middle"
        pagination={false}
        dataSource={q.data?.items ?? []}
        scroll={{ x: 'max-content' }}
        onRow={(r) => ({ 'data-testid': `job-${r.name}` }) as React.HTMLAttributes<HTMLElement>}
        expandable={{ expandedRowRender: (r) => <RecentRuns job={r} />, rowExpandable: (r) => r.recent.length > 0 }}
        columns={[
          {
            title: t('platformAdmin.jobs.name'),
            key: 'name',
            render: (_, r) => {
              const k = `platformAdmin.jobs.desc.${r.name}`;
              const desc = t(k);
              return (
                <div style={{ width: 260, whiteSpace: 'normal' }}>
                  <Typography.Text code>{r.name}</Typography.Text>
                  {desc !== k && (
                    <div>
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        {desc}
                      </Typography.Text>
                    </div>
                  )}
                </div>
              );
            },
          },
          { title: t('platformAdmin.jobs.interval'), dataIndex: 'everyMs', render: (v: number) => intervalText(t, v) },
          {
            title: t('platformAdmin.jobs.lastRun'),
            key: 'last',
            render: (_, r) =>
              r.last ? (
                <div>
                  <DateText value={r.last.startedAt} time seconds />
                  <div>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {t('platformAdmin.jobs.duration')} {duration(r.last)}
                    </Typography.Text>
                  </div>
                </div>
              ) : (
                '—'
              ),
          },
          { title: t('platformAdmin.jobs.outcome'), key: 'outcome', render: (_, r) => <div style={{ width: 200, whiteSpace: 'normal', wordBreak: 'break-all' }}><Outcome run={r.last} /></div> },
          {
            title: t('platformAdmin.jobs.runningOn'),
            dataIndex: 'runningOn',
            render: (v: string | null) => (v ? <Tag color="processing">{v}</Tag> : <Typography.Text type="secondary">{t('platformAdmin.jobs.idle')}</Typography.Text>),
          },
          { title: t('platformAdmin.jobs.failures'), dataIndex: 'failures', align: 'right', width: 60, render: (v: number) => (v > 0 ? <Typography.Text type="danger">{v}</Typography.Text> : 0) },
          {
            title: t('common.actions'),
            key: 'run',
            render: (_, r) => (
              <Tooltip title={r.runningOn ? t('platformAdmin.jobs.running') : undefined}>
                <Button
                  size="small"
                  icon={<CaretRightOutlined />}
                  loading={run.isPending && run.variables === r.name}
                  disabled={!!r.runningOn}
                  onClick={() => run.mutate(r.name)}
                  data-testid={`job-run-${r.name}`}
                >
                  {t('platformAdmin.jobs.run')}
                </Button>
              </Tooltip>
            ),
          },
        ]}
      />
    </ModulePage>
  );
}
