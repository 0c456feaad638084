// Create / edit drawer of a task (plan.write). Edits send the whole task with its version; a stale
// version answers 409 and the data reloads.
import { Button, Drawer, Flex, Form, Grid } from 'antd';
import dayjs from 'dayjs';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError, translateError } from '../../../../api/errors.ts';
import { useUiLang } from '../../../../i18n/index.ts';
import { useCreateTask, useUpdateTask } from '../../mutations.ts';
import type { PlanStructure, TaskDetail, TaskInput } from '../../types.ts';
import { showServerErrors, type FieldPath } from '../serverErrors.ts';
import { TaskForm, type TaskFormValues } from './TaskForm.tsx';

export type TaskDrawerState = { mode: 'create' } | { mode: 'edit'; task: TaskDetail } | null;

const codeFields: Record<string, FieldPath> = {
  'task.code_taken': ['code'],
  'task.due_before_start': ['dueDate'],
  'task.unit_not_found': ['leadUnitId'],
  'task.work_point_not_found': ['workPointId'],
};

const iso = (d: dayjs.Dayjs) => d.format('YYYY-MM-DD');

function toInput(v: TaskFormValues): Omit<TaskInput, 'code'> {
  return {
    workPointId: v.workPointId,
    title: v.title.trim(),
    description: v.description?.trim() ?? '',
    category: v.category,
    tags: v.tags ?? [],
    leadUnitId: v.leadUnitId,
    coUnitIds: v.coUnitIds ?? [],
    leaderName: v.leaderName.trim(),
    startDate: iso(v.startDate),
    dueDate: iso(v.dueDate),
    weight: v.weight,
    target: v.hasTarget && v.target ? { ...v.target, metric: v.target.metric.trim(), unit: v.target.unit.trim() } : null,
    milestones: (v.milestones ?? []).map((m) => ({
      title: m.title.trim(),
      plannedDate: iso(m.plannedDate),
      plannedPct: m.plannedPct ?? null,
      deliverable: m.deliverable?.trim() ?? '',
      doneDate: m.doneDate ? iso(m.doneDate) : null,
    })),
  };
}

function initialOf(task: TaskDetail | null, plan: PlanStructure): Partial<TaskFormValues> {
  if (!task) return { category: '业务', tags: [], coUnitIds: [], weight: 5, hasTarget: false, milestones: [], startDate: dayjs(`${plan.year}-01-01`), dueDate: dayjs(`${plan.year}-12-31`) };
  const wp = plan.workPoints.find((w) => w.seq === task.workPointSeq && w.areaId === task.areaId);
  return {
    code: task.code,
    workPointId: wp?.id,
    title: task.title,
    description: task.description,
    category: task.category,
    tags: task.tags as TaskFormValues['tags'],
    leadUnitId: task.leadUnitId,
    coUnitIds: task.coUnits.map((u) => u.id),
    leaderName: task.leaderName,
    startDate: dayjs(task.startDate),
    dueDate: dayjs(task.dueDate),
    weight: task.weight,
    hasTarget: !!task.target,
    target: task.target ? { metric: task.target.metric, value: task.target.value, unit: task.target.unit, direction: task.target.direction } : undefined,
    milestones: task.milestones.map((m) => ({ title: m.title, plannedDate: dayjs(m.plannedDate), plannedPct: m.plannedPct, deliverable: m.deliverable, doneDate: m.doneDate ? dayjs(m.doneDate) : null })),
    state: task.state,
  };
}

export function TaskDrawer({ state, plan, onClose, onCreated }: { state: TaskDrawerState; plan: PlanStructure; onClose: () => void; onCreated?: (t: TaskDetail) => void }) {
  const { t } = useTranslation();
  const lang = useUiLang();
  const screens = Grid.useBreakpoint();
  const [form] = Form.useForm<TaskFormValues>();
  const create = useCreateTask(plan.year);
  const update = useUpdateTask();
  const task = state?.mode === 'edit' ? state.task : null;
  const openKey = !state ? '' : task ? `edit:${task.id}:${task.version}` : 'new';
  useEffect(() => {
    if (openKey) form.resetFields();
  }, [openKey, form]);
  const onError = (e: unknown) => {
    showServerErrors(form, e, lang, codeFields);
    // task.milestone_outside names the milestone by title: mark its planned date.
    if (isApiError(e, 'task.milestone_outside')) {
      const i = (form.getFieldValue('milestones') as TaskFormValues['milestones'] | undefined)?.findIndex((m) => m?.title?.trim() === e.details.title) ?? -1;
      if (i >= 0) form.setFields([{ name: ['milestones', i, 'plannedDate'], errors: [translateError(e, lang)] }]);
    }
  };

  const submit = (v: TaskFormValues) => {
    const input = toInput(v);
    if (!task) {
      create.mutate(
        { ...input, code: v.code.trim() },
        {
          onSuccess: (d) => {
            onClose();
            onCreated?.(d);
          },
          onError,
        },
      );
      return;
    }
    const patch = { ...input, version: task.version, ...(v.state && v.state !== task.state ? { state: v.state } : {}) };
    update.mutate({ id: task.id, patch }, { onSuccess: onClose, onError });
  };

  return (
    <Drawer
      open={!!state}
      onClose={onClose}
      title={task ? t('plan.form.editTitle', { code: task.code }) : t('plan.form.createTitle')}
      size={screens.md ? 760 : '100%'}
      destroyOnHidden
      data-testid="task-drawer"
      footer={
        <Flex justify="end" gap={8}>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={create.isPending || update.isPending} onClick={() => form.submit()} data-testid="task-form-submit">
            {task ? t('common.save') : t('common.create')}
          </Button>
        </Flex>
      }
    >
      {state && <TaskForm form={form} plan={plan} initial={initialOf(task, plan)} editing={!!task} onFinish={submit} />}
    </Drawer>
  );
}
