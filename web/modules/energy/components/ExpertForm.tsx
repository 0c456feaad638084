// Records one expert's appraisal of a case (name, organisation, conclusion, opinion, date).
import { Alert, Button, DatePicker, Flex, Form, Input, Select } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { useAddExpert } from '../mutations.ts';

type Values = { expert: string; org?: string; conclusion: string; opinion: string; givenOn: dayjs.Dayjs };

export function ExpertForm({ id }: { id: number }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const add = useAddExpert(id);
  return (
    <Form form={form} layout="vertical" initialValues={{ conclusion: '同意', givenOn: dayjs() }} data-testid="energy-expert-form"
      onFinish={(v) => add.mutate({ expert: v.expert, org: v.org ?? '', conclusion: v.conclusion, opinion: v.opinion, givenOn: v.givenOn.format('YYYY-MM-DD') }, { onSuccess: () => form.resetFields() })}>
      <Flex gap={8} wrap>
        <Form.Item name="expert" label={t('energy.form.expert')} rules={[{ required: true, whitespace: true, message: t('energy.form.required') }]} style={{ width: 120 }}><Input maxLength={50} data-testid="energy-expert-name" /></Form.Item>
        <Form.Item name="org" label={t('energy.form.org')} style={{ flex: 1, minWidth: 140 }}><Input maxLength={100} /></Form.Item>
        <Form.Item name="conclusion" label={t('energy.form.conclusion')} style={{ width: 130 }}><Select options={['同意', '修改后同意', '不同意'].map((v) => ({ value: v, label: v }))} /></Form.Item>
        <Form.Item name="givenOn" label={t('energy.form.givenOn')} rules={[{ required: true }]}><DatePicker /></Form.Item>
      </Flex>
      <Form.Item name="opinion" label={t('energy.form.expertOpinion')} rules={[{ required: true, whitespace: true, message: t('energy.form.required') }]}><Input.TextArea rows={2} maxLength={2000} data-testid="energy-expert-opinion" /></Form.Item>
      {add.error ? <Alert type="error" showIcon title={<ErrorMessage error={add.error} />} style={{ marginBottom: 8 }} /> : null}
      <Button htmlType="submit" loading={add.isPending} data-testid="energy-expert-submit">{t('energy.form.addExpert')}</Button>
    </Form>
  );
}
