// Parts of a meeting page: the facts (kind, date, place, chair, invited units, opinion deadline), the
// agenda with each item's problem, status and discussion, and the written opinions of a consultation with
// the form for an invited unit.
import { Button, Card, Descriptions, Empty, Flex, Input, List, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '../../../../i18n/format.ts';
import { useUiLang } from '../../../../i18n/index.ts';
import { useProjFormat } from '../../hooks/useProjFormat.ts';
import { useSubmitOpinion } from '../../mutations.ts';
import type { MeetingDetail } from '../../types.ts';
import { ProblemStatusTag } from '../tags.tsx';

export function MeetingFacts({ meeting: m }: { meeting: MeetingDetail }) {
  const { t } = useTranslation();
  const f = useProjFormat();
  return (
    <Card size="small" title={t('proj.meeting.facts')} style={{ height: '100%' }}>
      <Descriptions size="small" column={1}>
        <Descriptions.Item label={t('proj.meeting.date')}>{f.date(m.meetingDate)}</Descriptions.Item>
        <Descriptions.Item label={t('proj.meeting.location')}>{m.location || '—'}</Descriptions.Item>
        <Descriptions.Item label={t('proj.meeting.chair')}>{m.chairName}</Descriptions.Item>
        {m.minutesNo && <Descriptions.Item label={t('proj.minutes.no')}>{m.minutesNo}</Descriptions.Item>}
        {m.kind === 'consultation' && <Descriptions.Item label={t('proj.meeting.opinionDue')}>{f.date(m.opinionDue)}</Descriptions.Item>}
        <Descriptions.Item label={t('proj.meeting.units')}>
          <Flex wrap gap={4}>{m.units.map((u) => <Tag key={u.id} style={{ marginInlineEnd: 0 }}>{u.name}</Tag>)}</Flex>
        </Descriptions.Item>
      </Descriptions>
      {m.summary && (
        <>
          <Typography.Text strong>{t('proj.minutes.summary')}</Typography.Text>
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginTop: 4 }} data-testid="meeting-summary">{m.summary}</Typography.Paragraph>
        </>
      )}
    </Card>
  );
}

export function AgendaCard({ meeting }: { meeting: MeetingDetail }) {
  const { t } = useTranslation();
  const f = useProjFormat();
  return (
    <Card size="small" title={t('proj.meeting.agenda')} style={{ height: '100%' }} data-testid="meeting-agenda">
      {meeting.items.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('proj.meeting.noAgenda')} />
      ) : (
        <List
          dataSource={meeting.items}
          renderItem={(i) => (
            <List.Item key={i.problemId} data-testid={`agenda-${i.problemId}`}>
              <div style={{ minWidth: 0 }}>
                <Space wrap size={6}>
                  <Typography.Text strong>{i.seq}.</Typography.Text>
                  <Link to={`/problems/${i.problemId}`}>{i.title}</Link>
                  <Tag style={{ marginInlineEnd: 0 }}>{f.label('problemType', i.type)}</Tag>
                  <ProblemStatusTag status={i.status} />
                </Space>
                {i.projectName && <div><Typography.Text type="secondary" style={{ fontSize: 12 }}>{i.projectName}</Typography.Text></div>}
                <div style={{ marginTop: 4, whiteSpace: 'pre-wrap' }}>
                  {i.discussion ? <><Typography.Text type="secondary">{t('proj.minutes.discussionLabel')}</Typography.Text>{i.discussion}</> : <Typography.Text type="secondary">{i.description}</Typography.Text>}
                </div>
              </div>
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}

export function OpinionsCard({ meeting }: { meeting: MeetingDetail }) {
  const { t } = useTranslation();
  const lang = useUiLang();
  const f = useProjFormat();
  const submit = useSubmitOpinion(meeting.id);
  const [text, setText] = useState('');
  const missing = meeting.units.filter((u) => !meeting.opinions.some((o) => o.unitId === u.id));
  return (
    <Card size="small" title={t('proj.opinion.title', { done: meeting.opinions.length, total: meeting.units.length })} data-testid="meeting-opinions" extra={meeting.opinionDue && <Typography.Text type="secondary">{t('proj.opinion.due', { date: f.date(meeting.opinionDue) })}</Typography.Text>}>
      <List
        size="small"
        dataSource={meeting.opinions}
        locale={{ emptyText: t('proj.opinion.none') }}
        renderItem={(o) => (
          <List.Item key={o.unitId} data-testid={`opinion-${o.unitId}`}>
            <List.Item.Meta title={<>{o.unitName} <Typography.Text type="secondary" style={{ fontSize: 12, fontWeight: 400 }}>{formatDateTime(o.submittedAt, lang)}</Typography.Text></>} description={<span style={{ whiteSpace: 'pre-wrap', color: 'rgba(0,0,0,0.85)' }}>{o.opinion}</span>} />
          </List.Item>
        )}
      />
      {missing.length > 0 && <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>{t('proj.opinion.missing', { units: missing.map((u) => u.name).join(t('proj.listSep')) })}</Typography.Paragraph>}
      {meeting.abilities.opinion && (
        <div style={{ marginTop: 8 }}>
          <Input.TextArea value={text} onChange={(e) => setText(e.target.value)} autoSize={{ minRows: 3, maxRows: 8 }} maxLength={5000} showCount placeholder={t('proj.opinion.placeholder')} data-testid="opinion-text" />
          <Flex justify="end" style={{ marginTop: 28 }}>
            <Button type="primary" disabled={!text.trim()} loading={submit.isPending} onClick={() => submit.mutate(text.trim(), { onSuccess: () => setText('') })} data-testid="opinion-submit">
              {t('proj.opinion.submit')}
            </Button>
          </Flex>
        </div>
      )}
    </Card>
  );
}
