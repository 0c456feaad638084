// 任务详情: one task — status and why, facts, milestones, expected vs actual progress, monthly
// reports with review, supervision notices, closing (销号), party study records and history.
// Actions follow the task's `abilities` from the server.
import { ArrowLeftOutlined, ReloadOutlined } from '@ant-design/icons';
import { Alert, Button, Col, Flex, Row, Skeleton } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams, useSearchParams } from 'react-router';
import { isApiError } from '../../../api/errors.ts';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { usePlan, useTask } from '../api.ts';
import { PlanYearBar } from '../components/PlanYearBar.tsx';
import { CloseCard } from '../components/task/CloseCard.tsx';
import { HistoryCard } from '../components/task/HistoryCard.tsx';
import { MilestoneTimeline } from '../components/task/MilestoneTimeline.tsx';
import { NoticesCard } from '../components/task/NoticesCard.tsx';
import { ProgressChart } from '../components/task/ProgressChart.tsx';
import { ReportDrawer } from '../components/task/ReportDrawer.tsx';
import { ReportsCard } from '../components/task/ReportsCard.tsx';
import { ReturnedAlerts } from '../components/task/ReturnedAlerts.tsx';
import { StudyCard } from '../components/task/StudyCard.tsx';
import { TaskFacts } from '../components/task/TaskFacts.tsx';
import { TaskHeader } from '../components/task/TaskHeader.tsx';
import { defaultMonth } from '../components/task/reportPeriods.ts';
import { IssueNoticeModal } from '../components/supervision/IssueNoticeModal.tsx';
import { TaskDrawer } from '../components/tasks/TaskDrawer.tsx';
import type { PlanStructure, TaskDetail } from '../types.ts';

export function TaskDetailPage() {
  const { t } = useTranslation();
  const id = Number(useParams().id);
  const task = useTask(Number.isInteger(id) ? id : 0);
  const year = task.data?.year ?? null;
  const plan = usePlan(year);
  const error = task.error ?? plan.error;
  return (
    <div className="tc-page" data-testid="task-page">
      <Flex justify="space-between" wrap gap={8} style={{ marginBottom: 8 }}>
        <Link to={year ? `/plan/tasks?year=${year}` : '/plan/tasks'}>
          <ArrowLeftOutlined /> {t('plan.tasks.title')}
        </Link>
        {plan.data && <YearLine plan={plan.data} />}
      </Flex>
      {error && (
        <Alert
          type={isApiError(error, 'record.not_found') ? 'warning' : 'error'}
          showIcon
          title={isApiError(error, 'record.not_found') ? t('plan.task.notFound') : <ErrorMessage error={error} />}
          action={
            <Button size="small" icon={<ReloadOutlined />} onClick={() => void task.refetch()}>
              {t('common.retry')}
            </Button>
          }
        />
      )}
      {!error && (!task.data || !plan.data) && <Skeleton active paragraph={{ rows: 8 }} />}
      {task.data && plan.data && <TaskBody task={task.data} plan={plan.data} />}
    </div>
  );
}

function YearLine({ plan }: { plan: PlanStructure }) {
  return <PlanYearBar year={plan.year} years={[]} onChange={() => undefined} statusDate={plan.statusDate} isDemo={plan.isDemo} readOnly />;
}

function TaskBody({ task, plan }: { task: TaskDetail; plan: PlanStructure }) {
  const [reportPeriod, setReportPeriod] = useState<string | null>(null);
  const [editing, setEditing] = useState(false);
  const [issuing, setIssuing] = useState(false);
  const { hash } = useLocation();
  const [params, setParams] = useSearchParams();
  useEffect(() => {
    if (hash) document.getElementById(hash.slice(1))?.scrollIntoView({ behavior: 'smooth' });
  }, [hash]);
  // ?report=1 (from 我的任务) opens the report form once.
  const wantsReport = params.get('report') === '1' && task.abilities.report && task.state === 'active';
  useEffect(() => {
    if (!wantsReport) return;
    setReportPeriod(defaultMonth(task) ?? '');
    setParams((p) => {
      const next = new URLSearchParams(p);
      next.delete('report');
      return next;
    }, { replace: true });
  }, [wantsReport, task, setParams]);
  return (
    <>
      <TaskHeader task={task} plan={plan} onReport={() => setReportPeriod(defaultMonth(task) ?? '')} onEdit={() => setEditing(true)} onIssue={() => setIssuing(true)} />
      <ReturnedAlerts task={task} onEdit={setReportPeriod} />
      <Row gutter={[12, 12]}>
        <Col xs={24} xl={14}>
          <TaskFacts task={task} plan={plan} />
        </Col>
        <Col xs={24} xl={10}>
          <MilestoneTimeline task={task} plan={plan} />
        </Col>
        <Col xs={24} xl={14}>
          <ProgressChart task={task} />
        </Col>
        <Col xs={24} xl={10}>
          <NoticesCard task={task} />
        </Col>
        <Col xs={24}>
          <ReportsCard task={task} onEdit={setReportPeriod} />
        </Col>
        {task.category === '党建' && (
          <Col xs={24}>
            <StudyCard task={task} plan={plan} />
          </Col>
        )}
        <Col xs={24} xl={12}>
          <CloseCard task={task} />
        </Col>
        <Col xs={24} xl={12}>
          <HistoryCard task={task} />
        </Col>
      </Row>
      <ReportDrawer task={task} period={reportPeriod === '' ? null : reportPeriod} open={reportPeriod !== null} onClose={() => setReportPeriod(null)} />
      <TaskDrawer state={editing ? { mode: 'edit', task } : null} plan={plan} onClose={() => setEditing(false)} />
      <IssueNoticeModal task={task} open={issuing} onClose={() => setIssuing(false)} />
    </>
  );
}
