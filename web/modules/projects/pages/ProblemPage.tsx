// 问题详情: one problem — status and overdue flag, facts, history, the meetings it went to, the decisions
// with their supervised tasks and done state; resolve / escalate / cancel / reopen by abilities, with the
// server's refusal (e.g. action items still open) shown on the page.
import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, Card, Col, Flex, Row, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { useProblem } from '../api.ts';
import { DecisionsTable, ProblemFacts, ProblemHistory, ProblemMeetings } from '../components/problems/ProblemCards.tsx';
import { ProblemActions } from '../components/problems/ProblemActions.tsx';
import { ProjPage } from '../components/ProjPage.tsx';
import { OverdueTag, ProblemStatusTag } from '../components/tags.tsx';
import type { ProblemDetail } from '../types.ts';

export function ProblemPage() {
  const { t } = useTranslation();
  const id = Number(useParams().id);
  const problem = useProblem(Number.isInteger(id) ? id : 0);
  return (
    <ProjPage
      title={<Link to="/problems" style={{ fontSize: 14, fontWeight: 400 }}><ArrowLeftOutlined /> {t('proj.problem.ledgerTitle')}</Link>}
      testId="problem-page"
      error={problem.error}
      loading={!problem.data}
      onRetry={() => void problem.refetch()}
    >
      {problem.data && <ProblemBody problem={problem.data} />}
    </ProjPage>
  );
}

function ProblemBody({ problem }: { problem: ProblemDetail }) {
  const { t } = useTranslation();
  const [refusal, setRefusal] = useState<unknown>(null);
  const pending = problem.decisions.filter((d) => !d.done).length;
  return (
    <>
      <Flex justify="space-between" wrap gap={8} align="start" style={{ marginBottom: 12 }}>
        <div>
          <Typography.Title level={4} style={{ margin: '0 0 8px' }} data-testid="problem-title">{problem.title}</Typography.Title>
          <Space wrap size={6}>
            <ProblemStatusTag status={problem.status} testId="problem-status" />
            <OverdueTag overdue={problem.overdue} />
            {problem.decisions.length > 0 && <Typography.Text type="secondary">{t('proj.problem.decisionsDone', { done: problem.decisions.length - pending, total: problem.decisions.length })}</Typography.Text>}
          </Space>
        </div>
        <ProblemActions problem={problem} onRefused={setRefusal} />
      </Flex>
      {refusal !== null && <Alert type="warning" showIcon closable onClose={() => setRefusal(null)} style={{ marginBottom: 12 }} title={<ErrorMessage error={refusal} />} data-testid="problem-refusal" />}
      <Row gutter={[12, 12]}>
        <Col xs={24} xl={14}>
          <Flex vertical gap={12} style={{ height: '100%' }}>
            <ProblemFacts problem={problem} />
            <ProblemMeetings problem={problem} />
          </Flex>
        </Col>
        <Col xs={24} xl={10}>
          <ProblemHistory problem={problem} />
        </Col>
        <Col xs={24}>
          <Card size="small" title={t('proj.problem.decisions')}>
            <DecisionsTable decisions={problem.decisions} testId="problem-decisions" showMeeting />
          </Card>
        </Col>
      </Row>
    </>
  );
}
