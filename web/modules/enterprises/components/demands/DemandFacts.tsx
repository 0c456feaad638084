// The facts of a demand: enterprise, channel, category with its time limit, dates, handling unit, state,
// reply, rating, closure, reopen count and — once escalated — the problem it became in the shared ledger.
import { Alert, Card, Descriptions, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { demandTimeLimits } from '../../../../../common/enterprises.ts';
import { DateText } from '../../../../components/DateText.tsx';
import { useEntFormat } from '../../hooks/useEntFormat.ts';
import type { DemandDetail } from '../../types.ts';
import { DemandStateTag } from '../DemandStateTag.tsx';

export function DemandFacts({ d }: { d: DemandDetail }) {
  const { t } = useTranslation();
  const f = useEntFormat();
  return (
    <Card size="small" title={t('ent.demand.facts')} data-testid="ent-demand-facts">
      {d.problemId !== null && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          title={
            <span>
              {t('ent.demand.escalatedTo')}{' '}
              <Link to={`/problems/${d.problemId}`} data-testid="ent-demand-problem">
                {t('ent.demand.problemLink', { id: d.problemId })}
              </Link>
            </span>
          }
        />
      )}
      <Descriptions size="small" column={{ xs: 1, md: 2 }}>
        <Descriptions.Item label={t('ent.field.enterprise')}>
          <Link to={`/enterprises/${d.enterpriseId}`}>{d.enterpriseName}</Link>
        </Descriptions.Item>
        <Descriptions.Item label={t('ent.demand.state')}>
          <DemandStateTag state={d.state} overdue={d.overdue} testId="ent-demand-state" />
        </Descriptions.Item>
        <Descriptions.Item label={t('ent.demand.channel')}>{f.label('channel', d.channel)}</Descriptions.Item>
        <Descriptions.Item label={t('ent.demand.category')}>
          {f.label('category', d.category)} · {t('ent.demand.limitDays', { days: demandTimeLimits[d.category] })}
        </Descriptions.Item>
        <Descriptions.Item label={t('ent.demand.receivedOn')}>
          <DateText value={d.receivedOn} />
        </Descriptions.Item>
        <Descriptions.Item label={t('ent.demand.dueOn')}>
          <DateText value={d.dueOn} />
        </Descriptions.Item>
        <Descriptions.Item label={t('ent.demand.handler')}>
          <span data-testid="ent-demand-handler">{d.handlerUnitName ?? '—'}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t('ent.demand.satisfaction')}>{f.label('satisfaction', d.satisfaction)}</Descriptions.Item>
        <Descriptions.Item label={t('ent.demand.closedOn')}>
          <DateText value={d.closedOn} />
        </Descriptions.Item>
        <Descriptions.Item label={t('ent.demand.reopened')}>{t('ent.demand.reopenCount', { count: d.reopenCount })}</Descriptions.Item>
        <Descriptions.Item label={t('ent.demand.text')} span={2}>
          <Typography.Text style={{ whiteSpace: 'pre-wrap' }}>{d.text}</Typography.Text>
        </Descriptions.Item>
        <Descriptions.Item label={t('ent.demand.reply')} span={2}>
          <Typography.Text style={{ whiteSpace: 'pre-wrap' }} data-testid="ent-demand-reply">
            {d.reply ?? '—'}
          </Typography.Text>
        </Descriptions.Item>
      </Descriptions>
    </Card>
  );
}
