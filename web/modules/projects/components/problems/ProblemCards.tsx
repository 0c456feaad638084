// Parts of a problem page: the facts, its history (events), the meetings it went to and the decisions
// taken on it, each with its supervised task (link to the work plan) and whether it is verified done.
import { Card, Descriptions, Empty, List, Table, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '../../../../i18n/format.ts';
import { useUiLang } from '../../../../i18n/index.ts';
import { useProjFormat } from '../../hooks/useProjFormat.ts';
import type { Decision, ProblemDetail } from '../../types.ts';
import { DoneTag } from '../tags.tsx';

export function ProblemFacts({ problem: p }: { problem: ProblemDetail }) {
  const { t } = useTranslation();
  const f = useProjFormat();
  return (
    <Card size="small" title={t('proj.problem.facts')}>
      <Descriptions size="small" column={{ xs: 1, sm: 2 }}>
        <Descriptions.Item label={t('proj.problem.project')}>{p.refId && p.projectName ? <Link to={`/projects/${p.refId}`}>{p.projectName}</Link> : '—'}</Descriptions.Item>
        <Descriptions.Item label={t('proj.problem.type')}>{f.label('problemType', p.type)}</Descriptions.Item>
        <Descriptions.Item label={t('proj.problem.raisedBy')}>{p.raisedByUnitName}</Descriptions.Item>
        <Descriptions.Item label={t('proj.problem.owner')}>{p.ownerUnitName}</Descriptions.Item>
        <Descriptions.Item label={t('proj.problem.raisedAt')}>{f.date(p.raisedAt)}</Descriptions.Item>
        <Descriptions.Item label={t('proj.problem.dueDate')}>{f.date(p.dueDate)}</Descriptions.Item>
        <Descriptions.Item label={t('proj.problem.severity')}>{t(`proj.severity.${p.severity}`)}</Descriptions.Item>
        {p.escalatedTo && <Descriptions.Item label={t('proj.problem.escalatedTo')}>{p.escalatedTo}</Descriptions.Item>}
        {p.resolvedAt && <Descriptions.Item label={t('proj.problem.resolvedAt')}>{f.date(p.resolvedAt)}</Descriptions.Item>}
        <Descriptions.Item label={t('proj.problem.description')} span={2}>
          <span style={{ whiteSpace: 'pre-wrap' }}>{p.description}</span>
        </Descriptions.Item>
      </Descriptions>
    </Card>
  );
}

export function ProblemHistory({ problem }: { problem: ProblemDetail }) {
  const { t } = useTranslation();
  const lang = useUiLang();
  return (
    <Card size="small" title={t('proj.problem.history')} style={{ height: '100%' }} data-testid="problem-history">
      <Timeline
        style={{ marginTop: 8 }}
        items={problem.events.map((e) => ({
          key: e.id,
          color: e.action === 'resolve' ? 'green' : e.action === 'escalate' || e.action === 'cancel' ? 'red' : 'blue',
          content: (
            <div data-testid={`problem-event-${e.action}`}>
              <Typography.Text strong>{t(`proj.problem.events.${e.action}`, { defaultValue: e.action })}</Typography.Text>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>{` · ${e.byName} · ${formatDateTime(e.at, lang)}`}</Typography.Text>
              {e.note && <div style={{ whiteSpace: 'pre-wrap' }}>{e.note}</div>}
            </div>
          ),
        }))}
      />
    </Card>
  );
}

export function ProblemMeetings({ problem }: { problem: ProblemDetail }) {
  const { t } = useTranslation();
  const f = useProjFormat();
  return (
    <Card size="small" title={t('proj.problem.meetings')} style={{ flex: 1 }} data-testid="problem-meetings">
      {problem.meetings.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('proj.problem.noMeetings')} />
      ) : (
        <List
          size="small"
          dataSource={problem.meetings}
          renderItem={(m) => (
            <List.Item key={m.id}>
              <List.Item.Meta title={<Link to={`/meetings/${m.id}`}>{m.title}</Link>} description={<>{f.date(m.meetingDate)}{m.discussion && <div>{m.discussion}</div>}</>} />
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}

export function DecisionsTable({ decisions, testId, showMeeting, problems }: { decisions: Decision[]; testId: string; showMeeting?: boolean; problems?: Map<number, string> }) {
  const { t } = useTranslation();
  const f = useProjFormat();
  return (
    <Table<Decision>
      data-testid={testId}
      size="small"
      rowKey="id"
      dataSource={decisions}
      pagination={false}
      tableLayout="fixed"
      locale={{ emptyText: t('proj.decision.none') }}
      onRow={(d) => ({ 'data-testid': `decision-row-${d.id}`, 'data-done': d.done }) as React.HTMLAttributes<HTMLElement>}
      columns={[
        ...(showMeeting ? [{ title: t('proj.decision.meeting'), key: 'meeting', width: 170, render: (_: unknown, d: Decision) => <Link to={`/meetings/${d.meetingId}`}>{d.minutesNo ?? d.meetingTitle}</Link> }] : []),
        { title: t('proj.decision.text'), dataIndex: 'text' },
        ...(problems ? [{ title: t('proj.decision.problem'), key: 'problem', width: 220, render: (_: unknown, d: Decision) => (d.problemId ? <Link to={`/problems/${d.problemId}`}>{problems.get(d.problemId) ?? d.problemId}</Link> : '—') }] : []),
        { title: t('proj.decision.lead'), dataIndex: 'leadUnitName', width: 150, ellipsis: true },
        { title: t('proj.decision.deadline'), dataIndex: 'deadline', width: 132, render: (v: string) => f.date(v) },
        {
          title: t('proj.decision.task'),
          key: 'task',
          width: 100,
          render: (_, d) => (d.taskId ? <Link to={`/plan/tasks/${d.taskId}`} data-testid={`decision-task-${d.id}`}>{d.taskCode ?? d.taskId}</Link> : '—'),
        },
        { title: t('proj.decision.state'), key: 'done', width: 96, render: (_, d) => <DoneTag done={d.done} /> },
      ]}
    />
  );
}
