// 印发纪要: the minutes number, what the meeting did, the discussion of each agenda item, and the decisions
// (议定事项) — text, lead unit, co-units, deadline, and the problem each answers. Each decision becomes a
// supervised task of the work plan for its lead unit; once issued the minutes cannot change.
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, DatePicker, Divider, Drawer, Flex, Form, Grid, Input, Popconfirm, Row, Select, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../../api/errors.ts';
import { ErrorMessage } from '../../../../components/ErrorMessage.tsx';
import { useUiLang } from '../../../../i18n/index.ts';
import { OrgTreeSelect } from '../../../orgs/components/OrgTreeSelect.tsx';
import { OrgMultiSelect } from '../../../workplan/components/tasks/OrgMultiSelect.tsx';
import { showServerErrors } from '../../../workplan/components/serverErrors.ts';
import { inPlaceCodes, useRecordMinutes } from '../../mutations.ts';
import type { MeetingDetail } from '../../types.ts';
import { toIso, usePickerFormat } from '../dates.ts';

type DecisionValues = { problemId?: number | null; text: string; leadUnitId: number; coUnitIds?: number[]; deadline: Dayjs };
type Values = { minutesNo: string; summary: string; discussions: Record<string, string>; decisions: DecisionValues[] };

export function MinutesDrawer({ meeting, open, onClose }: { meeting: MeetingDetail; open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const screens = Grid.useBreakpoint();
  return (
    <Drawer open={open} onClose={onClose} title={t('proj.minutes.title', { title: meeting.title })} size={screens.md ? 760 : '100%'} destroyOnHidden data-testid="minutes-drawer">
      {open && <MinutesForm meeting={meeting} onClose={onClose} />}
    </Drawer>
  );
}

function MinutesForm({ meeting, onClose }: { meeting: MeetingDetail; onClose: () => void }) {
  const { t } = useTranslation();
  const lang = useUiLang();
  const format = usePickerFormat();
  const [form] = Form.useForm<Values>();
  const record = useRecordMinutes(meeting.id);
  const [error, setError] = useState<unknown>(null);
  const year = meeting.meetingDate.slice(0, 4);
  const submit = (v: Values) => {
    setError(null);
    record.mutate(
      {
        minutesNo: v.minutesNo.trim(),
        summary: v.summary.trim(),
        discussions: meeting.items.map((i) => ({ problemId: i.problemId, discussion: (v.discussions?.[String(i.problemId)] ?? '').trim() })),
        decisions: (v.decisions ?? []).map((d) => ({ problemId: d.problemId ?? null, text: d.text.trim(), leadUnitId: d.leadUnitId, coUnitIds: d.coUnitIds ?? [], deadline: toIso(d.deadline)! })),
        version: meeting.version,
      },
      {
        onSuccess: onClose,
        onError: (e) => {
          if (inPlaceCodes.some((c) => isApiError(e, c))) setError(e);
          showServerErrors(form, e, lang);
        },
      },
    );
  };
  const required = { required: true, message: t('proj.form.required') };
  const agenda = meeting.items.map((i) => ({ value: i.problemId, label: i.projectName && !i.title.startsWith(i.projectName) ? `${i.projectName}：${i.title}` : i.title }));
  return (
    <Form<Values> form={form} layout="vertical" initialValues={{ minutesNo: t('proj.minutes.noExample', { year }), decisions: [] }} onFinish={submit} data-testid="minutes-form">
      {error !== null && <Alert type="error" showIcon style={{ marginBottom: 12 }} title={<ErrorMessage error={error} />} data-testid="minutes-error" />}
      <Row gutter={12}>
        <Col xs={24} sm={10}>
          <Form.Item name="minutesNo" label={t('proj.minutes.no')} rules={[{ ...required, whitespace: true }, { max: 50 }]}>
            <Input maxLength={50} data-testid="minutes-no" />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="summary" label={t('proj.minutes.summary')} rules={[{ ...required, whitespace: true }, { max: 5000 }]}>
        <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={5000} placeholder={t('proj.minutes.summaryPlaceholder')} data-testid="minutes-summary" />
      </Form.Item>
      {meeting.items.length > 0 && <Divider titlePlacement="start" style={{ margin: '4px 0 12px' }}>{t('proj.minutes.discussions')}</Divider>}
      {meeting.items.map((i, n) => (
        <Form.Item key={i.problemId} name={['discussions', String(i.problemId)]} label={`${n + 1}. ${agenda[n].label}`} rules={[{ max: 2000 }]}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} data-testid={`minutes-discussion-${i.problemId}`} />
        </Form.Item>
      ))}
      <Divider titlePlacement="start" style={{ margin: '4px 0 12px' }}>{t('proj.minutes.decisions')}</Divider>
      <Typography.Paragraph type="secondary">{t('proj.minutes.decisionsHelp')}</Typography.Paragraph>
      <Form.List name="decisions">
        {(fields, { add, remove }) => (
          <>
            {fields.map((f, i) => (
              <Card key={f.key} size="small" style={{ marginBottom: 8, background: '#fafafa' }} title={t('proj.minutes.decisionN', { n: i + 1 })} extra={<Button type="text" danger size="small" icon={<DeleteOutlined />} onClick={() => remove(f.name)} aria-label={t('common.delete')} />} data-testid={`minutes-decision-${i}`}>
                <Form.Item name={[f.name, 'problemId']} label={t('proj.decision.problem')}>
                  <Select allowClear options={agenda} data-testid={`minutes-decision-problem-${i}`} />
                </Form.Item>
                <Form.Item name={[f.name, 'text']} label={t('proj.decision.text')} rules={[{ ...required, whitespace: true }, { max: 500 }]}>
                  <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} maxLength={500} data-testid={`minutes-decision-text-${i}`} />
                </Form.Item>
                <Row gutter={8}>
                  <Col xs={24} md={12}>
                    <Form.Item name={[f.name, 'leadUnitId']} label={t('proj.decision.lead')} rules={[required]}>
                      <OrgTreeSelect allowClear={false} data-testid={`minutes-decision-lead-${i}`} />
                    </Form.Item>
                  </Col>
                  <Col xs={24} md={12}>
                    <Form.Item name={[f.name, 'deadline']} label={t('proj.decision.deadline')} rules={[required]}>
                      <DatePicker format={format} style={{ width: '100%' }} data-testid={`minutes-decision-deadline-${i}`} />
                    </Form.Item>
                  </Col>
                </Row>
                <Form.Item name={[f.name, 'coUnitIds']} label={t('proj.decision.coUnits')}>
                  <OrgMultiSelect />
                </Form.Item>
              </Card>
            ))}
            <Button type="dashed" block icon={<PlusOutlined />} onClick={() => add({ coUnitIds: [], problemId: meeting.items.length === 1 ? meeting.items[0].problemId : null })} disabled={fields.length >= 50} data-testid="minutes-decision-add">
              {t('proj.minutes.addDecision')}
            </Button>
          </>
        )}
      </Form.List>
      <Flex justify="end" gap={8} style={{ marginTop: 12 }}>
        <Button onClick={onClose}>{t('common.cancel')}</Button>
        {/* Issuing is final and creates tasks: no implicit submit on Enter, and a confirmation. */}
        <Popconfirm title={t('proj.minutes.confirm')} onConfirm={() => form.submit()} okButtonProps={{ 'data-testid': 'minutes-confirm' }}>
          <Button type="primary" loading={record.isPending} data-testid="minutes-submit">{t('proj.minutes.issue')}</Button>
        </Popconfirm>
      </Flex>
    </Form>
  );
}
