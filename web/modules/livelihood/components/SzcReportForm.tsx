// A town's monthly 疏整促 report: task type, month, cumulative amount (in the type's unit), and — when the
// cumulative falls below last month's — the correction tick with its reason. A town user reports for its own town.
// A month already reported is shown and filled in; the save carries that report's version, so two people
// updating the same month cannot overwrite each other unseen (the second gets 记录已被他人修改).
import { Alert, Button, Card, Checkbox, Form, Input, InputNumber, Select } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { useCurrentUser } from '../../../app/session.ts';
import { useSzcReports } from '../api.ts';
import { useSaveSzcReport } from '../mutations.ts';
import type { SzcOverview } from '../types.ts';

type Values = { townId: number; typeId: number; period: string; cumActual: number; note?: string; correction?: boolean };

export function SzcReportForm({ o }: { o: SzcOverview }) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const save = useSaveSzcReport();
  const [form] = Form.useForm<Values>();
  const [done, setDone] = useState(false);
  const myTown = o.allTowns.find((w) => w.id === me.orgId);
  const townId = Form.useWatch('townId', form);
  const typeId = Form.useWatch('typeId', form);
  const types = o.types.filter((ty) => o.cells.some((c) => c.typeId === ty.id && c.townId === townId));
  const period = Form.useWatch('period', form);
  const unit = o.types.find((ty) => ty.id === typeId)?.unit;
  const month = useSzcReports(o.year, { townId: townId ?? null, period: period ?? null });
  const existing = townId && period && typeId ? month.data?.items.find((r) => r.typeId === typeId && r.townId === townId && r.period === period) : undefined;
  // The chosen month's report, once loaded: its figures in the form (none: an empty form).
  useEffect(() => {
    if (existing) form.setFieldsValue({ cumActual: existing.cumActual, note: existing.note, correction: !!existing.correction });
    else form.resetFields(['cumActual', 'note', 'correction']);
  }, [form, typeId, townId, period, existing?.id, existing?.version]);
  const months = Array.from({ length: 12 }, (_, k) => `${o.year}-${String(k + 1).padStart(2, '0')}`);
  return (
    <Card size="small" title={t('live.szc.reportTitle')} data-testid="szc-report-form">
      <Form form={form} layout="vertical" initialValues={{ townId: myTown?.id, period: o.period }}
        onFinish={(v) => { setDone(false); save.mutate({ ...v, note: v.note ?? '', correction: !!v.correction, version: existing?.version ?? 0 }, { onSuccess: () => { setDone(true); form.resetFields(['cumActual', 'note', 'correction']); } }); }}>
        <Form.Item name="townId" label={t('live.col.town')} rules={[{ required: true }]}>
          <Select data-testid="szc-town" disabled={!!myTown} options={o.allTowns.map((w) => ({ value: w.id, label: w.name }))} onChange={() => form.setFieldValue('typeId', undefined)} />
        </Form.Item>
        <Form.Item name="typeId" label={t('live.szc.type')} rules={[{ required: true }]}>
          <Select data-testid="szc-type" options={types.map((ty) => ({ value: ty.id, label: `${ty.name}（${ty.unit}）` }))} />
        </Form.Item>
        <Form.Item name="period" label={t('live.szc.month')} rules={[{ required: true }]}>
          <Select data-testid="szc-period" options={months.map((m) => ({ value: m, label: m }))} />
        </Form.Item>
        {existing && (
          <Alert type="info" showIcon style={{ marginBottom: 12 }} data-testid="szc-existing"
            title={t('live.szc.existing', { value: existing.cumActual, unit: unit ?? '', state: t(`live.state.${existing.state}`) })} />
        )}
        <Form.Item name="cumActual" label={t('live.szc.cumActual', { unit: unit ?? '' })} rules={[{ required: true }, { type: 'number', min: 0, message: t('live.szc.nonNegative') }]}>
          <InputNumber data-testid="szc-cum" style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="correction" valuePropName="checked"><Checkbox>{t('live.szc.correction')}</Checkbox></Form.Item>
        <Form.Item name="note" label={t('live.szc.note')}><Input.TextArea rows={2} maxLength={500} /></Form.Item>
        {save.error ? <Alert type="error" showIcon style={{ marginBottom: 8 }} title={<ErrorMessage error={save.error} />} data-testid="szc-error" /> : null}
        {done && <Alert type="success" showIcon style={{ marginBottom: 8 }} title={t('live.toast.reportSaved')} />}
        <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="szc-submit">{t('live.szc.submit')}</Button>
      </Form>
    </Card>
  );
}
