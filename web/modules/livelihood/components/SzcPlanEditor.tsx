// The division's editing of the 疏整促 plan: a new task type (unit, group, lead bureau) and each type's
// per-town annual targets (towns, streets and the zone; an empty box means no target for that town).
import { Button, Form, Input, InputNumber, Modal, Select, Table } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useOrgs } from '../../orgs/api.ts';
import { useCreateSzcType, useSetSzcTargets } from '../mutations.ts';
import type { SzcOverview } from '../types.ts';

export function AddTypeButton({ year }: { year: number }) {
  const { t } = useTranslation();
  const orgs = useOrgs();
  const create = useCreateSzcType(year);
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm();
  return (
    <>
      <Button size="small" onClick={() => setOpen(true)} data-testid="szc-add-type">{t('live.szc.addType')}</Button>
      <Modal open={open} title={t('live.szc.addType')} onCancel={() => setOpen(false)} onOk={() => form.submit()} confirmLoading={create.isPending} destroyOnHidden>
        <Form form={form} layout="vertical" initialValues={{ group: '整治' }} onFinish={(v) => create.mutate(v, { onSuccess: () => { setOpen(false); form.resetFields(); } })}>
          <Form.Item name="code" label={t('live.col.code')} rules={[{ required: true, pattern: /^[A-Za-z0-9_.-]{1,32}$/, message: t('live.szc.codeRule') }]}><Input /></Form.Item>
          <Form.Item name="name" label={t('live.szc.type')} rules={[{ required: true, max: 100 }]}><Input /></Form.Item>
          <Form.Item name="group" label={t('live.szc.group')} rules={[{ required: true }]}><Select options={['疏解', '整治', '提升', '创建', '宣传'].map((g) => ({ value: g, label: g }))} /></Form.Item>
          <Form.Item name="unit" label={t('live.col.unit')} rules={[{ required: true, max: 20 }]}><Input placeholder="万m²、处、条、个、公顷" /></Form.Item>
          <Form.Item name="leadUnitId" label={t('live.szc.lead')} rules={[{ required: true }]}>
            <Select showSearch optionFilterProp="label" options={(orgs.data?.items ?? []).filter((o) => o.kind === 'bureau' || o.kind === 'division').map((o) => ({ value: o.id, label: o.name }))} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}

export function TargetsButton({ o, typeId }: { o: SzcOverview; typeId: number }) {
  const { t } = useTranslation();
  const save = useSetSzcTargets();
  const type = o.types.find((x) => x.id === typeId)!;
  const [open, setOpen] = useState(false);
  const [values, setValues] = useState<Record<number, number | null>>({});
  const start = () => {
    setValues(Object.fromEntries(o.allTowns.map((w) => [w.id, o.cells.find((c) => c.typeId === typeId && c.townId === w.id)?.target ?? null])));
    setOpen(true);
  };
  const total = Object.values(values).reduce<number>((a, v) => a + (v ?? 0), 0);
  return (
    <>
      <Button size="small" type="link" onClick={start} data-testid={`szc-targets-${type.code}`}>{t('live.szc.editTargets')}</Button>
      <Modal open={open} title={t('live.szc.targetsOf', { name: type.name, unit: type.unit })} onCancel={() => setOpen(false)} confirmLoading={save.isPending} destroyOnHidden
        onOk={() => save.mutate({ typeId, version: type.version, targets: Object.entries(values).filter(([, v]) => v !== null).map(([townId, target]) => ({ townId: Number(townId), target: target as number })) }, { onSuccess: () => setOpen(false) })}>
        <div style={{ marginBottom: 8 }}>{t('live.szc.targetsTotal', { total: Math.round(total * 100) / 100, unit: type.unit })}</div>
        <Table size="small" rowKey="id" pagination={false} dataSource={o.allTowns} scroll={{ y: 420 }}
          columns={[
            { title: t('live.col.town'), dataIndex: 'name' },
            { title: t('live.szc.target'), key: 'v', width: 160, render: (_: unknown, w) => <InputNumber size="small" min={0} value={values[w.id]} onChange={(v) => setValues({ ...values, [w.id]: v === null ? null : Number(v) })} /> },
          ]} />
      </Modal>
    </>
  );
}
