// 人工调整评价: replaces the computed rating with a judgement, which needs a reason (shown as overridden
// wherever the rating appears); clearing it returns to the computed rating.
import { Alert, Form, Input, Modal, Select } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { fypRatings } from '../../../../../common/economy-schemas.ts';
import { useUiLang } from '../../../../i18n/index.ts';
import { showServerErrors } from '../../../workplan/components/serverErrors.ts';
import { useOverrideFyp } from '../../mutations.ts';
import type { FypEvaluationRow } from '../../types.ts';

type Values = { rating: string | null; reason: string };

export function OverrideModal({ row, onClose }: { row: FypEvaluationRow | null; onClose: () => void }) {
  const { t } = useTranslation();
  const lang = useUiLang();
  const save = useOverrideFyp();
  const [form] = Form.useForm<Values>();
  const rating = Form.useWatch('rating', form);
  useEffect(() => {
    if (row) form.setFieldsValue({ rating: row.evaluation.overridden ? row.evaluation.rating : null, reason: row.evaluation.overrideReason ?? '' });
  }, [row, form]);
  return (
    <Modal
      open={row !== null}
      title={row ? t('econ.fyp.overrideTitle', { name: row.name }) : ''}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={save.isPending}
      forceRender
    >
      {row && <Alert type="info" showIcon style={{ marginBottom: 12 }} title={t('econ.fyp.computedIs', { rating: t(`econ.fyp.ratings.${row.evaluation.computed}`, { defaultValue: row.evaluation.computed }) })} description={row.evaluation.explain || undefined} />}
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={(v) => row && save.mutate({ id: row.id, rating: v.rating ?? null, reason: v.reason?.trim() ?? '', version: row.version }, { onSuccess: onClose, onError: (e) => showServerErrors(form, e, lang) })}
      >
        <Form.Item name="rating" label={t('econ.fyp.rating')}>
          <Select allowClear placeholder={t('econ.fyp.useComputed')} options={fypRatings.map((r) => ({ value: r, label: t(`econ.fyp.ratings.${r}`) }))} />
        </Form.Item>
        <Form.Item name="reason" label={t('econ.fyp.overrideReason')} rules={rating ? [{ required: true, whitespace: true, min: 2, message: t('econ.fyp.reasonRequired') }, { max: 500 }] : [{ max: 500 }]}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} maxLength={500} showCount />
        </Form.Item>
      </Form>
    </Modal>
  );
}
