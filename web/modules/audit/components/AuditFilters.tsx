// Filters of the audit log (text, action, actor, entity type, result, date range), kept in the URL.
// Action and entity-type suggestions come from the rows on screen, not from a fixed list.
import { AutoComplete, Button, DatePicker, Form, Input, InputNumber, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { limits } from '../../../../common/limits.ts';
import type { AuditEvent } from '../api.ts';

export type AuditFilterValues = { q: string; action: string; actorId: string; entityType: string; result: string; from: string; to: string };
type FormValues = { q?: string; action?: string; actorId?: number | null; entityType?: string; result?: string; range?: [Dayjs | null, Dayjs | null] | null };

const day = (s: string) => (/^\d{4}-\d{2}-\d{2}$/.test(s) && dayjs(s).isValid() ? dayjs(s) : null);
const distinct = (xs: (string | null)[]) => [...new Set(xs.filter((x): x is string => !!x))].sort().map((value) => ({ value }));

export function AuditFilters({ values, rows, onChange }: { values: AuditFilterValues; rows: AuditEvent[]; onChange: (v: AuditFilterValues) => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<FormValues>();
  useEffect(() => {
    form.setFieldsValue({
      q: values.q,
      action: values.action,
      actorId: values.actorId ? Number(values.actorId) : null,
      entityType: values.entityType,
      result: values.result || undefined,
      range: values.from || values.to ? [day(values.from), day(values.to)] : null,
    });
  }, [values, form]);
  const actions = useMemo(() => distinct(rows.map((r) => r.action)), [rows]);
  const entityTypes = useMemo(() => distinct(rows.map((r) => r.entityType)), [rows]);

  const submit = (v: FormValues) =>
    onChange({
      q: v.q?.trim() ?? '',
      action: v.action?.trim() ?? '',
      actorId: v.actorId ? String(v.actorId) : '',
      entityType: v.entityType?.trim() ?? '',
      result: v.result ?? '',
      from: v.range?.[0]?.format('YYYY-MM-DD') ?? '',
      to: v.range?.[1]?.format('YYYY-MM-DD') ?? '',
    });

  return (
    <Form form={form} layout="inline" onFinish={submit} style={{ rowGap: 8, marginBottom: 12 }} data-testid="audit-filters">
      <Form.Item name="q">
        <Input allowClear placeholder={t('audit.searchPlaceholder')} maxLength={limits.searchMax} style={{ width: 200 }} data-testid="audit-filter-q" />
      </Form.Item>
      <Form.Item name="action">
        <AutoComplete allowClear options={actions} placeholder={t('audit.action')} style={{ width: 170 }} data-testid="audit-filter-action" />
      </Form.Item>
      <Form.Item name="actorId">
        <InputNumber min={1} precision={0} placeholder={t('audit.actorId')} style={{ width: 120 }} data-testid="audit-filter-actor" />
      </Form.Item>
      <Form.Item name="entityType">
        <AutoComplete allowClear options={entityTypes} placeholder={t('audit.entityType')} style={{ width: 140 }} data-testid="audit-filter-entity" />
      </Form.Item>
      <Form.Item name="result">
        <Select
          allowClear
          placeholder={t('audit.result')}
          style={{ width: 110 }}
          options={[
            { value: 'success', label: t('audit.success') },
            { value: 'failure', label: t('audit.failure') },
          ]}
          data-testid="audit-filter-result"
        />
      </Form.Item>
      <Form.Item name="range">
        <DatePicker.RangePicker allowEmpty={[true, true]} style={{ width: 260 }} data-testid="audit-filter-range" />
      </Form.Item>
      <Form.Item>
        <Button type="primary" htmlType="submit" data-testid="audit-filter-submit">
          {t('common.search')}
        </Button>
      </Form.Item>
      <Form.Item>
        <Button onClick={() => onChange({ q: '', action: '', actorId: '', entityType: '', result: '', from: '', to: '' })}>{t('common.reset')}</Button>
      </Form.Item>
    </Form>
  );
}
