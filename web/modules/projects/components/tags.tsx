// Tags of the projects module: problem status (with overdue), meeting kind and state, project category.
// Project traffic lights and report states reuse the work plan's tags (same kernel, same states).
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Category, MeetingKind, ProblemStatus } from '../types.ts';
import { useProjFormat } from '../hooks/useProjFormat.ts';

const problemColors: Record<ProblemStatus, string> = { open: 'orange', scheduled: 'processing', decided: 'purple', resolved: 'success', escalated: 'magenta', cancelled: 'default' };
const categoryColors: Record<Category, string> = { 新建: 'blue', 续建: 'cyan', 竣工: 'green', 前期: 'gold', 储备: 'default' };

export function ProblemStatusTag({ status, testId }: { status: ProblemStatus; testId?: string }) {
  const { t } = useTranslation();
  return (
    <Tag color={problemColors[status]} data-testid={testId} data-status={status} style={{ marginInlineEnd: 0 }}>
      {t(`proj.problemStatus.${status}`)}
    </Tag>
  );
}

export function OverdueTag({ overdue }: { overdue: boolean }) {
  const { t } = useTranslation();
  if (!overdue) return null;
  return (
    <Tag color="red" variant="solid" data-testid="overdue-flag" style={{ marginInlineEnd: 0 }}>
      {t('proj.problem.overdue')}
    </Tag>
  );
}

export function MeetingKindTag({ kind }: { kind: MeetingKind }) {
  const { t } = useTranslation();
  return (
    <Tag color={kind === 'joint' ? 'geekblue' : 'cyan'} style={{ marginInlineEnd: 0 }}>
      {t(`proj.meetingKind.${kind}`)}
    </Tag>
  );
}

export function MeetingStateTag({ status }: { status: 'planned' | 'held' }) {
  const { t } = useTranslation();
  return (
    <Tag color={status === 'held' ? 'success' : 'processing'} data-state={status} style={{ marginInlineEnd: 0 }}>
      {t(`proj.meeting.states.${status}`)}
    </Tag>
  );
}

export function CategoryTag({ category }: { category: Category }) {
  const f = useProjFormat();
  return (
    <Tag color={categoryColors[category]} style={{ marginInlineEnd: 0 }}>
      {f.label('category', category)}
    </Tag>
  );
}

export function DoneTag({ done }: { done: boolean }) {
  const { t } = useTranslation();
  return (
    <Tag color={done ? 'success' : 'warning'} data-done={done} style={{ marginInlineEnd: 0 }}>
      {t(done ? 'proj.decision.done' : 'proj.decision.open')}
    </Tag>
  );
}
