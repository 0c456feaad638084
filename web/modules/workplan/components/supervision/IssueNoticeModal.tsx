// 下发督办: a reviewer issues a supervision notice on a task — level, reason, requirement, reply date.
import { DatePicker, Form, Input, Modal, Radio } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { supervisionLevels } from '../../../../../common/workplan.ts';
import { useUiLang } from '../../../../i18n/index.ts';
import { useIssueNotice } from '../../mutations.ts';
import type { SupervisionLevel, TaskDetail } from '../../types.ts';
import { showServerErrors } from '../serverErrors.ts';

type Values = { level: SupervisionLevel; reason: string; requirement: string; replyDue: Dayjs };

export function IssueNoticeModal({ task, open, onClose }: { task: TaskDetail; open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const lang = useUiLang();
  const [form] = Form.useForm<Values>();
  const issue = useIssueNotice(task.id);
  const today = dayjs(task.statusDate);
  const submit = (v: Values) =>
    issue.mutate(
      { level: v.level, reason: v.reason.trim(), requirement: v.requirement.trim(), replyDue: v.replyDue.format('YYYY-MM-DD') },
      {
        onSuccess: () => {
          form.resetFields();
          onClose();
        },
        onError: (e) => showServerErrors(form, e, lang, { 'supervision.reply_due_past': ['replyDue'] }) },
    );
  return (
    <Modal
      open={open}
      title={t('plan.supervision.issueTitle', { title: task.title })}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('plan.supervision.issue')}
      confirmLoading={issue.isPending}
      destroyOnHidden
      data-testid="notice-issue-modal"
    >
      <Form<Values> form={form} layout="vertical" onFinish={submit} initialValues={{ level: '一般', replyDue: today.add(7, 'day') }}>
        <Form.Item name="level" label={t('plan.supervision.level')} rules={[{ required: true }]}>
          <Radio.Group optionType="button" options={supervisionLevels.map((l) => ({ value: l, label: t(`plan.levels.${l}`) }))} />
        </Form.Item>
        <Form.Item name="reason" label={t('plan.supervision.reason')} rules={[{ required: true, whitespace: true }, { max: 500 }]}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} maxLength={500} data-testid="notice-reason" />
        </Form.Item>
        <Form.Item name="requirement" label={t('plan.supervision.requirement')} rules={[{ required: true, whitespace: true }, { max: 500 }]}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} maxLength={500} data-testid="notice-requirement" />
        </Form.Item>
        <Form.Item name="replyDue" label={t('plan.supervision.replyDue')} rules={[{ required: true }]}>
          <DatePicker disabledDate={(d) => d.isBefore(today, 'day')} data-testid="notice-replyDue" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
