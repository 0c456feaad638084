// 登记协助书: the requesting organ and its type, the received date, the valuation date (not after the
// received date), the items (name, model, quantity > 0, condition) and the certifiers. Server refusals
// show in place.
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Col, DatePicker, Divider, Drawer, Flex, Form, Grid, Input, InputNumber, Row, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { requesterTypes } from '../../../../../common/prices.ts';
import { isApiError } from '../../../../api/errors.ts';
import { ErrorMessage } from '../../../../components/ErrorMessage.tsx';
import { applyServerErrors } from '../../../../components/formErrors.ts';
import { useUiLang } from '../../../../i18n/index.ts';
import { usePickerFormat } from '../../../projects/components/dates.ts';
import { inPlaceCodes, useCreateCase } from '../../mutations.ts';
import type { CertCaseDetail, CertItem } from '../../types.ts';

type Values = { requesterOrg: string; requesterType: string; receivedOn: Dayjs; baseDate: Dayjs; items: CertItem[]; certifiers: string };

export function CertCaseDrawer({ open, onClose, onCreated }: { open: boolean; onClose: () => void; onCreated?: (c: CertCaseDetail) => void }) {
  const { t } = useTranslation();
  const screens = Grid.useBreakpoint();
  return (
    <Drawer open={open} onClose={onClose} title={t('price.cases.add')} size={screens.md ? 720 : '100%'} destroyOnHidden data-testid="cert-drawer">
      {open && <CertCaseForm onClose={onClose} onCreated={onCreated} />}
    </Drawer>
  );
}

function CertCaseForm({ onClose, onCreated }: { onClose: () => void; onCreated?: (c: CertCaseDetail) => void }) {
  const { t } = useTranslation();
  const lang = useUiLang();
  const format = usePickerFormat();
  const [form] = Form.useForm<Values>();
  const create = useCreateCase();
  const [error, setError] = useState<unknown>(null);
  const required = { required: true, message: t('price.cases.required') };
  const submit = (v: Values) => {
    setError(null);
    const input = {
      requesterOrg: v.requesterOrg.trim(), requesterType: v.requesterType, receivedOn: v.receivedOn.format('YYYY-MM-DD'), baseDate: v.baseDate.format('YYYY-MM-DD'),
      items: v.items.map((i) => ({ name: i.name.trim(), spec: (i.spec ?? '').trim(), quantity: i.quantity, condition: (i.condition ?? '').trim() })), certifiers: (v.certifiers ?? '').trim(),
    };
    create.mutate(input, {
      onSuccess: (c) => (onClose(), onCreated?.(c)),
      onError: (err) => {
        if (inPlaceCodes.some((code) => isApiError(err, code))) setError(err);
        applyServerErrors(form, err, lang);
      },
    });
  };
  return (
    <Form<Values> form={form} layout="vertical" onFinish={submit} initialValues={{ receivedOn: dayjs(), items: [{ name: '', spec: '', quantity: 1, condition: '' }], certifiers: '' }} data-testid="cert-form">
      {error !== null && <Alert type="error" showIcon style={{ marginBottom: 12 }} title={<ErrorMessage error={error} />} data-testid="cert-form-error" />}
      <Row gutter={12}>
        <Col xs={24} md={16}>
          <Form.Item name="requesterOrg" label={t('price.cases.requesterOrg')} rules={[{ ...required, whitespace: true }, { max: 100 }]}>
            <Input maxLength={100} data-testid="cert-form-org" />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="requesterType" label={t('price.cases.requesterType')} rules={[required]}>
            <Select options={requesterTypes.map((x) => ({ value: x, label: x }))} data-testid="cert-form-type" />
          </Form.Item>
        </Col>
        <Col xs={12}>
          <Form.Item name="receivedOn" label={t('price.cases.receivedOn')} rules={[required]}>
            <DatePicker format={format} style={{ width: '100%' }} data-testid="cert-form-received" />
          </Form.Item>
        </Col>
        <Col xs={12}>
          <Form.Item
            name="baseDate"
            label={t('price.cases.baseDate')}
            dependencies={['receivedOn']}
            rules={[
              required,
              ({ getFieldValue }) => ({
                validator: async (_, v?: Dayjs) => {
                  const received = getFieldValue('receivedOn') as Dayjs | undefined;
                  if (v && received && v.isAfter(received, 'day')) throw new Error(t('price.cases.baseAfterReceived'));
                },
              }),
            ]}
          >
            <DatePicker format={format} style={{ width: '100%' }} data-testid="cert-form-base" />
          </Form.Item>
        </Col>
      </Row>
      <Divider titlePlacement="start" style={{ margin: '4px 0 12px' }}>{t('price.cases.items')}</Divider>
      <Form.List name="items" rules={[{ validator: async (_, v?: unknown[]) => { if (!v || v.length === 0) throw new Error(t('price.cases.itemsRequired')); } }]}>
        {(fields, { add, remove }, { errors }) => (
          <>
            {fields.map((f, i) => (
              <Flex key={f.key} gap={8} align="start" wrap data-testid={`cert-form-item-${i}`}>
                <Form.Item name={[f.name, 'name']} rules={[{ ...required, whitespace: true }, { max: 100 }]} style={{ flex: '2 1 160px', marginBottom: 8 }}>
                  <Input placeholder={t('price.cases.itemName')} maxLength={100} data-testid={`cert-form-item-name-${i}`} />
                </Form.Item>
                <Form.Item name={[f.name, 'spec']} rules={[{ max: 100 }]} style={{ flex: '2 1 140px', marginBottom: 8 }}>
                  <Input placeholder={t('price.cases.itemSpec')} maxLength={100} />
                </Form.Item>
                <Form.Item name={[f.name, 'quantity']} rules={[required, { type: 'number', min: 0.0001, message: t('price.cases.quantityPositive') }]} style={{ flex: '0 0 110px', marginBottom: 8 }}>
                  <InputNumber placeholder={t('price.cases.quantity')} min={0} style={{ width: '100%' }} data-testid={`cert-form-item-qty-${i}`} />
                </Form.Item>
                <Form.Item name={[f.name, 'condition']} rules={[{ max: 200 }]} style={{ flex: '2 1 140px', marginBottom: 8 }}>
                  <Input placeholder={t('price.cases.condition')} maxLength={200} />
                </Form.Item>
                <Button icon={<DeleteOutlined />} disabled={fields.length <= 1} onClick={() => remove(f.name)} aria-label={t('common.delete')} />
              </Flex>
            ))}
            <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ name: '', spec: '', quantity: 1, condition: '' })} disabled={fields.length >= 100} data-testid="cert-form-add-item">{t('price.cases.addItem')}</Button>
            <Form.ErrorList errors={errors} />
          </>
        )}
      </Form.List>
      <Form.Item name="certifiers" label={t('price.cases.certifiers')} rules={[{ max: 200 }]} style={{ marginTop: 12 }}>
        <Input maxLength={200} data-testid="cert-form-certifiers" />
      </Form.Item>
      <Flex justify="end" gap={8}>
        <Button onClick={onClose}>{t('common.cancel')}</Button>
        <Button type="primary" htmlType="submit" loading={create.isPending} data-testid="cert-form-submit">{t('common.save')}</Button>
      </Flex>
    </Form>
  );
}
