// The steward's private notes (服务笔记): seen and edited only by the enterprise's own steward and the
// division; anyone else is told they are private.
import { Alert, Button, Card, Flex, Input, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../../components/ErrorMessage.tsx';
import { useUpdateEnterprise } from '../../mutations.ts';
import type { EnterpriseDetail } from '../../types.ts';

export function NotesCard({ e }: { e: EnterpriseDetail }) {
  const { t } = useTranslation();
  const save = useUpdateEnterprise();
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(e.privateNotes ?? '');
  useEffect(() => setText(e.privateNotes ?? ''), [e.privateNotes]);
  return (
    <Card
      size="small"
      title={t('ent.detail.notes')}
      style={{ height: '100%' }}
      data-testid="ent-notes"
      extra={
        e.abilities.notes && e.privateNotes !== null && !editing && (
          <Button size="small" onClick={() => setEditing(true)} data-testid="ent-notes-edit">
            {t('common.edit')}
          </Button>
        )
      }
    >
      {e.privateNotes === null ? (
        <Alert type="info" showIcon title={t('ent.detail.notesHidden')} data-testid="ent-notes-hidden" />
      ) : editing ? (
        <Flex vertical gap={8}>
          {save.error != null && <Alert type="error" showIcon title={<ErrorMessage error={save.error} />} />}
          <Input.TextArea value={text} onChange={(x) => setText(x.target.value)} autoSize={{ minRows: 4, maxRows: 12 }} maxLength={5000} showCount data-testid="ent-notes-input" />
          <Flex gap={8} justify="end">
            <Button onClick={() => (setEditing(false), setText(e.privateNotes ?? ''))}>{t('common.cancel')}</Button>
            <Button
              type="primary"
              loading={save.isPending}
              data-testid="ent-notes-save"
              onClick={() => save.mutate({ id: e.id, patch: { privateNotes: text, version: e.version } }, { onSuccess: () => setEditing(false) })}
            >
              {t('common.save')}
            </Button>
          </Flex>
        </Flex>
      ) : (
        <>
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 4 }} data-testid="ent-notes-text">
            {e.privateNotes || <Typography.Text type="secondary">{t('ent.detail.notesEmpty')}</Typography.Text>}
          </Typography.Paragraph>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('ent.detail.notesPrivate')}
          </Typography.Text>
        </>
      )}
    </Card>
  );
}
