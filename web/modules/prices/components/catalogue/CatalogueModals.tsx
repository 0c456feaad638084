// The catalogue's editors, each a modal: the alert thresholds of a commodity, a new commodity, a new
// monitoring point (its town from the org tree), the collectors of a point (picked among the collectors
// the catalogue already knows) and a new holiday/emergency window. Refusals show in the modal.
import { Alert, Col, DatePicker, Form, type FormInstance, Input, InputNumber, Modal, Row, Select, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { commodityGroups, pointTypes, priceUnits, windowKinds } from '../../../../../common/prices.ts';
import { isApiError } from '../../../../api/errors.ts';
import { ErrorMessage } from '../../../../components/ErrorMessage.tsx';
import { applyServerErrors } from '../../../../components/formErrors.ts';
import { useUiLang } from '../../../../i18n/index.ts';
import { OrgTreeSelect } from '../../../orgs/components/OrgTreeSelect.tsx';
import { usePickerFormat } from '../../../projects/components/dates.ts';
import { inPlaceCodes, useCreateCommodity, useCreatePoint, useCreateWindow, useSetCollectors, useSetThreshold } from '../../mutations.ts';
import type { Commodity, CommodityInput, PointInput, PricePoint, WindowInput } from '../../types.ts';

const codeRule = /^[A-Za-z0-9_.-]+$/;

/** Shared handling of a refused write: in-place codes in the alert, field issues on the fields. */
function useRefusal() {
  const lang = useUiLang();
  const [error, setError] = useState<unknown>(null);
  return {
    error,
    clear: () => setError(null),
    onError: (form: FormInstance | null) => (err: unknown) => {
      if (inPlaceCodes.some((code) => isApiError(err, code))) setError(err);
      if (form) applyServerErrors(form, err, lang);
    },
    alert: (testId: string) => (error !== null ? <Alert type="error" showIcon style={{ marginBottom: 12 }} title={<ErrorMessage error={error} />} data-testid={testId} /> : null),
  };
}

export function ThresholdModal({ commodity, onClose }: { commodity: Commodity | null; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ risePct: number; fallPct: number }>();
  const save = useSetThreshold();
  const refusal = useRefusal();
  const required = { required: true, message: t('price.catalogue.required') };
  return (
    <Modal
      open={!!commodity}
      title={commodity ? t('price.catalogue.thresholdTitle', { name: commodity.name }) : ''}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('price.catalogue.save')}
      cancelText={t('price.catalogue.cancel')}
      confirmLoading={save.isPending}
      okButtonProps={{ 'data-testid': 'cat-threshold-submit' }}
      destroyOnHidden
      width={460}
    >
      {commodity && (
        <Form
          form={form}
          layout="vertical"
          preserve={false}
          initialValues={{ risePct: commodity.risePct, fallPct: commodity.fallPct }}
          onFinish={(v) => {
            refusal.clear();
            save.mutate({ id: commodity.id, name: commodity.name, risePct: v.risePct, fallPct: v.fallPct }, { onSuccess: onClose, onError: refusal.onError(form) });
          }}
          data-testid="cat-threshold-form"
        >
          {refusal.alert('cat-threshold-error')}
          <Typography.Paragraph type="secondary">{t('price.catalogue.thresholdHint')}</Typography.Paragraph>
          <Row gutter={12}>
            <Col span={12}>
              <Form.Item name="risePct" label={t('price.catalogue.risePct')} rules={[required]}>
                <InputNumber min={0.1} max={500} step={1} suffix="%" style={{ width: '100%' }} data-testid="cat-threshold-rise" />
              </Form.Item>
            </Col>
            <Col span={12}>
              <Form.Item name="fallPct" label={t('price.catalogue.fallPct')} rules={[required]}>
                <InputNumber min={0.1} max={100} step={1} suffix="%" style={{ width: '100%' }} data-testid="cat-threshold-fall" />
              </Form.Item>
            </Col>
          </Row>
        </Form>
      )}
    </Modal>
  );
}

export function CommodityModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<CommodityInput>();
  const save = useCreateCommodity();
  const refusal = useRefusal();
  const required = { required: true, message: t('price.catalogue.required') };
  return (
    <Modal
      open={open}
      title={t('price.catalogue.addCommodity')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('price.catalogue.save')}
      cancelText={t('price.catalogue.cancel')}
      confirmLoading={save.isPending}
      okButtonProps={{ 'data-testid': 'cat-commodity-submit' }}
      destroyOnHidden
      width={620}
    >
      <Form<CommodityInput>
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{ spec: '', weight: 1, risePct: 10, fallPct: 10, seq: 0 }}
        onFinish={(v) => {
          refusal.clear();
          const input: CommodityInput = { ...v, code: v.code.trim(), name: v.name.trim(), spec: (v.spec ?? '').trim() };
          save.mutate(input, { onSuccess: onClose, onError: refusal.onError(form) });
        }}
        data-testid="cat-commodity-form"
      >
        {refusal.alert('cat-commodity-error')}
        <Row gutter={12}>
          <Col xs={24} md={8}>
            <Form.Item name="code" label={t('price.catalogue.code')} rules={[{ ...required, whitespace: true }, { pattern: codeRule, message: t('price.catalogue.codeRule') }, { max: 40 }]}>
              <Input maxLength={40} placeholder="CARROT" data-testid="cat-commodity-code" />
            </Form.Item>
          </Col>
          <Col xs={24} md={16}>
            <Form.Item name="name" label={t('price.catalogue.name')} rules={[{ ...required, whitespace: true }, { max: 50 }]}>
              <Input maxLength={50} data-testid="cat-commodity-name" />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="group" label={t('price.catalogue.group')} rules={[required]}>
              <Select options={commodityGroups.map((x) => ({ value: x, label: x }))} data-testid="cat-commodity-group" />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="spec" label={t('price.catalogue.spec')} rules={[{ max: 50 }]}>
              <Input maxLength={50} placeholder="一级" data-testid="cat-commodity-spec" />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="unit" label={t('price.catalogue.unit')} rules={[required]}>
              <Select options={priceUnits.map((x) => ({ value: x, label: x }))} data-testid="cat-commodity-unit" />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item name="weight" label={t('price.catalogue.weight')} rules={[required]}>
              <InputNumber min={0} max={100} style={{ width: '100%' }} data-testid="cat-commodity-weight" />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item name="risePct" label={t('price.catalogue.risePct')} rules={[required]}>
              <InputNumber min={0.1} max={500} suffix="%" style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item name="fallPct" label={t('price.catalogue.fallPct')} rules={[required]}>
              <InputNumber min={0.1} max={100} suffix="%" style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item name="seq" label={t('price.catalogue.seq')} rules={[required]}>
              <InputNumber min={0} max={9999} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </Modal>
  );
}

type PointValues = Omit<PointInput, 'collectorIds'>;

export function PointModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<PointValues>();
  const save = useCreatePoint();
  const refusal = useRefusal();
  const required = { required: true, message: t('price.catalogue.required') };
  return (
    <Modal
      open={open}
      title={t('price.catalogue.addPoint')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('price.catalogue.save')}
      cancelText={t('price.catalogue.cancel')}
      confirmLoading={save.isPending}
      okButtonProps={{ 'data-testid': 'cat-point-submit' }}
      destroyOnHidden
      width={620}
    >
      <Form<PointValues>
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{ townId: null, address: '' }}
        onFinish={(v) => {
          refusal.clear();
          const input: PointInput = { code: v.code.trim(), name: v.name.trim(), type: v.type, townId: v.townId ?? null, address: (v.address ?? '').trim(), collectorIds: [] };
          save.mutate(input, { onSuccess: onClose, onError: refusal.onError(form) });
        }}
        data-testid="cat-point-form"
      >
        {refusal.alert('cat-point-error')}
        <Row gutter={12}>
          <Col xs={24} md={8}>
            <Form.Item name="code" label={t('price.catalogue.code')} rules={[{ ...required, whitespace: true }, { pattern: codeRule, message: t('price.catalogue.codeRule') }, { max: 40 }]}>
              <Input maxLength={40} placeholder="P09" data-testid="cat-point-code" />
            </Form.Item>
          </Col>
          <Col xs={24} md={16}>
            <Form.Item name="name" label={t('price.catalogue.name')} rules={[{ ...required, whitespace: true }, { max: 100 }]}>
              <Input maxLength={100} data-testid="cat-point-name" />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="type" label={t('price.catalogue.type')} rules={[required]}>
              <Select options={pointTypes.map((x) => ({ value: x, label: x }))} data-testid="cat-point-type" />
            </Form.Item>
          </Col>
          <Col xs={24} md={16}>
            <Form.Item name="townId" label={t('price.catalogue.town')}>
              <OrgTreeSelect data-testid="cat-point-town" />
            </Form.Item>
          </Col>
          <Col xs={24}>
            <Form.Item name="address" label={t('price.catalogue.address')} rules={[{ max: 200 }]}>
              <Input maxLength={200} data-testid="cat-point-address" />
            </Form.Item>
          </Col>
        </Row>
        <Typography.Text type="secondary">{t('price.catalogue.pointCollectorsLater')}</Typography.Text>
      </Form>
    </Modal>
  );
}

export function CollectorsModal({ point, points, onClose }: { point: PricePoint | null; points: PricePoint[]; onClose: () => void }) {
  const { t } = useTranslation();
  const save = useSetCollectors();
  const refusal = useRefusal();
  const [picked, setPicked] = useState<number[] | null>(null);
  const known = new Map<number, string>();
  for (const p of points) for (const c of p.collectors) known.set(c.userId, c.name);
  const value = picked ?? point?.collectors.map((c) => c.userId) ?? [];
  const close = () => {
    setPicked(null);
    refusal.clear();
    onClose();
  };
  return (
    <Modal
      open={!!point}
      title={point ? t('price.catalogue.collectorsTitle', { name: `${point.code} ${point.name}` }) : ''}
      onCancel={close}
      onOk={() => point && save.mutate({ id: point.id, userIds: value }, { onSuccess: close, onError: refusal.onError(null) })}
      okText={t('price.catalogue.save')}
      cancelText={t('price.catalogue.cancel')}
      confirmLoading={save.isPending}
      okButtonProps={{ 'data-testid': 'cat-collectors-submit' }}
      destroyOnHidden
      width={520}
    >
      {refusal.alert('cat-collectors-error')}
      <Typography.Paragraph type="secondary">{t('price.catalogue.collectorsHint')}</Typography.Paragraph>
      <Select
        mode="multiple"
        style={{ width: '100%' }}
        placeholder={t('price.catalogue.pickCollectors')}
        value={value}
        onChange={(v: number[]) => setPicked(v)}
        options={[...known].map(([userId, name]) => ({ value: userId, label: name }))}
        optionFilterProp="label"
        data-testid="cat-collectors-select"
      />
    </Modal>
  );
}

type WindowValues = { name: string; kind: WindowInput['kind']; startDate: Dayjs; endDate: Dayjs };

export function WindowModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const format = usePickerFormat();
  const [form] = Form.useForm<WindowValues>();
  const save = useCreateWindow();
  const refusal = useRefusal();
  const required = { required: true, message: t('price.catalogue.required') };
  return (
    <Modal
      open={open}
      title={t('price.catalogue.addWindow')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('price.catalogue.save')}
      cancelText={t('price.catalogue.cancel')}
      confirmLoading={save.isPending}
      okButtonProps={{ 'data-testid': 'cat-window-submit' }}
      destroyOnHidden
      width={520}
    >
      <Form<WindowValues>
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{ kind: 'holiday' }}
        onFinish={(v) => {
          refusal.clear();
          const input: WindowInput = { name: v.name.trim(), kind: v.kind, startDate: v.startDate.format('YYYY-MM-DD'), endDate: v.endDate.format('YYYY-MM-DD') };
          save.mutate(input, { onSuccess: onClose, onError: refusal.onError(form) });
        }}
        data-testid="cat-window-form"
      >
        {refusal.alert('cat-window-error')}
        <Row gutter={12}>
          <Col xs={24} md={16}>
            <Form.Item name="name" label={t('price.catalogue.windowName')} rules={[{ ...required, whitespace: true }, { max: 50 }]}>
              <Input maxLength={50} placeholder="2024年春节" data-testid="cat-window-name" />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="kind" label={t('price.catalogue.kind')} rules={[required]}>
              <Select options={windowKinds.map((k) => ({ value: k, label: t(`price.windowKind.${k}`) }))} data-testid="cat-window-kind" />
            </Form.Item>
          </Col>
          <Col xs={12}>
            <Form.Item name="startDate" label={t('price.catalogue.startDate')} rules={[required]}>
              <DatePicker format={format} style={{ width: '100%' }} data-testid="cat-window-start" />
            </Form.Item>
          </Col>
          <Col xs={12}>
            <Form.Item
              name="endDate"
              label={t('price.catalogue.endDate')}
              dependencies={['startDate']}
              rules={[
                required,
                ({ getFieldValue }) => ({
                  validator: (_, v: Dayjs | undefined) => {
                    const s = getFieldValue('startDate') as Dayjs | undefined;
                    return !v || !s || !v.isBefore(s, 'day') ? Promise.resolve() : Promise.reject(new Error(t('price.catalogue.endBeforeStart')));
                  },
                }),
              ]}
            >
              <DatePicker format={format} style={{ width: '100%' }} data-testid="cat-window-end" />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </Modal>
  );
}
