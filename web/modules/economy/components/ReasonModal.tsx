// Asks for a required reason (returning a value to its unit); the unit sees it beside the value.
import { Button, Flex, Input, Modal, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

type Props = { open: boolean; title: string; help: string; okText: string; busy: boolean; onCancel: () => void; onSubmit: (reason: string) => void };

export function ReasonModal({ open, title, help, okText, busy, onCancel, onSubmit }: Props) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [touched, setTouched] = useState(false);
  useEffect(() => {
    setReason('');
    setTouched(false);
  }, [open]);
  const empty = !reason.trim();
  return (
    <Modal
      open={open}
      title={title}
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
            data-testid="econ-return-submit"
          >
            {okText}
          </Button>
        </Flex>
      }
    >
      <Typography.Paragraph type="secondary">{help}</Typography.Paragraph>
      <Input.TextArea
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        autoSize={{ minRows: 3, maxRows: 8 }}
        maxLength={500}
        showCount
        status={touched && empty ? 'error' : undefined}
        placeholder={t('econ.review.reasonPlaceholder')}
        data-testid="econ-return-reason"
      />
      {touched && empty && <Typography.Text type="danger">{t('econ.review.reasonRequired')}</Typography.Text>}
    </Modal>
  );
}
