// 登记学习: records a party-building study session (kind, date, unit, topic, attendance), optionally
// linked to a party-building task. The unit defaults to the user's own.
import { Button, Col, DatePicker, Drawer, Flex, Form, Grid, Input, InputNumber, Row, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { limits } from '../../../../../common/limits.ts';
import { studyKinds } from '../../../../../common/workplan.ts';
import { useCurrentUser } from '../../../../app/session.ts';
import { useUiLang } from '../../../../i18n/index.ts';
import { OrgTreeSelect } from '../../../orgs/components/OrgTreeSelect.tsx';
import { useTasks } from '../../api.ts';
import { useCreateStudy } from '../../mutations.ts';
import type { PlanStructure, StudyKind } from '../../types.ts';
import { showServerErrors } from '../serverErrors.ts';

type Values = { kind: StudyKind; heldOn: Dayjs; unitId: number; topic: string; attendeeCount: number; attendees: string; taskId?: number | null; notes?: string };

type Props = { plan: PlanStructure; open: boolean; taskId?: number; onClose: () => void };

export function StudyDrawer({ plan, open, taskId, onClose }: Props) {
  const { t } = useTranslation();
  const lang = useUiLang();
  const me = useCurrentUser();
  const screens = Grid.useBreakpoint();
  const [form] = Form.useForm<Values>();
  const create = useCreateStudy();
  const tasks = useTasks(plan.year, { page: 1, pageSize: limits.pageSizeMax }, open);
  const partyTasks = useMemo(() => (tasks.data?.items ?? []).filter((x) => x.category === '党建'), [tasks.data]);
  useEffect(() => {
    if (open) form.resetFields();
  }, [open, form]);
  const submit = (v: Values) =>
    create.mutate(
      {
        kind: v.kind,
        heldOn: v.heldOn.format('YYYY-MM-DD'),
        unitId: v.unitId,
        topic: v.topic.trim(),
        attendeeCount: v.attendeeCount,
        attendees: v.attendees?.trim() ?? '',
        taskId: v.taskId ?? null,
        notes: v.notes?.trim() || undefined,
      },
      { onSuccess: onClose, onError: (e) => showServerErrors(form, e, lang, { 'study.unit_out_of_scope': ['unitId'], 'task.unit_not_found': ['unitId'] }) },
    );
  const statusDay = dayjs(plan.statusDate);
  return (
    <Drawer
      open={open}
      onClose={onClose}
      title={t('plan.party.create')}
      size={screens.sm ? 560 : '100%'}
      destroyOnHidden
      data-testid="study-drawer"
      footer={
        <Flex justify="end" gap={8}>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={create.isPending} onClick={() => form.submit()} data-testid="study-submit">
            {t('common.save')}
          </Button>
        </Flex>
      }
    >
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{ kind: studyKinds[0], heldOn: statusDay, unitId: me.orgId ?? undefined, taskId: taskId ?? null, attendees: '' }}
        data-testid="study-form"
      >
        <Row gutter={12}>
          <Col xs={24} sm={12}>
            <Form.Item name="kind" label={t('plan.party.kind')} rules={[{ required: true }]}>
              <Select options={studyKinds.map((k) => ({ value: k, label: t(`plan.studyKinds.${k}`) }))} data-testid="study-kind" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="heldOn" label={t('plan.party.heldOn')} rules={[{ required: true }]}>
              <DatePicker style={{ width: '100%' }} data-testid="study-heldOn" />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="unitId" label={t('plan.party.unit')} rules={[{ required: true }]}>
          <OrgTreeSelect allowClear={false} data-testid="study-unit" />
        </Form.Item>
        <Form.Item name="topic" label={t('plan.party.topic')} rules={[{ required: true, whitespace: true }, { max: 200 }]}>
          <Input maxLength={200} data-testid="study-topic" />
        </Form.Item>
        <Form.Item name="attendeeCount" label={t('plan.party.attendeeCount')} rules={[{ required: true }]}>
          <InputNumber min={1} max={10000} precision={0} style={{ width: 160 }} data-testid="study-count" />
        </Form.Item>
        <Form.Item name="attendees" label={t('plan.party.attendees')} rules={[{ max: 2000 }]}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} maxLength={2000} placeholder={t('plan.party.attendeesHelp')} />
        </Form.Item>
        <Form.Item name="taskId" label={t('plan.party.task')}>
          <Select
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            loading={tasks.isLoading}
            options={partyTasks.map((x) => ({ value: x.id, label: `${x.code} ${x.title}` }))}
            placeholder={t('plan.party.taskHelp')}
            popupMatchSelectWidth={false}
            data-testid="study-task"
          />
        </Form.Item>
        <Form.Item name="notes" label={t('plan.party.notes')} rules={[{ max: limits.textMax }]}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} maxLength={limits.textMax} />
        </Form.Item>
      </Form>
    </Drawer>
  );
}
