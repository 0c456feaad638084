// The lifecycle (立项 → … → 竣工) on a timeline: planned against actual dates and the approval document;
// a step past its planned date and not done is red, one done late orange. The responsible unit records
// actual dates as they happen.
import { EditOutlined } from '@ant-design/icons';
import { Button, Card, DatePicker, Form, Input, Modal, Timeline, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { compareDates, daysBetween } from '../../../../../common/periods.ts';
import { useProjFormat } from '../../hooks/useProjFormat.ts';
import { useRecordMilestone } from '../../mutations.ts';
import type { Milestone, ProjectDetail } from '../../types.ts';
import { fromIso, toIso, usePickerFormat } from '../dates.ts';

export function MilestoneCard({ project }: { project: ProjectDetail }) {
  const { t } = useTranslation();
  const f = useProjFormat();
  const [editing, setEditing] = useState<Milestone | null>(null);
  const today = project.asOf;
  const items = project.milestones.map((m, i) => {
    const overdue = !!m.plannedDate && !m.actualDate && compareDates(m.plannedDate, today) < 0;
    const late = !!m.plannedDate && !!m.actualDate && compareDates(m.actualDate, m.plannedDate) > 0;
    const color = m.actualDate ? (late ? 'orange' : 'green') : overdue ? 'red' : 'gray';
    return {
      key: m.step,
      color,
      content: (
        <div data-testid={`proj-ms-${i}`} data-overdue={overdue} data-done={!!m.actualDate}>
          <Typography.Text strong style={{ color: overdue ? '#f5222d' : undefined }}>{f.label('step', m.step)}</Typography.Text>
          {project.abilities.report && (
            <Button type="link" size="small" icon={<EditOutlined />} onClick={() => setEditing(m)} aria-label={t('proj.milestone.record')} data-testid={`proj-ms-record-${i}`} />
          )}
          <div style={{ fontSize: 12, color: 'rgba(0,0,0,0.6)' }}>
            {t('proj.milestone.plannedShort', { date: f.date(m.plannedDate) })}
            {' · '}
            <span style={{ color: overdue ? '#f5222d' : late ? '#fa8c16' : undefined }}>
              {m.actualDate
                ? t('proj.milestone.actualShort', { date: f.date(m.actualDate) }) + (late ? t('proj.milestone.lateBy', { days: daysBetween(m.plannedDate!, m.actualDate) }) : '')
                : overdue
                  ? t('proj.milestone.overdueBy', { days: daysBetween(m.plannedDate!, today) })
                  : t('proj.milestone.pending')}
            </span>
          </div>
          {m.docNo && <div style={{ fontSize: 12, color: 'rgba(0,0,0,0.45)' }}>{m.docNo}</div>}
        </div>
      ),
    };
  });
  return (
    <Card size="small" title={t('proj.milestone.title')} style={{ height: '100%' }} data-testid="proj-milestones">
      <Timeline items={items} style={{ marginTop: 8 }} />
      <RecordModal projectId={project.id} milestone={editing} onClose={() => setEditing(null)} />
    </Card>
  );
}

function RecordModal({ projectId, milestone, onClose }: { projectId: number; milestone: Milestone | null; onClose: () => void }) {
  const { t } = useTranslation();
  const f = useProjFormat();
  const format = usePickerFormat();
  const record = useRecordMilestone(projectId);
  const [form] = Form.useForm<{ actualDate: Dayjs | null; docNo: string }>();
  return (
    <Modal
      open={!!milestone}
      title={milestone ? t('proj.milestone.recordTitle', { step: f.label('step', milestone.step) }) : ''}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={record.isPending}
      destroyOnHidden
      okButtonProps={{ 'data-testid': 'proj-ms-save' }}
    >
      {milestone && (
        <Form form={form} layout="vertical" initialValues={{ actualDate: fromIso(milestone.actualDate), docNo: milestone.docNo }} onFinish={(v) => record.mutate({ step: milestone.step, actualDate: toIso(v.actualDate), docNo: (v.docNo ?? '').trim() }, { onSuccess: onClose })}>
          <Typography.Paragraph type="secondary">{t('proj.milestone.plannedShort', { date: f.date(milestone.plannedDate) })}</Typography.Paragraph>
          <Form.Item name="actualDate" label={t('proj.milestone.actual')} extra={t('proj.milestone.clearHint')}>
            <DatePicker format={format} style={{ width: '100%' }} data-testid="proj-ms-actual" />
          </Form.Item>
          <Form.Item name="docNo" label={t('proj.milestone.docNo')} rules={[{ max: 100 }]}>
            <Input maxLength={100} />
          </Form.Item>
        </Form>
      )}
    </Modal>
  );
}
