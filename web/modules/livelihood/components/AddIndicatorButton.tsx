// A new indicator of the year's system (the city revises the list): dimension, code, name, unit, direction,
// source member unit, valid range, target and weight (the weights are then balanced on the page and saved).
import { Button, Form, Input, InputNumber, Modal, Select, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useOrgs } from '../../orgs/api.ts';
import { useAddIndicator } from '../mutations.ts';
import type { System } from '../types.ts';

export function AddIndicatorButton({ s }: { s: System }) {
  const { t } = useTranslation();
  const orgs = useOrgs();
  const add = useAddIndicator(s.year);
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm();
  return (
    <>
      <Button onClick={() => setOpen(true)} data-testid="live-add-indicator">{t('live.system.addIndicator')}</Button>
      <Modal open={open} title={t('live.system.addIndicator')} onCancel={() => setOpen(false)} onOk={() => form.submit()} confirmLoading={add.isPending} destroyOnHidden>
        <Form form={form} layout="vertical" initialValues={{ direction: 'up', weight: 0, minValid: null, maxValid: null, target: null }}
          onFinish={(v) => add.mutate(v, { onSuccess: () => { setOpen(false); form.resetFields(); } })}>
          <Form.Item name="dimensionId" label={t('live.col.dimension')} rules={[{ required: true }]}><Select options={s.dimensions.map((d) => ({ value: d.id, label: `${d.groupName} · ${d.name}` }))} /></Form.Item>
          <Space wrap>
            <Form.Item name="code" label={t('live.col.code')} rules={[{ required: true, pattern: /^[A-Za-z0-9_.-]{1,32}$/, message: t('live.szc.codeRule') }]}><Input style={{ width: 120 }} /></Form.Item>
            <Form.Item name="unit" label={t('live.col.unit')} rules={[{ required: true, max: 20 }]}><Input style={{ width: 120 }} /></Form.Item>
            <Form.Item name="direction" label={t('live.col.direction')} rules={[{ required: true }]}><Select style={{ width: 120 }} options={(['up', 'down'] as const).map((d) => ({ value: d, label: t(`live.direction.${d}`) }))} /></Form.Item>
          </Space>
          <Form.Item name="name" label={t('live.col.indicator')} rules={[{ required: true, max: 100 }]}><Input /></Form.Item>
          <Form.Item name="sourceUnitId" label={t('live.col.source')} rules={[{ required: true }]}>
            <Select showSearch optionFilterProp="label" options={(orgs.data?.items ?? []).filter((o) => o.kind === 'bureau').map((o) => ({ value: o.id, label: o.name }))} />
          </Form.Item>
          <Space wrap>
            <Form.Item name="minValid" label={t('live.system.min')}><InputNumber style={{ width: 110 }} /></Form.Item>
            <Form.Item name="maxValid" label={t('live.system.max')}><InputNumber style={{ width: 110 }} /></Form.Item>
            <Form.Item name="target" label={t('live.system.target')}><InputNumber style={{ width: 110 }} /></Form.Item>
            <Form.Item name="weight" label={t('live.col.weight')} rules={[{ required: true }]}><InputNumber min={0} max={1} step={0.05} style={{ width: 110 }} /></Form.Item>
          </Space>
        </Form>
      </Modal>
    </>
  );
}
