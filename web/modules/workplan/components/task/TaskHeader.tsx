// Top of the task page: title and code, the status with every reason it has that colour, the
// follow toggle and the actions the server allows (report, edit, supervise).
import { EditOutlined, FormOutlined, NotificationOutlined, StarFilled, StarOutlined } from '@ant-design/icons';
import { Button, Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { periodLabel } from '../../../../../common/periods.ts';
import { useShortLang } from '../../../../i18n/index.ts';
import { useFollow } from '../../mutations.ts';
import type { PlanStructure, TaskDetail } from '../../types.ts';
import { LevelTag, StatusTag, useReasonText } from '../status.tsx';
import { openMonths } from './reportPeriods.ts';

type Props = { task: TaskDetail; plan: PlanStructure; onReport: () => void; onEdit: () => void; onIssue: () => void };

export function TaskHeader({ task, plan, onReport, onEdit, onIssue }: Props) {
  const { t } = useTranslation();
  const lang = useShortLang();
  const reason = useReasonText(plan.rule);
  const follow = useFollow(task.id);
  const canReport = task.abilities.report && task.state === 'active' && openMonths(task).length > 0;
  return (
    <div style={{ marginBottom: 16 }} data-testid="task-header">
      <Flex justify="space-between" align="flex-start" wrap gap={8}>
        <div style={{ minWidth: 0, flex: '1 1 320px' }}>
          <Typography.Text type="secondary" code data-testid="task-code">
            {task.code}
          </Typography.Text>
          <Typography.Title level={4} style={{ margin: '4px 0 8px' }} data-testid="task-title">
            {task.title}
          </Typography.Title>
          <Flex wrap gap={6} align="center">
            <StatusTag status={task.status} testId="task-status" />
            {task.state !== 'active' && <Tag>{t(`plan.states.${task.state}`)}</Tag>}
            <LevelTag level={task.supervision} />
            {task.missingReport && <Tag color="orange">{t('plan.task.missingReport', { period: periodLabel(task.missingReport, lang) })}</Tag>}
          </Flex>
          <ul style={{ margin: '8px 0 0', paddingInlineStart: 18, color: 'rgba(0,0,0,0.75)' }} data-testid="task-reasons">
            {task.reasons.map((r) => (
              <li key={r}>{reason(r)}</li>
            ))}
          </ul>
        </div>
        <Flex wrap gap={8}>
          <Button
            icon={task.following ? <StarFilled style={{ color: '#faad14' }} /> : <StarOutlined />}
            loading={follow.isPending}
            onClick={() => follow.mutate(!task.following)}
            data-testid="task-follow"
            data-following={task.following}
          >
            {task.following ? t('plan.task.following') : t('plan.task.follow')}
          </Button>
          {canReport && (
            <Button type="primary" icon={<FormOutlined />} onClick={onReport} data-testid="report-open">
              {t('plan.report.open')}
            </Button>
          )}
          {task.abilities.review && task.state === 'active' && (
            <Button icon={<NotificationOutlined />} onClick={onIssue} data-testid="notice-issue">
              {t('plan.supervision.issue')}
            </Button>
          )}
          {task.abilities.update && (
            <Button icon={<EditOutlined />} onClick={onEdit} data-testid="task-edit">
              {t('common.edit')}
            </Button>
          )}
        </Flex>
      </Flex>
    </div>
  );
}
