// 录入实际值: a year's actual of a plan indicator — the value (levels, ceilings, floors) and/or the year's
// published growth or reduction rate (chained average growth, cumulative reduction).
import { Alert, Form, Input, InputNumber, Modal, Select, type ButtonProps } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../../api/errors.ts';
import { ErrorMessage } from '../../../../components/ErrorMessage.tsx';
import { useUiLang } from '../../../../i18n/index.ts';
import { showServerErrors } from '../../../workplan/components/serverErrors.ts';
import { useSaveFypActual } from '../../mutations.ts';
import type { FypEvaluationRow } from '../../types.ts';

type Values = { year: number; value: number | null; ratePct: number | null; note: string };

export function ActualModal({ row, defaultYear, onClose }: { row: FypEvaluationRow | null; defaultYear: number; onClose: () => void }) {
  const { t } = useTranslation();
  const lang = useUiLang();
  const save = useSaveFypActual();
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<unknown>(null);
  const year = Form.useWatch('year', form) ?? defaultYear;
  const current = row?.actuals.find((a) => a.year === year);
  useEffect(() => {
    form.setFieldsValue({ value: current?.value ?? null, ratePct: current?.ratePct ?? null, note: current?.note ?? '' });
  }, [current, form]);
  useEffect(() => {
    setError(null);
    if (row) form.setFieldsValue({ year: defaultYear });
  }, [row, defaultYear, form]);
  const rateLabel = row?.form === 'cumulativeReduction' ? t('econ.fyp.reductionPct') : t('econ.fyp.ratePct');
  return (
    <Modal
      open={row !== null}
      title={row ? t('econ.fyp.actualTitle', { name: row.name }) : ''}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={save.isPending}
      destroyOnHidden
      forceRender
      okButtonProps={{ 'data-testid': 'econ-fyp-actual-submit' } as ButtonProps}
    >
      {error !== null && <Alert type="error" showIcon style={{ marginBottom: 12 }} title={<ErrorMessage error={error} />} />}
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ year: defaultYear }}
        onFinish={(v) =>
          row &&
          save.mutate(
            { id: row.id, year: v.year, input: { value: v.value ?? null, ratePct: v.ratePct ?? null, note: v.note?.trim() ?? '' } },
            { onSuccess: onClose, onError: (e) => { if (isApiError(e, 'fyp.year_out_of_plan') || isApiError(e, 'record.stale')) setError(e); showServerErrors(form, e, lang); } },
          )
        }
      >
        <Form.Item name="year" label={t('econ.fyp.year')} rules={[{ required: true }]}>
          <Select options={[2021, 2022, 2023, 2024, 2025].map((y) => ({ value: y, label: t('econ.year.option', { year: y }) }))} style={{ width: 140 }} />
        </Form.Item>
        <Form.Item
          name="value"
          label={t('econ.fyp.value')}
          dependencies={['ratePct']}
          rules={[({ getFieldValue }) => ({ validator: async (_, v) => { if ((v ?? null) === null && (getFieldValue('ratePct') ?? null) === null) throw new Error(t('econ.fyp.valueOrRate')); } })]}
        >
          <InputNumber style={{ width: '100%' }} suffix={row?.unit || undefined} data-testid="econ-fyp-actual-value" />
        </Form.Item>
        <Form.Item name="ratePct" label={rateLabel} extra={row?.chainRates ? t('econ.fyp.chainHelp') : undefined}>
          <InputNumber style={{ width: '100%' }} suffix="%" />
        </Form.Item>
        <Form.Item name="note" label={t('econ.field.note')} rules={[{ max: 500 }]}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 4 }} maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
