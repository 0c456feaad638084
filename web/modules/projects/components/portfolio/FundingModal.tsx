// 登记/更新资金申请: project, fund type, batch, amount requested, stage, and the amount granted (only, and
// always, at the 已下达 stage), with a note.
import { Alert, Col, Form, Input, InputNumber, Modal, Row, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fundingStages, fundTypes } from '../../../../../common/projects.ts';
import { isApiError } from '../../../../api/errors.ts';
import { ErrorMessage } from '../../../../components/ErrorMessage.tsx';
import { useProjects } from '../../api.ts';
import { useProjFormat } from '../../hooks/useProjFormat.ts';
import { inPlaceCodes, useSaveFunding } from '../../mutations.ts';
import type { FundingInput, FundingRow } from '../../types.ts';

type Props = { year: number; state: { row: FundingRow | null } | null; onClose: () => void };

export function FundingModal({ year, state, onClose }: Props) {
  const { t } = useTranslation();
  const f = useProjFormat();
  const [form] = Form.useForm<FundingInput>();
  const save = useSaveFunding();
  const [error, setError] = useState<unknown>(null);
  const projects = useProjects(year, { page: 1, pageSize: 200 }, !!state);
  const stage = Form.useWatch('stage', form);
  const row = state?.row ?? null;
  const close = () => (setError(null), onClose());
  const required = { required: true, message: t('proj.form.required') };
  return (
    <Modal
      open={!!state}
      title={row ? t('proj.funding.editTitle') : t('proj.funding.createTitle')}
      onCancel={close}
      onOk={() => form.submit()}
      confirmLoading={save.isPending}
      okButtonProps={{ 'data-testid': 'funding-submit' }}
      width={640}
      destroyOnHidden
    >
      {error !== null && <Alert type="error" showIcon style={{ marginBottom: 12 }} title={<ErrorMessage error={error} />} />}
      {state && (
        <Form<FundingInput>
          form={form}
          layout="vertical"
          initialValues={row ? { projectId: row.projectId, fundType: row.fundType, batch: row.batch, amountRequested: row.amountRequested, stage: row.stage, amountGranted: row.amountGranted, note: row.note } : { stage: '谋划', batch: '', note: '' }}
          onFinish={(v) => {
            setError(null);
            const input: FundingInput = { ...v, batch: (v.batch ?? '').trim(), note: (v.note ?? '').trim(), amountGranted: v.stage === '已下达' ? (v.amountGranted ?? null) : null, version: row?.version };
            save.mutate({ id: row?.id ?? null, input }, { onSuccess: close, onError: (e) => inPlaceCodes.some((c) => isApiError(e, c)) && setError(e) });
          }}
        >
          <Form.Item name="projectId" label={t('proj.funding.project')} rules={[required]}>
            <Select showSearch={{ optionFilterProp: 'label' }} disabled={!!row} options={(projects.data?.items ?? []).map((p) => ({ value: p.id, label: p.name }))} data-testid="funding-project" />
          </Form.Item>
          <Row gutter={12}>
            <Col xs={24} sm={12}>
              <Form.Item name="fundType" label={t('proj.funding.fundType')} rules={[required]}>
                <Select options={fundTypes.map((x) => ({ value: x, label: f.label('fundType', x) }))} data-testid="funding-type" />
              </Form.Item>
            </Col>
            <Col xs={24} sm={12}>
              <Form.Item name="batch" label={t('proj.funding.batch')} rules={[{ max: 100 }]}>
                <Input maxLength={100} placeholder={t('proj.funding.batchPlaceholder', { year })} />
              </Form.Item>
            </Col>
            <Col xs={12}>
              <Form.Item name="amountRequested" label={t('proj.funding.requested')} rules={[required]}>
                <InputNumber min={0} max={1e9} style={{ width: '100%' }} suffix={t('proj.unit.wan')} data-testid="funding-requested" />
              </Form.Item>
            </Col>
            <Col xs={12}>
              <Form.Item name="stage" label={t('proj.funding.stage')} rules={[required]}>
                <Select options={fundingStages.map((x) => ({ value: x, label: f.label('stage', x) }))} data-testid="funding-stage" />
              </Form.Item>
            </Col>
            {stage === '已下达' && (
              <Col xs={12}>
                <Form.Item name="amountGranted" label={t('proj.funding.granted')} rules={[required]}>
                  <InputNumber min={0} max={1e9} style={{ width: '100%' }} suffix={t('proj.unit.wan')} data-testid="funding-granted" />
                </Form.Item>
              </Col>
            )}
          </Row>
          <Form.Item name="note" label={t('proj.funding.note')} rules={[{ max: 500 }]}>
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 4 }} maxLength={500} />
          </Form.Item>
        </Form>
      )}
    </Modal>
  );
}
