// 受理诉求 outside a visit (phone, online, 12345): channel, category (with its time limit), text, date received.
import { Alert, DatePicker, Form, Input, Modal, Radio, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { demandCategories, demandChannels, demandTimeLimits } from '../../../../../common/enterprises.ts';
import { ErrorMessage } from '../../../../components/ErrorMessage.tsx';
import { useEntFormat } from '../../hooks/useEntFormat.ts';
import { useCreateDemand } from '../../mutations.ts';
import type { Category, Channel } from '../../types.ts';

type Values = { channel: Channel; category: Category; text: string; receivedOn: Dayjs };

export function DemandCreateModal({ enterprise, onClose }: { enterprise: { id: number; name: string } | null; onClose: () => void }) {
  const { t } = useTranslation();
  const f = useEntFormat();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const create = useCreateDemand();
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    if (enterprise) (form.resetFields(), form.setFieldsValue({ channel: '电话', receivedOn: dayjs() }), setError(null));
  }, [enterprise, form]);
  const finish = (v: Values) =>
    enterprise &&
    create.mutate(
      { enterpriseId: enterprise.id, channel: v.channel, category: v.category, text: v.text.trim(), receivedOn: v.receivedOn.format('YYYY-MM-DD') },
      { onSuccess: (d) => (onClose(), void navigate(`/enterprises/demands/${d.id}`)), onError: setError },
    );
  return (
    <Modal
      open={!!enterprise}
      title={t('ent.demand.createFor', { name: enterprise?.name ?? '' })}
      onCancel={onClose}
      onOk={() => form.submit()}
      okButtonProps={{ loading: create.isPending }}
      destroyOnHidden
    >
      {error !== null && <Alert type="error" showIcon style={{ marginBottom: 12 }} title={<ErrorMessage error={error} />} />}
      <Form<Values> form={form} layout="vertical" onFinish={finish}>
        <Form.Item name="channel" label={t('ent.demand.channel')} rules={[{ required: true }]}>
          <Radio.Group optionType="button" options={demandChannels.map((c) => ({ value: c, label: f.label('channel', c) }))} />
        </Form.Item>
        <Form.Item name="category" label={t('ent.demand.category')} rules={[{ required: true, message: t('ent.form.required') }]}>
          <Select options={demandCategories.map((c) => ({ value: c, label: `${f.label('category', c)} · ${t('ent.demand.limitDays', { days: demandTimeLimits[c] })}` }))} />
        </Form.Item>
        <Form.Item name="text" label={t('ent.demand.text')} rules={[{ required: true, whitespace: true, message: t('ent.form.required') }]}>
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={2000} />
        </Form.Item>
        <Form.Item name="receivedOn" label={t('ent.demand.receivedOn')} rules={[{ required: true }]}>
          <DatePicker disabledDate={(d) => d.isAfter(dayjs(), 'day')} allowClear={false} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
