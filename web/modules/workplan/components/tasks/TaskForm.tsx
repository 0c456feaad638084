// Fields of a task (create and edit): work point, title, category and tags, lead and supporting
// units, accountable leader, dates, weight, an optional quantitative target, milestones.
import { Col, DatePicker, Divider, Form, Input, InputNumber, Radio, Row, Select, Switch, type FormInstance } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { limits } from '../../../../../common/limits.ts';
import { taskCategories, taskTags, targetDirections } from '../../../../../common/workplan.ts';
import { OrgTreeSelect } from '../../../orgs/components/OrgTreeSelect.tsx';
import type { PlanStructure, Target, TaskState } from '../../types.ts';
import { MilestoneFields } from './MilestoneFields.tsx';
import { OrgMultiSelect } from './OrgMultiSelect.tsx';

export type MilestoneValues = { title: string; plannedDate: Dayjs; plannedPct?: number | null; deliverable?: string; doneDate?: Dayjs | null };
export type TaskFormValues = {
  code: string;
  workPointId: number;
  title: string;
  description: string;
  category: (typeof taskCategories)[number];
  tags: (typeof taskTags)[number][];
  leadUnitId: number;
  coUnitIds: number[];
  leaderName: string;
  startDate: Dayjs;
  dueDate: Dayjs;
  weight: number;
  hasTarget: boolean;
  target?: Omit<Target, 'isDemo'>;
  milestones: MilestoneValues[];
  state?: TaskState;
};

type Props = { form: FormInstance<TaskFormValues>; plan: PlanStructure; initial: Partial<TaskFormValues>; editing: boolean; onFinish: (v: TaskFormValues) => void };

export function TaskForm({ form, plan, initial, editing, onFinish }: Props) {
  const { t } = useTranslation();
  const hasTarget = Form.useWatch('hasTarget', form);
  const workPointOptions = plan.areas.map((a) => ({
    label: `${a.seq}. ${a.shortTitle}`,
    title: a.title,
    options: plan.workPoints.filter((w) => w.areaId === a.id).map((w) => ({ value: w.id, label: `${w.seq} ${w.title}` })),
  }));
  return (
    <Form<TaskFormValues> form={form} layout="vertical" initialValues={initial} onFinish={onFinish} data-testid="task-form" scrollToFirstError>
      <Row gutter={12}>
        <Col xs={24} md={8}>
          <Form.Item name="code" label={t('plan.task.code')} rules={editing ? [] : [{ required: true, whitespace: true }, { max: limits.codeMax }, { pattern: /^[A-Za-z0-9_.-]+$/, message: t('plan.form.codeFormat') }]}>
            <Input disabled={editing} maxLength={limits.codeMax} placeholder="2023-7.1-01" data-testid="task-form-code" />
          </Form.Item>
        </Col>
        <Col xs={24} md={16}>
          <Form.Item name="workPointId" label={t('plan.task.workPoint')} rules={[{ required: true }]}>
            <Select options={workPointOptions} showSearch={{ optionFilterProp: 'label' }} placeholder={t('common.pleaseSelect')} popupMatchSelectWidth={false} data-testid="task-form-workPoint" />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="title" label={t('plan.task.title')} rules={[{ required: true, whitespace: true }, { max: 100 }]}>
        <Input maxLength={100} data-testid="task-form-title" />
      </Form.Item>
      <Form.Item name="description" label={t('plan.task.description')} rules={[{ max: limits.textMax }]}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={limits.textMax} />
      </Form.Item>
      <Row gutter={12}>
        <Col xs={24} md={8}>
          <Form.Item name="category" label={t('plan.task.category')} rules={[{ required: true }]}>
            <Radio.Group options={taskCategories.map((c) => ({ value: c, label: t(`plan.categories.${c}`) }))} optionType="button" />
          </Form.Item>
        </Col>
        <Col xs={24} md={16}>
          <Form.Item name="tags" label={t('plan.task.tags')}>
            <Select mode="multiple" options={taskTags.map((g) => ({ value: g, label: t(`plan.tags.${g}`) }))} maxTagCount="responsive" />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="leadUnitId" label={t('plan.task.leadUnit')} rules={[{ required: true }]}>
            <OrgTreeSelect data-testid="task-form-lead" />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="coUnitIds" label={t('plan.task.coUnits')}>
            <OrgMultiSelect data-testid="task-form-co" />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="leaderName" label={t('plan.task.leader')} rules={[{ required: true, whitespace: true }, { max: limits.displayNameMax }]}>
            <Input maxLength={limits.displayNameMax} data-testid="task-form-leader" />
          </Form.Item>
        </Col>
        <Col xs={12} md={8}>
          <Form.Item name="startDate" label={t('plan.task.startDate')} rules={[{ required: true }]}>
            <DatePicker style={{ width: '100%' }} data-testid="task-form-start" />
          </Form.Item>
        </Col>
        <Col xs={12} md={8}>
          <Form.Item
            name="dueDate"
            label={t('plan.task.dueDate')}
            dependencies={['startDate']}
            rules={[
              { required: true },
              ({ getFieldValue }) => ({
                validator: async (_, v?: Dayjs) => {
                  const start = getFieldValue('startDate') as Dayjs | undefined;
                  if (v && start && v.isBefore(start, 'day')) throw new Error(t('plan.form.dueBeforeStart'));
                },
              }),
            ]}
          >
            <DatePicker style={{ width: '100%' }} data-testid="task-form-due" />
          </Form.Item>
        </Col>
        <Col xs={12} md={8}>
          <Form.Item name="weight" label={t('plan.task.weight')} rules={[{ required: true }]} extra={t('plan.form.weightHelp')}>
            <InputNumber min={1} max={100} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        {editing && (
          <Col xs={12} md={8}>
            <Form.Item name="state" label={t('plan.task.state')}>
              <Select options={(['active', 'suspended', 'cancelled'] as const).map((s) => ({ value: s, label: t(`plan.states.${s}`) }))} />
            </Form.Item>
          </Col>
        )}
      </Row>
      <Form.Item name="hasTarget" label={t('plan.task.target')} valuePropName="checked">
        <Switch data-testid="task-form-hasTarget" />
      </Form.Item>
      {hasTarget && (
        <Row gutter={12}>
          <Col xs={24} md={9}>
            <Form.Item name={['target', 'metric']} label={t('plan.target.metric')} rules={[{ required: true, whitespace: true }, { max: 100 }]}>
              <Input maxLength={100} />
            </Form.Item>
          </Col>
          <Col xs={8} md={5}>
            <Form.Item name={['target', 'direction']} label={t('plan.target.direction')} rules={[{ required: true }]}>
              <Select options={targetDirections.map((d) => ({ value: d, label: t(`plan.target.directions.${d}`) }))} />
            </Form.Item>
          </Col>
          <Col xs={8} md={5}>
            <Form.Item name={['target', 'value']} label={t('plan.target.value')} rules={[{ required: true }]}>
              <InputNumber style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={8} md={5}>
            <Form.Item name={['target', 'unit']} label={t('plan.target.unit')} rules={[{ required: true, whitespace: true }, { max: 20 }]}>
              <Input maxLength={20} />
            </Form.Item>
          </Col>
        </Row>
      )}
      <Divider plain>{t('plan.milestone.sectionTitle')}</Divider>
      <MilestoneFields />
    </Form>
  );
}
