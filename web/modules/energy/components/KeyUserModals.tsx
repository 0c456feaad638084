// The division registers a key energy user (name, industry, town, level) and enters a user's yearly
// consumption (tce) and output (万元); negative figures are refused.
import { Alert, Form, Input, InputNumber, Modal, Select, type ButtonProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { industryTypes } from '../../../../common/energy.ts';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { useOrgs } from '../../orgs/api.ts';
import { useCreateKeyUser, useSaveKeyUserYear } from '../mutations.ts';
import type { KeyUser } from '../types.ts';

export function NewKeyUserModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ name: string; industry: string; townId?: number; level: string; contact?: string }>();
  const orgs = useOrgs();
  const create = useCreateKeyUser();
  return (
    <Modal open={open} title={t('energy.keyUsers.add')} onCancel={() => { create.reset(); onClose(); }} onOk={() => form.submit()} confirmLoading={create.isPending} destroyOnHidden
      okText={t('energy.form.save')} okButtonProps={{ 'data-testid': 'energy-ku-ok' } as ButtonProps}>
      <Form form={form} layout="vertical" preserve={false} initialValues={{ level: '区' }}
        onFinish={(v) => create.mutate({ name: v.name, industry: v.industry, townId: v.townId ?? null, level: v.level, contact: v.contact ?? '' }, { onSuccess: onClose })}>
        <Form.Item name="name" label={t('energy.col.unitName')} rules={[{ required: true, whitespace: true, message: t('energy.form.required') }]}><Input maxLength={100} data-testid="energy-ku-name" /></Form.Item>
        <Form.Item name="industry" label={t('energy.col.industry')} rules={[{ required: true, message: t('energy.form.required') }]}><Select options={industryTypes.map((i) => ({ value: i, label: i }))} /></Form.Item>
        <Form.Item name="townId" label={t('energy.col.town')}><Select allowClear showSearch optionFilterProp="label" options={(orgs.data?.items ?? []).filter((o) => o.kind === 'town' || o.kind === 'zone').map((o) => ({ value: o.id, label: o.name }))} /></Form.Item>
        <Form.Item name="level" label={t('energy.col.level')}><Select options={['国家', '市', '区'].map((l) => ({ value: l, label: l }))} /></Form.Item>
        <Form.Item name="contact" label={t('energy.keyUsers.contact')}><Input maxLength={50} /></Form.Item>
        {create.error ? <Alert type="error" showIcon title={<ErrorMessage error={create.error} />} /> : null}
      </Form>
    </Modal>
  );
}

export function KeyUserYearModal({ user, onClose }: { user: KeyUser | null; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ year: number; energyTce: number; output: number }>();
  const save = useSaveKeyUserYear();
  const fill = (year: number) => {
    const y = user?.trend.find((x) => x.year === year);
    form.setFieldsValue({ energyTce: y?.energyTce, output: y?.output });
  };
  return (
    <Modal key={user?.id ?? 0} open={!!user} title={user ? `${t('energy.keyUsers.figures')} · ${user.name}` : ''} onCancel={() => { save.reset(); onClose(); }} onOk={() => form.submit()} confirmLoading={save.isPending}
      destroyOnHidden okText={t('energy.form.save')} okButtonProps={{ 'data-testid': 'energy-kuy-ok' } as ButtonProps}>
      <Form form={form} layout="vertical" preserve={false} onFinish={(v) => user && save.mutate({ id: user.id, ...v }, { onSuccess: onClose })}>
        <Form.Item name="year" label={t('energy.overview.year')} rules={[{ required: true, message: t('energy.form.required') }]}>
          <Select options={[2021, 2022, 2023, 2024].map((y) => ({ value: y, label: `${y}年` }))} onChange={fill} />
        </Form.Item>
        <Form.Item name="energyTce" label={t('energy.form.energyTce')} rules={[{ required: true, message: t('energy.form.required') }, { type: 'number', min: 0, message: '不能为负数' }]}><InputNumber style={{ width: '100%' }} /></Form.Item>
        <Form.Item name="output" label={t('energy.form.output')} rules={[{ required: true, message: t('energy.form.required') }, { type: 'number', min: 0, message: '不能为负数' }]}><InputNumber style={{ width: '100%' }} /></Form.Item>
        {save.error ? <Alert type="error" showIcon title={<ErrorMessage error={save.error} />} /> : null}
      </Form>
    </Modal>
  );
}
