// Create / edit a task of the plan's 任务分工: chapter, task, lead unit, 2025 end state, the work-plan
// task that carries it this year (by its id) and a mid-term status (empty: computed from that task).
import { Col, Form, Input, InputNumber, Modal, Row, Select } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { fypTaskStatuses } from '../../../../../common/economy-schemas.ts';
import { useUiLang } from '../../../../i18n/index.ts';
import { OrgTreeSelect } from '../../../orgs/components/OrgTreeSelect.tsx';
import { showServerErrors, type FieldPath } from '../../../workplan/components/serverErrors.ts';
import { useSaveFypTask } from '../../mutations.ts';
import type { FypTask, FypTaskInput } from '../../types.ts';

const codeFields: Record<string, FieldPath> = { 'fyp.plan_task_not_found': ['planTaskId'] };

export function FypTaskModal({ state, onClose }: { state: { task: FypTask | null } | null; onClose: () => void }) {
  const { t } = useTranslation();
  const lang = useUiLang();
  const save = useSaveFypTask();
  const [form] = Form.useForm<FypTaskInput>();
  const task = state?.task ?? null;
  useEffect(() => {
    if (!state) return;
    form.resetFields();
    if (task) form.setFieldsValue({ chapter: task.chapter, title: task.title, leadUnitId: task.leadUnitId, endState: task.endState, planTaskId: task.planTaskId, status: task.status });
  }, [state, task, form]);
  return (
    <Modal open={state !== null} title={task ? t('econ.fyp.editTask') : t('econ.fyp.createTask')} onCancel={onClose} onOk={() => form.submit()} confirmLoading={save.isPending} width={640} forceRender>
      <Form<FypTaskInput>
        form={form}
        layout="vertical"
        onFinish={(v) =>
          save.mutate(
            { id: task?.id ?? null, version: task?.version, input: { chapter: v.chapter.trim(), title: v.title.trim(), leadUnitId: v.leadUnitId, endState: v.endState?.trim() ?? '', planTaskId: v.planTaskId ?? null, status: v.status ?? null } },
            { onSuccess: onClose, onError: (e) => showServerErrors(form, e, lang, codeFields) },
          )
        }
      >
        <Row gutter={12}>
          <Col span={10}>
            <Form.Item name="chapter" label={t('econ.fyp.chapter')} rules={[{ required: true, whitespace: true }, { max: 100 }]}>
              <Input maxLength={100} />
            </Form.Item>
          </Col>
          <Col span={14}>
            <Form.Item name="leadUnitId" label={t('econ.fyp.leadUnit')} rules={[{ required: true }]}>
              <OrgTreeSelect />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="title" label={t('econ.fyp.task')} rules={[{ required: true, whitespace: true }, { max: 200 }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="endState" label={t('econ.fyp.endStateLabel')} rules={[{ max: 500 }]}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 4 }} maxLength={500} />
        </Form.Item>
        <Row gutter={12}>
          <Col span={12}>
            <Form.Item name="planTaskId" label={t('econ.fyp.planTaskId')} extra={t('econ.fyp.planTaskHelp')}>
              <InputNumber min={1} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="status" label={t('econ.fyp.taskStatus')}>
              <Select allowClear placeholder={t('econ.fyp.statusComputed')} options={fypTaskStatuses.map((s) => ({ value: s, label: t(`econ.fyp.taskStatuses.${s}`) }))} />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </Modal>
  );
}
