// 工程研究中心储备: the form to add or edit a reserve centre (host, field, target level, R&D spend, team,
// readiness 1–5, status) and the periodic review (date, status and readiness as assessed, the note).
import { Alert, Col, DatePicker, Form, Input, InputNumber, Modal, Rate, Row, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { centreLevels, centreStatuses } from '../../../../../common/projects.ts';
import { isApiError } from '../../../../api/errors.ts';
import { ErrorMessage } from '../../../../components/ErrorMessage.tsx';
import { useProjFormat } from '../../hooks/useProjFormat.ts';
import { inPlaceCodes, useReviewCentre, useSaveCentre } from '../../mutations.ts';
import type { Centre, CentreInput } from '../../types.ts';
import { toIso, usePickerFormat } from '../dates.ts';

export function CentreModal({ state, onClose }: { state: { row: Centre | null } | null; onClose: () => void }) {
  const { t } = useTranslation();
  const f = useProjFormat();
  const [form] = Form.useForm<CentreInput>();
  const save = useSaveCentre();
  const [error, setError] = useState<unknown>(null);
  const row = state?.row ?? null;
  const close = () => (setError(null), onClose());
  const required = { required: true, message: t('proj.form.required') };
  return (
    <Modal open={!!state} title={row ? t('proj.centre.editTitle') : t('proj.centre.createTitle')} onCancel={close} onOk={() => form.submit()} confirmLoading={save.isPending} okButtonProps={{ 'data-testid': 'centre-submit' }} width={640} destroyOnHidden>
      {error !== null && <Alert type="error" showIcon style={{ marginBottom: 12 }} title={<ErrorMessage error={error} />} />}
      {state && (
        <Form<CentreInput>
          form={form}
          layout="vertical"
          initialValues={row ? { name: row.name, hostOrg: row.hostOrg, field: row.field, targetLevel: row.targetLevel, rdSpend: row.rdSpend, teamSize: row.teamSize, readiness: row.readiness, status: row.status, note: row.note } : { targetLevel: '市级', status: '储备', readiness: 2, rdSpend: 0, teamSize: 0 }}
          onFinish={(v) => {
            setError(null);
            save.mutate({ id: row?.id ?? null, input: { ...v, name: v.name.trim(), hostOrg: v.hostOrg.trim(), field: v.field.trim(), note: (v.note ?? '').trim(), version: row?.version } }, { onSuccess: close, onError: (e) => inPlaceCodes.some((c) => isApiError(e, c)) && setError(e) });
          }}
        >
          <Form.Item name="name" label={t('proj.centre.name')} rules={[{ ...required, whitespace: true }, { max: 200 }]}>
            <Input maxLength={200} data-testid="centre-name" />
          </Form.Item>
          <Row gutter={12}>
            <Col xs={24} sm={14}>
              <Form.Item name="hostOrg" label={t('proj.centre.hostOrg')} rules={[{ ...required, whitespace: true }, { max: 200 }]}>
                <Input maxLength={200} />
              </Form.Item>
            </Col>
            <Col xs={24} sm={10}>
              <Form.Item name="field" label={t('proj.centre.field')} rules={[{ ...required, whitespace: true }, { max: 100 }]}>
                <Input maxLength={100} />
              </Form.Item>
            </Col>
            <Col xs={12} sm={8}>
              <Form.Item name="targetLevel" label={t('proj.centre.targetLevel')} rules={[required]}>
                <Select options={centreLevels.map((x) => ({ value: x, label: f.label('level', x) }))} />
              </Form.Item>
            </Col>
            <Col xs={12} sm={8}>
              <Form.Item name="rdSpend" label={t('proj.centre.rdSpend')}>
                <InputNumber min={0} max={1e9} style={{ width: '100%' }} suffix={t('proj.unit.wan')} />
              </Form.Item>
            </Col>
            <Col xs={12} sm={8}>
              <Form.Item name="teamSize" label={t('proj.centre.teamSize')}>
                <InputNumber min={0} max={100000} precision={0} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col xs={12} sm={12}>
              <Form.Item name="status" label={t('proj.centre.status')} rules={[required]}>
                <Select options={centreStatuses.map((x) => ({ value: x, label: f.label('centreStatus', x) }))} />
              </Form.Item>
            </Col>
            <Col xs={24} sm={12}>
              <Form.Item name="readiness" label={t('proj.centre.readiness')} rules={[required]}>
                <Rate count={5} />
              </Form.Item>
            </Col>
          </Row>
          <Form.Item name="note" label={t('proj.centre.note')} rules={[{ max: 500 }]}>
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 4 }} maxLength={500} />
          </Form.Item>
        </Form>
      )}
    </Modal>
  );
}

type ReviewValues = { reviewedOn: Dayjs; status: Centre['status']; readiness: number; note: string };

export function CentreReviewModal({ centre, onClose }: { centre: Centre | null; onClose: () => void }) {
  const { t } = useTranslation();
  const f = useProjFormat();
  const format = usePickerFormat();
  const [form] = Form.useForm<ReviewValues>();
  const review = useReviewCentre();
  const [error, setError] = useState<unknown>(null);
  const close = () => (setError(null), onClose());
  const required = { required: true, message: t('proj.form.required') };
  return (
    <Modal open={!!centre} title={centre ? t('proj.centre.reviewTitle', { name: centre.name }) : ''} onCancel={close} onOk={() => form.submit()} confirmLoading={review.isPending} okButtonProps={{ 'data-testid': 'centre-review-submit' }} destroyOnHidden>
      {error !== null && <Alert type="error" showIcon style={{ marginBottom: 12 }} title={<ErrorMessage error={error} />} />}
      {centre && (
        <Form<ReviewValues>
          form={form}
          layout="vertical"
          initialValues={{ reviewedOn: dayjs(), status: centre.status, readiness: centre.readiness }}
          onFinish={(v) => {
            setError(null);
            review.mutate({ id: centre.id, body: { reviewedOn: toIso(v.reviewedOn)!, status: v.status, readiness: v.readiness, note: v.note.trim(), version: centre.version } }, { onSuccess: close, onError: (e) => inPlaceCodes.some((c) => isApiError(e, c)) && setError(e) });
          }}
        >
          <Row gutter={12}>
            <Col xs={12}>
              <Form.Item name="reviewedOn" label={t('proj.centre.reviewedOn')} rules={[required]}>
                <DatePicker format={format} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col xs={12}>
              <Form.Item name="status" label={t('proj.centre.status')} rules={[required]}>
                <Select options={centreStatuses.map((x) => ({ value: x, label: f.label('centreStatus', x) }))} />
              </Form.Item>
            </Col>
          </Row>
          <Form.Item name="readiness" label={t('proj.centre.readiness')} rules={[required]}>
            <Rate count={5} />
          </Form.Item>
          <Form.Item name="note" label={t('proj.centre.reviewNote')} rules={[{ ...required, whitespace: true }, { max: 1000 }]}>
            <Input.TextArea autoSize={{ minRows: 3, maxRows: 6 }} maxLength={1000} data-testid="centre-review-note" />
          </Form.Item>
        </Form>
      )}
    </Modal>
  );
}
