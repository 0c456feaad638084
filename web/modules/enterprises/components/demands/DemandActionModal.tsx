// One step of a demand's lifecycle, with what that step needs: the unit (dispatch), the reply (answer),
// the enterprise's rating (evaluate), a reason (return, reopen, escalate) or an optional note.
import { Alert, Form, Input, Modal, Radio, Typography, type ButtonProps } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { satisfactionLevels } from '../../../../../common/enterprises.ts';
import { ErrorMessage } from '../../../../components/ErrorMessage.tsx';
import { OrgTreeSelect } from '../../../orgs/components/OrgTreeSelect.tsx';
import { useEntFormat } from '../../hooks/useEntFormat.ts';
import { useDemandAction } from '../../mutations.ts';
import type { DemandAction, DemandDetail, Satisfaction } from '../../types.ts';

type Values = { handlerUnitId?: number | null; note?: string; satisfaction?: Satisfaction };
const noteRequired: DemandAction[] = ['return', 'answer', 'reopen', 'escalate'];

export function DemandActionModal({ demand, action, onClose }: { demand: DemandDetail; action: DemandAction | null; onClose: () => void }) {
  const { t } = useTranslation();
  const f = useEntFormat();
  const [form] = Form.useForm<Values>();
  const act = useDemandAction();
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    if (action) (form.resetFields(), setError(null));
  }, [action, form]);
  const finish = (v: Values) => {
    if (!action) return;
    setError(null);
    act.mutate(
      {
        id: demand.id,
        input: { action, version: demand.version, note: v.note?.trim() ?? '', ...(v.handlerUnitId ? { handlerUnitId: v.handlerUnitId } : {}), ...(v.satisfaction ? { satisfaction: v.satisfaction } : {}) },
      },
      { onSuccess: onClose, onError: setError },
    );
  };
  const required = action !== null && noteRequired.includes(action);
  return (
    <Modal
      open={!!action}
      title={action ? t(`ent.demand.actionTitle.${action}`) : ''}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={action ? t(`ent.demand.actions.${action}`) : undefined}
      okButtonProps={{ loading: act.isPending, danger: action === 'return' || action === 'escalate', 'data-testid': 'ent-action-submit' } as ButtonProps}
      destroyOnHidden
    >
      {action && (
        <Typography.Paragraph type="secondary" style={{ fontSize: 13 }}>
          {t(`ent.demand.actionHelp.${action}`)}
        </Typography.Paragraph>
      )}
      {error !== null && <Alert type="error" showIcon style={{ marginBottom: 12 }} title={<ErrorMessage error={error} />} data-testid="ent-action-error" />}
      <Form<Values> form={form} layout="vertical" onFinish={finish} data-testid="ent-action-form">
        {action === 'dispatch' && (
          <Form.Item name="handlerUnitId" label={t('ent.demand.handler')} rules={[{ required: true, message: t('ent.demand.handlerRequired') }]}>
            <OrgTreeSelect data-testid="ent-action-unit" />
          </Form.Item>
        )}
        {action === 'evaluate' && (
          <Form.Item name="satisfaction" label={t('ent.demand.satisfaction')} rules={[{ required: true, message: t('ent.demand.satisfactionRequired') }]}>
            <Radio.Group optionType="button" buttonStyle="solid" options={satisfactionLevels.map((s) => ({ value: s, label: f.label('satisfaction', s) }))} data-testid="ent-action-satisfaction" />
          </Form.Item>
        )}
        <Form.Item
          name="note"
          label={action ? t(`ent.demand.noteLabel.${action}`) : ''}
          rules={required ? [{ required: true, whitespace: true, message: t('ent.demand.noteRequired') }] : []}
        >
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={2000} data-testid="ent-action-note" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
