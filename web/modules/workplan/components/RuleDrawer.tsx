// The year's rules in words — how a task turns green, yellow or red, when reports are due, what the
// automatic supervision does — for everyone; division staff (plan.write) can change the numbers.
import { EditOutlined, QuestionCircleOutlined } from '@ant-design/icons';
import { Button, Descriptions, Drawer, Flex, Grid, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { hasAll, useCurrentUser } from '../../../app/session.ts';
import type { PlanStructure, Status } from '../types.ts';
import { RuleForm } from './RuleForm.tsx';
import { StatusTag } from './status.tsx';

export function RuleButton({ plan }: { plan: PlanStructure }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button icon={<QuestionCircleOutlined />} onClick={() => setOpen(true)} data-testid="plan-rule-open">
        {t('plan.rule.button')}
      </Button>
      <RuleDrawer plan={plan} open={open} onClose={() => setOpen(false)} />
    </>
  );
}

function RuleDrawer({ plan, open, onClose }: { plan: PlanStructure; open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const screens = Grid.useBreakpoint();
  const [editing, setEditing] = useState(false);
  const canEdit = hasAll(me, ['plan.write']);
  const r = plan.rule;
  const s = plan.supervisionRule;
  const lines: { status: Status; text: string }[] = [
    { status: 'green', text: t('plan.rule.green', r) },
    { status: 'yellow', text: t('plan.rule.yellow', r) },
    { status: 'red', text: t('plan.rule.red', r) },
    { status: 'grey', text: t('plan.rule.grey') },
    { status: 'closed', text: t('plan.rule.closed') },
  ];
  return (
    <Drawer
      open={open}
      onClose={() => {
        setEditing(false);
        onClose();
      }}
      title={t('plan.rule.title', { year: plan.year })}
      size={screens.sm ? 520 : '100%'}
      destroyOnHidden
      data-testid="plan-rule-drawer"
      extra={
        canEdit &&
        !editing && (
          <Button icon={<EditOutlined />} onClick={() => setEditing(true)} data-testid="plan-rule-edit">
            {t('common.edit')}
          </Button>
        )
      }
    >
      {editing ? (
        <RuleForm plan={plan} onDone={() => setEditing(false)} />
      ) : (
        <>
          <Typography.Paragraph type="secondary">{t('plan.rule.intro')}</Typography.Paragraph>
          <Flex vertical gap={10} style={{ marginBottom: 16 }}>
            {lines.map((l) => (
              <Flex key={l.status} gap={8} align="flex-start">
                <div style={{ flex: '0 0 76px' }}>
                  <StatusTag status={l.status} />
                </div>
                <span>{l.text}</span>
              </Flex>
            ))}
          </Flex>
          <Typography.Paragraph>{t('plan.rule.expected')}</Typography.Paragraph>
          <Descriptions
            size="small"
            column={1}
            bordered
            items={[
              { key: 'due', label: t('plan.rule.reportDueDay'), children: t('plan.rule.reportDueDayText', { day: plan.reportDueDay }) },
              {
                key: 'missing',
                label: t('plan.rule.autoMissing'),
                children: s.missingReportWorkingDays > 0 ? t('plan.rule.autoMissingText', { days: s.missingReportWorkingDays }) : t('plan.rule.off'),
              },
              { key: 'red', label: t('plan.rule.autoRed'), children: s.noticeOnRed ? t('plan.rule.autoRedText') : t('plan.rule.off') },
              { key: 'reply', label: t('plan.rule.replyDays'), children: t('plan.rule.replyDaysText', { days: s.replyWorkingDays }) },
              { key: 'esc', label: t('plan.rule.escalate'), children: s.escalateOverdue ? t('plan.rule.escalateText') : t('plan.rule.off') },
            ]}
          />
        </>
      )}
    </Drawer>
  );
}
