// 登记走访: date (not after today), form, people, notes, and the demands the enterprise raised — each one
// received with its category's time limit. Opened for one enterprise, or with a picker of one's own.
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, DatePicker, Flex, Form, Input, Modal, Radio, Select, Typography, type ButtonProps } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { demandCategories, demandTimeLimits, visitForms } from '../../../../../common/enterprises.ts';
import { useCurrentUser } from '../../../../app/session.ts';
import { ErrorMessage } from '../../../../components/ErrorMessage.tsx';
import { applyServerErrors } from '../../../../components/formErrors.ts';
import { isApiError } from '../../../../api/errors.ts';
import { useUiLang } from '../../../../i18n/index.ts';
import { useEntFormat } from '../../hooks/useEntFormat.ts';
import { useLogVisit } from '../../mutations.ts';
import type { Category, VisitForm } from '../../types.ts';

type Values = { enterpriseId: number; visitedOn: Dayjs; form: VisitForm; visitors: string; notes?: string; demands?: { category: Category; text: string }[] };
type Props = {
  open: boolean;
  onClose: () => void;
  /** The enterprise visited; when absent, the modal offers `choices`. */
  enterprise?: { id: number; name: string } | null;
  choices?: { id: number; name: string }[];
};

export function VisitModal({ open, onClose, enterprise, choices = [] }: Props) {
  const { t } = useTranslation();
  const lang = useUiLang();
  const f = useEntFormat();
  const me = useCurrentUser();
  const [form] = Form.useForm<Values>();
  const log = useLogVisit();
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    if (!open) return;
    form.resetFields();
    form.setFieldsValue({ enterpriseId: enterprise?.id, visitedOn: dayjs(), form: '上门', visitors: me.displayName, demands: [] });
    setError(null);
  }, [open, enterprise?.id, form, me.displayName]);

  const finish = (v: Values) => {
    setError(null);
    log.mutate(
      {
        enterpriseId: v.enterpriseId, visitedOn: v.visitedOn.format('YYYY-MM-DD'), form: v.form, visitors: v.visitors.trim(), notes: v.notes?.trim() ?? '',
        demands: (v.demands ?? []).map((d) => ({ category: d.category, text: d.text.trim() })),
      },
      {
        onSuccess: onClose,
        onError: (e) => {
          applyServerErrors(form, e, lang);
          if (isApiError(e, 'ent.visit_in_future')) form.setFields([{ name: 'visitedOn', errors: [(e as Error).message] }]);
          else setError(e);
        },
      },
    );
  };
  return (
    <Modal
      open={open}
      title={enterprise ? t('ent.visit.titleFor', { name: enterprise.name }) : t('ent.visit.title')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('ent.visit.submit')}
      okButtonProps={{ loading: log.isPending, 'data-testid': 'ent-visit-submit' } as ButtonProps}
      width={720}
      destroyOnHidden
    >
      {error !== null && <Alert type="error" showIcon style={{ marginBottom: 12 }} title={<ErrorMessage error={error} />} />}
      <Form<Values> form={form} layout="vertical" onFinish={finish} data-testid="ent-visit-form">
        <Form.Item name="enterpriseId" label={t('ent.field.enterprise')} rules={[{ required: true, message: t('ent.form.required') }]} hidden={!!enterprise}>
          <Select showSearch={{ optionFilterProp: 'label' }} options={choices.map((c) => ({ value: c.id, label: c.name }))} data-testid="ent-visit-enterprise" />
        </Form.Item>
        <Flex gap={12} wrap>
          <Form.Item name="visitedOn" label={t('ent.visit.date')} rules={[{ required: true, message: t('ent.form.required') }]}>
            <DatePicker disabledDate={(d) => d.isAfter(dayjs(), 'day')} allowClear={false} data-testid="ent-visit-date" />
          </Form.Item>
          <Form.Item name="form" label={t('ent.visit.form')} rules={[{ required: true }]}>
            <Radio.Group optionType="button" options={visitForms.map((v) => ({ value: v, label: f.label('form', v) }))} />
          </Form.Item>
          <Form.Item name="visitors" label={t('ent.visit.visitors')} rules={[{ required: true, whitespace: true, message: t('ent.visit.visitorsRequired') }]} style={{ flex: '1 1 200px' }}>
            <Input maxLength={200} data-testid="ent-visit-visitors" />
          </Form.Item>
        </Flex>
        <Form.Item name="notes" label={t('ent.visit.notes')} extra={t('ent.visit.notesHelp')}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={5000} data-testid="ent-visit-notes" />
        </Form.Item>
        <Typography.Text strong>{t('ent.visit.demands')}</Typography.Text>
        <Form.List name="demands">
          {(fields, { add, remove }) => (
            <div style={{ marginTop: 8 }}>
              {fields.map((field) => (
                <Flex key={field.key} gap={8} align="start">
                  <Form.Item name={[field.name, 'category']} rules={[{ required: true, message: t('ent.form.required') }]} style={{ width: 190 }}>
                    <Select
                      placeholder={t('ent.demand.category')}
                      options={demandCategories.map((c) => ({ value: c, label: `${f.label('category', c)} · ${t('ent.demand.limitDays', { days: demandTimeLimits[c] })}` }))}
                      popupMatchSelectWidth={false}
                      data-testid={`ent-visit-demand-category-${field.name}`}
                    />
                  </Form.Item>
                  <Form.Item name={[field.name, 'text']} rules={[{ required: true, whitespace: true, message: t('ent.form.required') }]} style={{ flex: 1 }}>
                    <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={2000} placeholder={t('ent.demand.textPlaceholder')} data-testid={`ent-visit-demand-text-${field.name}`} />
                  </Form.Item>
                  <Button type="text" icon={<MinusCircleOutlined />} onClick={() => remove(field.name)} aria-label={t('common.delete')} />
                </Flex>
              ))}
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ category: undefined, text: '' })} data-testid="ent-visit-add-demand">
                {t('ent.visit.addDemand')}
              </Button>
            </div>
          )}
        </Form.List>
      </Form>
    </Modal>
  );
}
