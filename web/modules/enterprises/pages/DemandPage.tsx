// 诉求详情: the facts, the event trail, and the steps the server allows this user now (abilities):
// dispatch with a unit, accept, return with a reason, answer with a reply, evaluate with the enterprise's
// rating, close, reopen (once), escalate into the problem ledger (then a link to the problem).
import { Button, Card, Col, Flex, Row, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { demandTransitions } from '../../../../common/enterprises.ts';
import { positiveInt } from '../../../components/useUrlParams.ts';
import { useDemand } from '../api.ts';
import { DemandActionModal } from '../components/demands/DemandActionModal.tsx';
import { DemandFacts } from '../components/demands/DemandFacts.tsx';
import { DemandTrail } from '../components/demands/DemandTrail.tsx';
import { ModulePage } from '../../../components/ModulePage.tsx';
import type { DemandAction } from '../types.ts';

const actions = Object.keys(demandTransitions) as DemandAction[];

export function DemandPage() {
  const { t } = useTranslation();
  const id = positiveInt(useParams().id ?? '', 0);
  const q = useDemand(id);
  const d = q.data;
  const [action, setAction] = useState<DemandAction | null>(null);
  const allowed = d ? actions.filter((a) => d.abilities[a]) : [];
  return (
    <ModulePage
      title={d ? t('ent.demand.title', { name: d.enterpriseName }) : t('ent.demand.listTitle')}
      testId="ent-demand"
      extra={
        allowed.length > 0 && (
          <Flex wrap gap={8} data-testid="ent-demand-actions">
            {allowed.map((a) => (
              <Button
                key={a}
                type={['dispatch', 'accept', 'answer', 'close'].includes(a) ? 'primary' : 'default'}
                danger={a === 'return' || a === 'escalate'}
                onClick={() => setAction(a)}
                data-testid={`ent-action-${a}`}
              >
                {t(`ent.demand.actions.${a}`)}
              </Button>
            ))}
          </Flex>
        )
      }
      error={q.error}
      loading={!d}
      onRetry={() => void q.refetch()}
    >
      {d && (
        <Row gutter={[12, 12]}>
          <Col xs={24} xl={14}>
            <DemandFacts d={d} />
          </Col>
          <Col xs={24} xl={10}>
            <Card size="small" title={t('ent.demand.trail')}>
              <DemandTrail events={d.events} />
              {allowed.length === 0 && (
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t('ent.demand.noAction')}
                </Typography.Text>
              )}
            </Card>
          </Col>
          <DemandActionModal demand={d} action={action} onClose={() => setAction(null)} />
        </Row>
      )}
    </ModulePage>
  );
}
