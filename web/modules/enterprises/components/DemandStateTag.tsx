// A demand's state as a coloured tag (and its overdue flag).
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DemandState } from '../types.ts';
import { useEntFormat } from '../hooks/useEntFormat.ts';

const colors: Record<DemandState, string> = {
  received: 'default', dispatched: 'blue', in_progress: 'processing', answered: 'cyan', evaluated: 'geekblue', closed: 'success', returned: 'warning', escalated: 'magenta',
};

export function DemandStateTag({ state, overdue, testId }: { state: DemandState; overdue?: boolean; testId?: string }) {
  const { t } = useTranslation();
  const f = useEntFormat();
  return (
    <span data-testid={testId} data-state={state}>
      <Tag color={colors[state]}>{f.state(state)}</Tag>
      {overdue && <Tag color="error">{t('ent.demand.overdue')}</Tag>}
    </span>
  );
}
