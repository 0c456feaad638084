// 会议详情: a joint meeting or consultation — facts, agenda, the minutes form while planned, the decisions
// with their supervised tasks and done state, written opinions (and the form for an invited unit), and
// the minutes as .docx once issued.
import { ArrowLeftOutlined, FileDoneOutlined } from '@ant-design/icons';
import { Button, Card, Col, Flex, Row, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { projPaths, useMeeting } from '../api.ts';
import { DownloadButton } from '../components/DownloadButton.tsx';
import { AgendaCard, MeetingFacts, OpinionsCard } from '../components/meetings/MeetingCards.tsx';
import { MinutesDrawer } from '../components/meetings/MinutesDrawer.tsx';
import { DecisionsTable } from '../components/problems/ProblemCards.tsx';
import { ProjPage } from '../components/ProjPage.tsx';
import { MeetingKindTag, MeetingStateTag } from '../components/tags.tsx';
import type { MeetingDetail } from '../types.ts';

export function MeetingPage() {
  const { t } = useTranslation();
  const id = Number(useParams().id);
  const meeting = useMeeting(Number.isInteger(id) ? id : 0);
  return (
    <ProjPage
      title={<Link to="/meetings" style={{ fontSize: 14, fontWeight: 400 }}><ArrowLeftOutlined /> {t('proj.meeting.listTitle')}</Link>}
      testId="meeting-page"
      error={meeting.error}
      loading={!meeting.data}
      onRetry={() => void meeting.refetch()}
    >
      {meeting.data && <MeetingBody meeting={meeting.data} />}
    </ProjPage>
  );
}

function MeetingBody({ meeting: m }: { meeting: MeetingDetail }) {
  const { t } = useTranslation();
  const [minutes, setMinutes] = useState(false);
  const done = m.decisions.filter((d) => d.done).length;
  return (
    <>
      <Flex justify="space-between" wrap gap={8} align="start" style={{ marginBottom: 12 }}>
        <div>
          <Typography.Title level={4} style={{ margin: '0 0 8px' }} data-testid="meeting-title">{m.title}</Typography.Title>
          <Space size={6}>
            <MeetingKindTag kind={m.kind} />
            <MeetingStateTag status={m.status} />
          </Space>
        </div>
        <Space wrap>
          {m.abilities.minutes && <Button type="primary" icon={<FileDoneOutlined />} onClick={() => setMinutes(true)} data-testid="minutes-open">{t('proj.minutes.record')}</Button>}
          {m.status === 'held' && <DownloadButton path={projPaths.minutes(m.id)} fileName={t('proj.minutes.file', { no: m.minutesNo ?? m.id })} testId="minutes-docx">{t('proj.minutes.download')}</DownloadButton>}
        </Space>
      </Flex>
      <Row gutter={[12, 12]}>
        <Col xs={24} xl={9}>
          <MeetingFacts meeting={m} />
        </Col>
        <Col xs={24} xl={15}>
          <AgendaCard meeting={m} />
        </Col>
        {(m.status === 'held' || m.decisions.length > 0) && (
          <Col xs={24}>
            <Card size="small" title={t('proj.meeting.decisions', { done, total: m.decisions.length })}>
              <DecisionsTable decisions={m.decisions} testId="meeting-decisions" problems={new Map(m.items.map((i) => [i.problemId, i.title]))} />
            </Card>
          </Col>
        )}
        {m.kind === 'consultation' && (
          <Col xs={24}>
            <OpinionsCard meeting={m} />
          </Col>
        )}
      </Row>
      <MinutesDrawer meeting={m} open={minutes} onClose={() => setMinutes(false)} />
    </>
  );
}
