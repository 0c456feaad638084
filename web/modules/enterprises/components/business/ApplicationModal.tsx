// Register or update an enterprise's application under a policy: project, amount requested (万元), stage,
// and the amount granted (only, and always, at 获批 / 拨付).
import { Alert, Form, Input, InputNumber, Modal, Select } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { applicationStages } from '../../../../../common/enterprises.ts';
import { ErrorMessage } from '../../../../components/ErrorMessage.tsx';
import { useEntFormat } from '../../hooks/useEntFormat.ts';
import { useSaveApplication } from '../../mutations.ts';
import type { Application, ApplicationInput, AppStage } from '../../types.ts';

export type ApplicationModalState = { policyId: number; policyTitle: string; app: Application | null } | null;
const grantedStages: AppStage[] = ['获批', '拨付'];

export function ApplicationModal({ state, enterprises, onClose }: { state: ApplicationModalState; enterprises: { id: number; name: string }[]; onClose: () => void }) {
  const { t } = useTranslation();
  const f = useEntFormat();
  const [form] = Form.useForm<ApplicationInput>();
  const save = useSaveApplication();
  const [error, setError] = useState<unknown>(null);
  const stage = Form.useWatch('stage', form);
  const app = state?.app ?? null;
  useEffect(() => {
    if (!state) return;
    form.resetFields();
    form.setFieldsValue(app ? { ...app } : { stage: '辅导', amountGranted: null });
    setError(null);
  }, [state, app, form]);
  const finish = (v: ApplicationInput) => {
    if (!state) return;
    const granted = grantedStages.includes(v.stage) ? (v.amountGranted ?? 0) : null;
    save.mutate(
      { id: app?.id ?? null, input: { ...v, policyId: state.policyId, project: v.project.trim(), amountGranted: granted, ...(app ? { version: app.version } : {}) } },
      { onSuccess: onClose, onError: setError },
    );
  };
  return (
    <Modal
      open={!!state}
      title={app ? t('ent.app.editTitle', { policy: state?.policyTitle }) : t('ent.app.createTitle', { policy: state?.policyTitle })}
      onCancel={onClose}
      onOk={() => form.submit()}
      okButtonProps={{ loading: save.isPending }}
      destroyOnHidden
    >
      {error !== null && <Alert type="error" showIcon style={{ marginBottom: 12 }} title={<ErrorMessage error={error} />} />}
      <Form<ApplicationInput> form={form} layout="vertical" onFinish={finish}>
        <Form.Item name="enterpriseId" label={t('ent.field.enterprise')} rules={[{ required: true, message: t('ent.form.required') }]}>
          <Select disabled={!!app} showSearch={{ optionFilterProp: 'label' }} options={enterprises.map((e) => ({ value: e.id, label: e.name }))} />
        </Form.Item>
        <Form.Item name="project" label={t('ent.app.project')} rules={[{ required: true, whitespace: true, message: t('ent.form.required') }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="amountRequested" label={t('ent.app.requestedWan')} rules={[{ required: true, message: t('ent.form.required') }]}>
          <InputNumber min={0} precision={2} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="stage" label={t('ent.app.stage')} rules={[{ required: true }]}>
          <Select options={applicationStages.map((s) => ({ value: s, label: f.label('appStage', s) }))} />
        </Form.Item>
        {grantedStages.includes(stage) && (
          <Form.Item name="amountGranted" label={t('ent.app.grantedWan')} rules={[{ required: true, message: t('ent.app.grantedRequired') }]}>
            <InputNumber min={0} precision={2} style={{ width: '100%' }} />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
