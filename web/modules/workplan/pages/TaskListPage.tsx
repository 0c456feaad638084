// 任务清单: the year's tasks with filters in the URL, status, progress, last report and supervision;
// new task and import as the list's `abilities` allow, xlsx export / template, the status rule.
import { PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import { Alert, Button, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { limits } from '../../../../common/limits.ts';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { ImportExportBar } from '../../../components/ImportExportBar.tsx';
import { positiveInt, useUrlParams } from '../../../components/useUrlParams.ts';
import { planPaths, useTasks } from '../api.ts';
import { PlanGate } from '../components/PlanGate.tsx';
import { RuleButton } from '../components/RuleDrawer.tsx';
import { ImportReportModal } from '../components/tasks/ImportReportModal.tsx';
import { TaskDrawer } from '../components/tasks/TaskDrawer.tsx';
import { TaskFilters } from '../components/tasks/TaskFilters.tsx';
import { TaskTable } from '../components/tasks/TaskTable.tsx';
import { useImportPlan } from '../mutations.ts';
import { attentionKinds, type Attention, type PlanImportResult, type PlanStructure, type Status } from '../types.ts';

const urlKeys = ['areaId', 'unitId', 'leaderName', 'tag', 'status', 'attention', 'q', 'mine', 'page', 'pageSize'] as const;
const statuses = ['green', 'yellow', 'red', 'grey', 'closed'];

/** The list the URL asks for; the header's buttons and the table share the one query. */
function useTaskList(plan: PlanStructure) {
  const [params, setParams] = useUrlParams(urlKeys);
  const page = positiveInt(params.page, 1);
  const pageSize = positiveInt(params.pageSize, 20, limits.pageSizeMax);
  const tasks = useTasks(plan.year, {
    areaId: positiveInt(params.areaId, 0) || undefined,
    unitId: positiveInt(params.unitId, 0) || undefined,
    leaderName: params.leaderName || undefined,
    tag: params.tag || undefined,
    status: statuses.includes(params.status) ? (params.status as Status) : undefined,
    attention: (attentionKinds as readonly string[]).includes(params.attention) ? (params.attention as Attention) : undefined,
    q: params.q || undefined,
    mine: params.mine === '1' ? 1 : undefined,
    page,
    pageSize,
  });
  return { params, setParams, page, pageSize, tasks };
}

export function TaskListPage() {
  const { t } = useTranslation();
  const [creating, setCreating] = useState(false);
  const [report, setReport] = useState<PlanImportResult | null>(null);
  const navigate = useNavigate();
  return (
    <PlanGate
      title={t('plan.tasks.title')}
      testId="plan-tasks"
      extra={(plan) => <TaskListActions plan={plan} onCreate={() => setCreating(true)} onReport={setReport} />}
    >
      {(plan) => (
        <>
          <TaskListBody plan={plan} />
          <TaskDrawer state={creating ? { mode: 'create' } : null} plan={plan} onClose={() => setCreating(false)} onCreated={(d) => void navigate(`/plan/tasks/${d.id}`)} />
          <ImportReportModal result={report} onClose={() => setReport(null)} />
        </>
      )}
    </PlanGate>
  );
}

function TaskListActions({ plan, onCreate, onReport }: { plan: PlanStructure; onCreate: () => void; onReport: (r: PlanImportResult) => void }) {
  const { t } = useTranslation();
  const abilities = useTaskList(plan).tasks.data?.abilities;
  return (
    <>
      {abilities?.create && (
        <Button type="primary" icon={<PlusOutlined />} onClick={onCreate} data-testid="task-create">
          {t('plan.tasks.create')}
        </Button>
      )}
      <PlanImportExport plan={plan} canImport={!!abilities?.import} onReport={onReport} />
      <RuleButton plan={plan} />
    </>
  );
}

function PlanImportExport({ plan, canImport, onReport }: { plan: PlanStructure; canImport: boolean; onReport: (r: PlanImportResult) => void }) {
  const { t } = useTranslation();
  const importPlan = useImportPlan(plan.year, onReport);
  return (
    <ImportExportBar
      canImport={canImport}
      importMutation={importPlan}
      exportPath={planPaths.export(plan.year)}
      templatePath={planPaths.template}
      fileBase={t('plan.tasks.fileBase', { year: plan.year })}
      testIdPrefix="plan"
    />
  );
}

function TaskListBody({ plan }: { plan: PlanStructure }) {
  const { t } = useTranslation();
  const { params, setParams, page, pageSize, tasks } = useTaskList(plan);
  return (
    <>
      <TaskFilters plan={plan} values={params} onChange={setParams} />
      {(attentionKinds as readonly string[]).includes(params.attention) && (
        <Tag closable color="orange" style={{ marginBottom: 12 }} onClose={() => setParams({ attention: null, page: null })} data-testid="task-attention-filter">
          {t('plan.tasks.attentionOnly', { what: t(`plan.dashboard.${params.attention}`) })}
        </Tag>
      )}
      {tasks.error && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 12 }}
          title={<ErrorMessage error={tasks.error} />}
          action={
            <Button size="small" icon={<ReloadOutlined />} onClick={() => void tasks.refetch()}>
              {t('common.retry')}
            </Button>
          }
        />
      )}
      <TaskTable
        plan={plan}
        items={tasks.data?.items ?? []}
        total={tasks.data?.total ?? 0}
        page={page}
        pageSize={pageSize}
        loading={tasks.isFetching}
        onPage={(p, s) => setParams({ page: p === 1 ? null : p, pageSize: s === 20 ? null : s })}
      />
    </>
  );
}
