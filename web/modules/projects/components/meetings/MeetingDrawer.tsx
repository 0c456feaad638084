// 安排会议: a joint meeting (发改联席会) or a consultation (部门会商) — title, date, place, chair, invited
// units, the agenda picked from open problems (their raising and owner units are invited with them), and
// for a consultation the date written opinions are due.
import { Alert, Button, Col, DatePicker, Drawer, Flex, Form, Grid, Input, Radio, Row, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../../api/errors.ts';
import { ErrorMessage } from '../../../../components/ErrorMessage.tsx';
import { useUiLang } from '../../../../i18n/index.ts';
import { OrgMultiSelect } from '../../../workplan/components/tasks/OrgMultiSelect.tsx';
import { showServerErrors } from '../../../workplan/components/serverErrors.ts';
import { useProblems } from '../../api.ts';
import { inPlaceCodes, useCreateMeeting } from '../../mutations.ts';
import type { MeetingDetail, MeetingKind } from '../../types.ts';
import { toIso, usePickerFormat } from '../dates.ts';

type Values = { kind: MeetingKind; title: string; meetingDate: Dayjs; location?: string; chairName: string; unitIds: number[]; problemIds: number[]; opinionDue?: Dayjs | null };
const openStatuses = ['open', 'scheduled', 'decided', 'escalated'];

export function MeetingDrawer({ open, onClose, onCreated }: { open: boolean; onClose: () => void; onCreated: (m: MeetingDetail) => void }) {
  const { t } = useTranslation();
  const screens = Grid.useBreakpoint();
  return (
    <Drawer open={open} onClose={onClose} title={t('proj.meeting.scheduleTitle')} size={screens.md ? 680 : '100%'} destroyOnHidden data-testid="meeting-drawer">
      {open && <MeetingForm onClose={onClose} onCreated={onCreated} />}
    </Drawer>
  );
}

function MeetingForm({ onClose, onCreated }: { onClose: () => void; onCreated: (m: MeetingDetail) => void }) {
  const { t } = useTranslation();
  const lang = useUiLang();
  const format = usePickerFormat();
  const [form] = Form.useForm<Values>();
  const create = useCreateMeeting();
  const [error, setError] = useState<unknown>(null);
  const problems = useProblems({ page: 1, pageSize: 200 });
  const open = (problems.data?.items ?? []).filter((p) => openStatuses.includes(p.status));
  const kind = Form.useWatch('kind', form);
  const pickProblems = (ids: number[]) => {
    const units = new Set<number>(form.getFieldValue('unitIds') ?? []);
    for (const p of open.filter((x) => ids.includes(x.id))) units.add(p.ownerUnitId).add(p.raisedByUnitId);
    form.setFieldsValue({ unitIds: [...units] });
  };
  const submit = (v: Values) => {
    setError(null);
    create.mutate(
      { kind: v.kind, title: v.title.trim(), meetingDate: toIso(v.meetingDate)!, location: (v.location ?? '').trim(), chairName: v.chairName.trim(), unitIds: v.unitIds, problemIds: v.problemIds ?? [], opinionDue: v.kind === 'consultation' ? toIso(v.opinionDue) : null },
      {
        onSuccess: (m) => (onClose(), onCreated(m)),
        onError: (e) => {
          if (inPlaceCodes.some((c) => isApiError(e, c))) setError(e);
          showServerErrors(form, e, lang);
        },
      },
    );
  };
  const required = { required: true, message: t('proj.form.required') };
  return (
    <Form<Values> form={form} layout="vertical" initialValues={{ kind: 'joint', unitIds: [], problemIds: [] }} onFinish={submit} data-testid="meeting-form">
      {error !== null && <Alert type="error" showIcon style={{ marginBottom: 12 }} title={<ErrorMessage error={error} />} />}
      <Form.Item name="kind" label={t('proj.meeting.kind')}>
        <Radio.Group optionType="button" options={(['joint', 'consultation'] as const).map((k) => ({ value: k, label: t(`proj.meetingKind.${k}`) }))} data-testid="meeting-form-kind" />
      </Form.Item>
      <Form.Item name="title" label={t('proj.meeting.titleField')} rules={[{ ...required, whitespace: true }, { max: 200 }]}>
        <Input maxLength={200} placeholder={t('proj.meeting.titlePlaceholder')} data-testid="meeting-form-title" />
      </Form.Item>
      <Row gutter={12}>
        <Col xs={24} sm={8}>
          <Form.Item name="meetingDate" label={t('proj.meeting.date')} rules={[required]}>
            <DatePicker format={format} style={{ width: '100%' }} data-testid="meeting-form-date" />
          </Form.Item>
        </Col>
        <Col xs={24} sm={8}>
          <Form.Item name="location" label={t('proj.meeting.location')} rules={[{ max: 100 }]}>
            <Input maxLength={100} data-testid="meeting-form-location" />
          </Form.Item>
        </Col>
        <Col xs={24} sm={8}>
          <Form.Item name="chairName" label={t('proj.meeting.chair')} rules={[{ ...required, whitespace: true }, { max: 50 }]}>
            <Input maxLength={50} data-testid="meeting-form-chair" />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="problemIds" label={t('proj.meeting.agenda')} extra={t('proj.meeting.agendaHelp')}>
        <Select
          mode="multiple"
          showSearch={{ optionFilterProp: 'label' }}
          loading={problems.isPending}
          onChange={pickProblems}
          options={open.map((p) => ({ value: p.id, label: p.projectName && !p.title.startsWith(p.projectName) ? `${p.projectName}：${p.title}` : p.title }))}
          data-testid="meeting-form-problems"
        />
      </Form.Item>
      <Form.Item name="unitIds" label={t('proj.meeting.units')} rules={[{ required: true, type: 'array', min: 1, message: t('proj.meeting.unitsRequired') }]}>
        <OrgMultiSelect data-testid="meeting-form-units" />
      </Form.Item>
      {kind === 'consultation' && (
        <Form.Item name="opinionDue" label={t('proj.meeting.opinionDue')} rules={[required]}>
          <DatePicker format={format} style={{ width: '100%' }} data-testid="meeting-form-due" />
        </Form.Item>
      )}
      <Flex justify="end" gap={8}>
        <Button onClick={onClose}>{t('common.cancel')}</Button>
        <Button type="primary" htmlType="submit" loading={create.isPending} data-testid="meeting-form-submit">{t('proj.meeting.schedule')}</Button>
      </Flex>
    </Form>
  );
}
