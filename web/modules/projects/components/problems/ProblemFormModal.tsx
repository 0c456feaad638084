// 提出问题: a bottleneck raised on a project — type, title, description, raising unit, owner unit (who must
// solve it), due date and severity. From a project page the project is fixed; from the ledger it is
// picked among the projects the user may raise problems on.
import { Alert, Button, Col, DatePicker, Flex, Form, Input, Modal, Row, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { problemTypes } from '../../../../../common/projects.ts';
import { isApiError } from '../../../../api/errors.ts';
import { ErrorMessage } from '../../../../components/ErrorMessage.tsx';
import { useCurrentUser } from '../../../../app/session.ts';
import { useUiLang } from '../../../../i18n/index.ts';
import { OrgTreeSelect } from '../../../orgs/components/OrgTreeSelect.tsx';
import { showServerErrors } from '../../../workplan/components/serverErrors.ts';
import { useProjectYears, useProjects } from '../../api.ts';
import { useProjFormat } from '../../hooks/useProjFormat.ts';
import { inPlaceCodes, useRaiseProblem } from '../../mutations.ts';
import type { ProblemDetail, ProblemType } from '../../types.ts';
import { toIso, usePickerFormat } from '../dates.ts';

type Values = { refId: number; type: ProblemType; title: string; description: string; raisedByUnitId: number; ownerUnitId: number; dueDate: Dayjs; severity: number };
type Props = { open: boolean; project?: { id: number; name: string; responsibleUnitId: number } | null; onClose: () => void; onRaised?: (p: ProblemDetail) => void };

export function ProblemFormModal({ open, project, onClose, onRaised }: Props) {
  const { t } = useTranslation();
  return (
    <Modal open={open} title={project ? t('proj.problem.raiseOn', { name: project.name }) : t('proj.problem.raise')} onCancel={onClose} footer={null} width={680} destroyOnHidden data-testid="problem-form-modal">
      {open && <ProblemForm project={project ?? null} onClose={onClose} onRaised={onRaised} />}
    </Modal>
  );
}

function ProblemForm({ project, onClose, onRaised }: { project: Props['project']; onClose: () => void; onRaised?: (p: ProblemDetail) => void }) {
  const { t } = useTranslation();
  const f = useProjFormat();
  const lang = useUiLang();
  const me = useCurrentUser();
  const format = usePickerFormat();
  const [form] = Form.useForm<Values>();
  const raise = useRaiseProblem();
  const [error, setError] = useState<unknown>(null);
  const year = useProjectYears(!project);
  const choices = useProjects(year.latest ?? 0, { pageSize: 200, page: 1 }, !project && year.latest !== null);
  const options = (choices.data?.items ?? []).filter((p) => p.abilities.raiseProblem).map((p) => ({ value: p.id, label: p.name }));
  const initial: Partial<Values> = { refId: project?.id, raisedByUnitId: me.orgId ?? project?.responsibleUnitId, severity: 2, dueDate: dayjs().add(30, 'day') };
  const submit = (v: Values) => {
    setError(null);
    raise.mutate(
      { source: 'project', refId: project?.id ?? v.refId, type: v.type, title: v.title.trim(), description: v.description.trim(), raisedByUnitId: v.raisedByUnitId, ownerUnitId: v.ownerUnitId, dueDate: toIso(v.dueDate)!, severity: v.severity },
      {
        onSuccess: (p) => (onClose(), onRaised?.(p)),
        onError: (e) => {
          if (inPlaceCodes.some((c) => isApiError(e, c))) setError(e);
          showServerErrors(form, e, lang);
        },
      },
    );
  };
  const required = { required: true, message: t('proj.form.required') };
  return (
    <Form<Values> form={form} layout="vertical" initialValues={initial} onFinish={submit} data-testid="problem-form">
      {error !== null && <Alert type="error" showIcon style={{ marginBottom: 12 }} title={<ErrorMessage error={error} />} />}
      {!project && (
        <Form.Item name="refId" label={t('proj.problem.project')} rules={[required]}>
          <Select showSearch={{ optionFilterProp: 'label' }} options={options} loading={choices.isPending && choices.fetchStatus !== 'idle'} data-testid="problem-form-project" />
        </Form.Item>
      )}
      <Row gutter={12}>
        <Col xs={24} sm={8}>
          <Form.Item name="type" label={t('proj.problem.type')} rules={[required]}>
            <Select options={problemTypes.map((x) => ({ value: x, label: f.label('problemType', x) }))} data-testid="problem-form-type" />
          </Form.Item>
        </Col>
        <Col xs={24} sm={16}>
          <Form.Item name="title" label={t('proj.problem.titleField')} rules={[{ ...required, whitespace: true }, { max: 100 }]}>
            <Input maxLength={100} data-testid="problem-form-title" />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="description" label={t('proj.problem.description')} rules={[{ ...required, whitespace: true }, { max: 2000 }]}>
        <Input.TextArea autoSize={{ minRows: 3, maxRows: 6 }} maxLength={2000} data-testid="problem-form-description" />
      </Form.Item>
      <Row gutter={12}>
        <Col xs={24} sm={12}>
          <Form.Item name="raisedByUnitId" label={t('proj.problem.raisedBy')} rules={[required]}>
            <OrgTreeSelect allowClear={false} data-testid="problem-form-raiser" />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item name="ownerUnitId" label={t('proj.problem.owner')} extra={t('proj.problem.ownerHelp')} rules={[required]}>
            <OrgTreeSelect allowClear={false} data-testid="problem-form-owner" />
          </Form.Item>
        </Col>
        <Col xs={12}>
          <Form.Item name="dueDate" label={t('proj.problem.dueDate')} rules={[required]}>
            <DatePicker format={format} style={{ width: '100%' }} data-testid="problem-form-due" />
          </Form.Item>
        </Col>
        <Col xs={12}>
          <Form.Item name="severity" label={t('proj.problem.severity')} rules={[required]}>
            <Select options={[1, 2, 3].map((n) => ({ value: n, label: t(`proj.severity.${n}`) }))} />
          </Form.Item>
        </Col>
      </Row>
      <Flex justify="end" gap={8}>
        <Button onClick={onClose}>{t('common.cancel')}</Button>
        <Button type="primary" htmlType="submit" loading={raise.isPending} data-testid="problem-form-submit">{t('proj.problem.submit')}</Button>
      </Flex>
    </Form>
  );
}
