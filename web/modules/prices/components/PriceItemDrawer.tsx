// 新增/调整定价项目: name, form (政府定价/政府指导价), current price and unit, basis document, effective
// date, review due date and note; an adjustment carries the version read. Refusals show in place.
import { Alert, Button, Col, DatePicker, Drawer, Flex, Form, Grid, Input, InputNumber, Row, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { priceForms } from '../../../../common/prices.ts';
import { isApiError } from '../../../api/errors.ts';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { applyServerErrors } from '../../../components/formErrors.ts';
import { useUiLang } from '../../../i18n/index.ts';
import { usePickerFormat } from '../../projects/components/dates.ts';
import { inPlaceCodes, useSavePriceItem } from '../mutations.ts';
import type { PriceItem, PriceItemInput } from '../types.ts';

type Values = Omit<PriceItemInput, 'effectiveFrom' | 'reviewDue' | 'version'> & { effectiveFrom: Dayjs; reviewDue: Dayjs };

export function PriceItemDrawer({ state, onClose }: { state: { item: PriceItem | null } | null; onClose: () => void }) {
  const { t } = useTranslation();
  const screens = Grid.useBreakpoint();
  return (
    <Drawer open={!!state} onClose={onClose} title={state?.item ? `${t('price.items.edit')} · ${state.item.name}` : t('price.items.add')} size={screens.md ? 560 : '100%'} destroyOnHidden data-testid="price-item-drawer">
      {state && <PriceItemForm item={state.item} onClose={onClose} />}
    </Drawer>
  );
}

function PriceItemForm({ item, onClose }: { item: PriceItem | null; onClose: () => void }) {
  const { t } = useTranslation();
  const lang = useUiLang();
  const format = usePickerFormat();
  const [form] = Form.useForm<Values>();
  const save = useSavePriceItem();
  const [error, setError] = useState<unknown>(null);
  const required = { required: true, message: t('price.cases.required') };
  const initial: Partial<Values> = item
    ? { name: item.name, form: item.form, currentPrice: item.currentPrice, unit: item.unit, basisDoc: item.basisDoc, effectiveFrom: dayjs(item.effectiveFrom), reviewDue: dayjs(item.reviewDue), note: item.note }
    : { form: '政府定价', note: '' };
  const submit = (v: Values) => {
    setError(null);
    const input: PriceItemInput = {
      name: v.name.trim(), form: v.form, currentPrice: v.currentPrice, unit: v.unit.trim(), basisDoc: v.basisDoc.trim(),
      effectiveFrom: v.effectiveFrom.format('YYYY-MM-DD'), reviewDue: v.reviewDue.format('YYYY-MM-DD'), note: (v.note ?? '').trim(), ...(item ? { version: item.version } : {}),
    };
    save.mutate({ id: item?.id ?? null, input }, {
      onSuccess: () => onClose(),
      onError: (err) => {
        if (inPlaceCodes.some((code) => isApiError(err, code))) setError(err);
        applyServerErrors(form, err, lang);
      },
    });
  };
  return (
    <Form<Values> form={form} layout="vertical" initialValues={initial} onFinish={submit} data-testid="price-item-form">
      {error !== null && <Alert type="error" showIcon style={{ marginBottom: 12 }} title={<ErrorMessage error={error} />} data-testid="price-item-error" />}
      <Row gutter={12}>
        <Col xs={24}>
          <Form.Item name="name" label={t('price.items.name')} rules={[{ ...required, whitespace: true }, { max: 100 }]}>
            <Input maxLength={100} data-testid="price-item-name" />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="form" label={t('price.items.form')} rules={[required]}>
            <Select options={priceForms.map((x) => ({ value: x, label: x }))} data-testid="price-item-form-kind" />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item name="currentPrice" label={t('price.items.currentPrice')} rules={[required, { type: 'number', min: 0.0001, message: t('price.items.pricePositive') }]}>
            <InputNumber min={0} max={1e6} style={{ width: '100%' }} data-testid="price-item-price" />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item name="unit" label={t('price.items.unit')} rules={[{ ...required, whitespace: true }, { max: 20 }]}>
            <Input maxLength={20} placeholder="元/立方米" data-testid="price-item-unit" />
          </Form.Item>
        </Col>
        <Col xs={24}>
          <Form.Item name="basisDoc" label={t('price.items.basisDoc')} rules={[{ ...required, whitespace: true }, { max: 200 }]}>
            <Input maxLength={200} data-testid="price-item-basis" />
          </Form.Item>
        </Col>
        <Col xs={12}>
          <Form.Item name="effectiveFrom" label={t('price.items.effectiveFrom')} rules={[required]}>
            <DatePicker format={format} style={{ width: '100%' }} data-testid="price-item-effective" />
          </Form.Item>
        </Col>
        <Col xs={12}>
          <Form.Item name="reviewDue" label={t('price.items.reviewDue')} rules={[required]}>
            <DatePicker format={format} style={{ width: '100%' }} data-testid="price-item-review" />
          </Form.Item>
        </Col>
        <Col xs={24}>
          <Form.Item name="note" label={t('price.items.note')} rules={[{ max: 500 }]}>
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} maxLength={500} />
          </Form.Item>
        </Col>
      </Row>
      <Flex justify="end" gap={8}>
        <Button onClick={onClose}>{t('price.items.cancel')}</Button>
        <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="price-item-submit">{t('price.items.save')}</Button>
      </Flex>
    </Form>
  );
}
