// Registers an energy-review application: the library project, the applicant, the date and the annual
// energy use by type; the preview shows tce per line with its coefficient and whether a review is needed.
import { Alert, Button, Checkbox, DatePicker, Drawer, Flex, Form, Input, Select, Space } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { useProjectOptions } from '../api.ts';
import { useCreateReview } from '../mutations.ts';
import type { EnergyLineInput, ReviewDetail } from '../types.ts';
import { LinesEditor } from './LinesEditor.tsx';

type Values = { projectYear: number; projectId: number; applicant: string; submittedOn: dayjs.Dayjs; exemptIndustry?: boolean; classified?: boolean; note?: string };

export function ReviewDrawer({ open, onClose, onCreated }: { open: boolean; onClose: () => void; onCreated: (r: ReviewDetail) => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const [lines, setLines] = useState<EnergyLineInput[]>([{ type: 'electricity', quantity: NaN, unit: '万kWh' }]);
  const projectYear = Form.useWatch('projectYear', form) ?? 2023;
  const projects = useProjectOptions(projectYear, open);
  const create = useCreateReview();
  const submit = (v: Values) => {
    const submittedOn = v.submittedOn.format('YYYY-MM-DD');
    create.mutate({ projectId: v.projectId, year: Number(submittedOn.slice(0, 4)), applicant: v.applicant, submittedOn, lines, exemptIndustry: !!v.exemptIndustry, classified: !!v.classified, note: v.note ?? '' }, {
      onSuccess: (r) => { form.resetFields(); setLines([{ type: 'electricity', quantity: NaN, unit: '万kWh' }]); onClose(); onCreated(r); },
    });
  };
  return (
    <Drawer open={open} onClose={onClose} title={t('energy.reviews.add')} size={720} destroyOnHidden data-testid="energy-review-drawer"
      footer={<Space><Button onClick={onClose}>{t('energy.form.cancel')}</Button><Button type="primary" loading={create.isPending} onClick={() => form.submit()} data-testid="energy-review-submit">{t('energy.form.submit')}</Button></Space>}>
      <Form form={form} layout="vertical" onFinish={submit} initialValues={{ projectYear: 2023, submittedOn: dayjs() }}>
        <Flex gap={12}>
          <Form.Item name="projectYear" label={t('energy.form.projectYear')} style={{ width: 120 }}>
            <Select options={[2022, 2023, 2024].map((y) => ({ value: y, label: `${y}年` }))} />
          </Form.Item>
          <Form.Item name="projectId" label={t('energy.form.project')} rules={[{ required: true, message: t('energy.form.required') }]} style={{ flex: 1 }}>
            <Select showSearch optionFilterProp="label" loading={projects.isFetching} data-testid="energy-review-project"
              options={(projects.data?.items ?? []).map((p) => ({ value: p.id, label: `${p.name}（${p.code}）` }))} />
          </Form.Item>
        </Flex>
        <Flex gap={12}>
          <Form.Item name="applicant" label={t('energy.form.applicant')} rules={[{ required: true, whitespace: true, message: t('energy.form.required') }]} style={{ flex: 1 }}>
            <Input maxLength={100} data-testid="energy-review-applicant" />
          </Form.Item>
          <Form.Item name="submittedOn" label={t('energy.form.submittedOn')} rules={[{ required: true }]}>
            <DatePicker />
          </Form.Item>
        </Flex>
        <Form.Item label={t('energy.form.lines')} required>
          <LinesEditor value={lines} onChange={setLines} year={2023} testId="energy-review-lines" />
        </Form.Item>
        <Flex gap={24}>
          <Form.Item name="exemptIndustry" valuePropName="checked"><Checkbox>{t('energy.form.exemptIndustry')}</Checkbox></Form.Item>
          <Form.Item name="classified" valuePropName="checked"><Checkbox>{t('energy.form.classified')}</Checkbox></Form.Item>
        </Flex>
        <Form.Item name="note" label={t('energy.form.note')}><Input.TextArea maxLength={500} rows={2} /></Form.Item>
        {create.error ? <Alert type="error" showIcon title={<ErrorMessage error={create.error} />} data-testid="energy-review-error" /> : null}
      </Form>
    </Drawer>
  );
}
