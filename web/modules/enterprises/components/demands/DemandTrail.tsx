// The demand's event trail: every step with who, when, the state it led to and its note.
import { Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { DateText } from '../../../../components/DateText.tsx';
import { useEntFormat } from '../../hooks/useEntFormat.ts';
import type { DemandEvent } from '../../types.ts';

const colors: Record<string, string> = { receive: 'gray', dispatch: 'blue', accept: 'blue', return: 'orange', answer: 'green', evaluate: 'green', close: 'green', reopen: 'orange', escalate: 'red' };

export function DemandTrail({ events }: { events: DemandEvent[] }) {
  const { t } = useTranslation();
  const f = useEntFormat();
  return (
    <Timeline
      data-testid="ent-demand-trail"
      items={events.map((e) => ({
        key: e.id,
        color: colors[e.action] ?? 'gray',
        content: (
          <div data-testid={`ent-event-${e.action}`}>
            <Typography.Text strong>{t(`ent.demand.events.${e.action}`)}</Typography.Text>
            <Typography.Text type="secondary" style={{ marginInlineStart: 8, fontSize: 12 }}>
              {e.byName} · <DateText value={e.at} time /> · {f.state(e.toState)}
            </Typography.Text>
            {e.note && <Typography.Paragraph style={{ margin: '2px 0 0', whiteSpace: 'pre-wrap' }}>{e.note}</Typography.Paragraph>}
          </div>
        ),
      }))}
    />
  );
}
