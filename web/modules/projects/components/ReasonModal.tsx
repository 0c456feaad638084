// Asks for a required text (a return reason, a note for a problem action) before an action.
import { Button, Flex, Input, Modal, Typography } from 'antd';
import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

type Props = { open: boolean; title: string; help?: ReactNode; okText: string; busy: boolean; danger?: boolean; onCancel: () => void; onSubmit: (text: string) => void; testId: string };

export function ReasonModal({ open, title, help, okText, busy, danger = true, onCancel, onSubmit, testId }: Props) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [touched, setTouched] = useState(false);
  useEffect(() => {
    setText('');
    setTouched(false);
  }, [open]);
  const empty = !text.trim();
  return (
    <Modal
      open={open}
      title={title}
      onCancel={onCancel}
      destroyOnHidden
      footer={
        <Flex justify="end" gap={8}>
          <Button onClick={onCancel}>{t('common.cancel')}</Button>
          <Button type="primary" danger={danger} loading={busy} onClick={() => (setTouched(true), !empty && onSubmit(text.trim()))} data-testid={`${testId}-submit`}>
            {okText}
          </Button>
        </Flex>
      }
    >
      {help && <Typography.Paragraph type="secondary">{help}</Typography.Paragraph>}
      <Input.TextArea value={text} onChange={(e) => setText(e.target.value)} autoSize={{ minRows: 3, maxRows: 8 }} maxLength={500} showCount status={touched && empty ? 'error' : undefined} data-testid={`${testId}-text`} />
      {touched && empty && <Typography.Text type="danger">{t('proj.reasonRequired')}</Typography.Text>}
    </Modal>
  );
}
