// The lead unit's answer to a supervision notice (督办答复).
import { Button, Flex, Input } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { limits } from '../../../../../common/limits.ts';
import { useReplyNotice } from '../../mutations.ts';

export function ReplyForm({ notice, onDone }: { notice: { id: number; version: number }; onDone?: () => void }) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const reply = useReplyNotice();
  return (
    <Flex vertical gap={6} style={{ marginTop: 8 }} data-testid={`notice-reply-form-${notice.id}`}>
      <Input.TextArea
        value={text}
        onChange={(e) => setText(e.target.value)}
        autoSize={{ minRows: 2, maxRows: 6 }}
        maxLength={limits.textMax}
        placeholder={t('plan.supervision.replyPlaceholder')}
        data-testid={`notice-reply-${notice.id}`}
      />
      <Flex justify="end">
        <Button
          type="primary"
          size="small"
          disabled={!text.trim()}
          loading={reply.isPending}
          onClick={() => reply.mutate({ id: notice.id, reply: text.trim(), version: notice.version }, {
              onSuccess: () => {
                setText('');
                onDone?.();
              },
            })}
          data-testid={`notice-reply-submit-${notice.id}`}
        >
          {t('plan.supervision.reply')}
        </Button>
      </Flex>
    </Flex>
  );
}
