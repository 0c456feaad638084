// A town (or the division) reports one quarter's energy consumption (tce) and output (万元).
import { Alert, Form, Input, InputNumber, Modal, Select, type ButtonProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { useReportQuarter } from '../mutations.ts';
import type { AssessmentRow } from '../types.ts';

type Values = { quarter: string; energyTce: number; output: number; note?: string };

export function QuarterModal({ row, onClose }: { row: AssessmentRow | null; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const report = useReportQuarter();
  const quarters = row ? [1, 2, 3, 4].map((q) => `${row.year}-Q${q}`) : [];
  const fill = (quarter: string) => {
    const q = row?.quarters.find((x) => x.quarter === quarter);
    form.setFieldsValue({ energyTce: q?.energyTce, output: q?.output, note: q?.note ?? '' });
  };
  const submit = (v: Values) => {
    if (!row) return;
    const existing = row.quarters.find((x) => x.quarter === v.quarter);
    report.mutate({ id: row.id, quarter: v.quarter, energyTce: v.energyTce, output: v.output, note: v.note ?? '', version: existing?.version ?? 0 }, { onSuccess: onClose });
  };
  return (
    <Modal key={row?.id ?? 0} open={!!row} title={row ? `${t('energy.assessment.report')} · ${row.name}` : ''} onCancel={() => { report.reset(); onClose(); }} onOk={() => form.submit()} confirmLoading={report.isPending}
      okText={t('energy.form.report')} destroyOnHidden okButtonProps={{ 'data-testid': 'energy-quarter-ok' } as ButtonProps}>
      <Form form={form} layout="vertical" onFinish={submit} preserve={false}>
        <Form.Item name="quarter" label={t('energy.form.quarter')} rules={[{ required: true, message: t('energy.form.required') }]}>
          <Select options={quarters.map((q) => ({ value: q, label: q.replace(/-Q(\d)/, '年第$1季度') }))} onChange={fill} data-testid="energy-quarter-select" />
        </Form.Item>
        <Form.Item name="energyTce" label={t('energy.form.energyTce')} rules={[{ required: true, message: t('energy.form.required') }, { type: 'number', min: 0, message: '不能为负数' }]}>
          <InputNumber style={{ width: '100%' }} data-testid="energy-quarter-tce" />
        </Form.Item>
        <Form.Item name="output" label={t('energy.form.output')} rules={[{ required: true, message: t('energy.form.required') }, { type: 'number', min: 0, message: '不能为负数' }]}>
          <InputNumber style={{ width: '100%' }} data-testid="energy-quarter-output" />
        </Form.Item>
        <Form.Item name="note" label={t('energy.form.note')}><Input maxLength={500} /></Form.Item>
        {report.error ? <Alert type="error" showIcon title={<ErrorMessage error={report.error} />} data-testid="energy-quarter-error" /> : null}
      </Form>
    </Modal>
  );
}
