// Returns a submitted report to the unit with a reason (required; the unit sees it on the task).
import { Button, Flex, Input, Modal, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { periodLabel } from '../../../../../common/periods.ts';
import { useShortLang } from '../../../../i18n/index.ts';
import type { Report } from '../../types.ts';

type Props = { report: Report | null; busy: boolean; onCancel: () => void; onSubmit: (reason: string) => void };

export function ReturnModal({ report, busy, onCancel, onSubmit }: Props) {
  const { t } = useTranslation();
  const lang = useShortLang();
  const [reason, setReason] = useState('');
  const [touched, setTouched] = useState(false);
  useEffect(() => {
    setReason('');
    setTouched(false);
  }, [report?.id]);
  const empty = !reason.trim();
  return (
    <Modal
      open={!!report}
      title={report ? t('plan.review.returnTitle', { period: periodLabel(report.period, lang) }) : ''}
      onCancel={onCancel}
      destroyOnHidden
      footer={
        <Flex justify="end" gap={8}>
          <Button onClick={onCancel}>{t('common.cancel')}</Button>
          <Button
            type="primary"
            danger
            loading={busy}
            onClick={() => {
              setTouched(true);
              if (!empty) onSubmit(reason.trim());
            }}
            data-testid="return-submit"
          >
            {t('plan.review.return')}
          </Button>
        </Flex>
      }
    >
      <Typography.Paragraph type="secondary">{t('plan.review.returnHelp')}</Typography.Paragraph>
      <Input.TextArea
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        autoSize={{ minRows: 3, maxRows: 8 }}
        maxLength={500}
        showCount
        status={touched && empty ? 'error' : undefined}
        placeholder={t('plan.review.reasonPlaceholder')}
        data-testid="return-reason"
      />
      {touched && empty && <Typography.Text type="danger">{t('plan.review.reasonRequired')}</Typography.Text>}
    </Modal>
  );
}
