// Open-API tokens: the list (prefix only, never the token), 新建令牌 (name, scopes, optional expiry), the
// show-once modal with the token and a copy button, and 吊销.
import { CopyOutlined, PlusOutlined, WarningOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Checkbox, DatePicker, Form, Input, Modal, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { tokenScopeLabels, tokenScopes, type TokenScope } from '../../../../common/integrations.ts';
import { isApiError } from '../../../api/errors.ts';
import { DateText } from '../../../components/DateText.tsx';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { applyServerErrors } from '../../../components/formErrors.ts';
import { useNotify } from '../../../components/useNotify.tsx';
import { useShortLang, useUiLang } from '../../../i18n/index.ts';
import { useTokens } from '../api.ts';
import { useCreateToken, useRevokeToken } from '../mutations.ts';
import type { ApiToken, NewToken } from '../types.ts';

type FormValues = { name: string; scopes: TokenScope[]; expiresOn: Dayjs | null };

function CreateTokenModal({ open, onClose, onCreated }: { open: boolean; onClose: () => void; onCreated: (t: NewToken) => void }) {
  const { t } = useTranslation();
  const lang = useUiLang();
  const short = useShortLang();
  const [form] = Form.useForm<FormValues>();
  const create = useCreateToken();
  const submit = async () => {
    const v = await form.validateFields();
    create.mutate(
      { name: v.name, scopes: v.scopes, expiresOn: v.expiresOn ? v.expiresOn.format('YYYY-MM-DD') : null },
      {
        onSuccess: (r) => {
          form.resetFields();
          onCreated(r);
        },
        onError: (e) => applyServerErrors(form, e, lang),
      },
    );
  };
  return (
    <Modal
      open={open}
      title={t('platformAdmin.tokens.create')}
      onCancel={onClose}
      onOk={() => void submit()}
      okText={t('common.create')}
      confirmLoading={create.isPending}
      okButtonProps={{ 'data-testid': 'token-submit' } as Record<string, string>}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" initialValues={{ scopes: [], expiresOn: null }} data-testid="token-form">
        {isApiError(create.error, 'request.invalid') && <Alert type="error" showIcon style={{ marginBottom: 12 }} title={<ErrorMessage error={create.error} />} />}
        <Form.Item name="name" label={t('platformAdmin.tokens.name')} rules={[{ required: true, whitespace: true, message: t('platformAdmin.tokens.nameRequired') }]}>
          <Input maxLength={100} placeholder={t('platformAdmin.tokens.namePlaceholder')} data-testid="token-name" />
        </Form.Item>
        <Form.Item name="scopes" label={t('platformAdmin.tokens.scopes')} rules={[{ required: true, type: 'array', min: 1, message: t('platformAdmin.tokens.scopesRequired') }]}>
          <Checkbox.Group data-testid="token-scopes">
            <Space direction="vertical">
              {tokenScopes.map((s) => (
                <Checkbox key={s} value={s} data-testid={`token-scope-${s}`}>
                  {tokenScopeLabels[s][short]} <Typography.Text type="secondary" code>{s}</Typography.Text>
                </Checkbox>
              ))}
            </Space>
          </Checkbox.Group>
        </Form.Item>
        <Form.Item name="expiresOn" label={t('platformAdmin.tokens.expiresOn')}>
          <DatePicker style={{ width: 200 }} disabledDate={(d) => d.isBefore(dayjs(), 'day')} data-testid="token-expires" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function ShownTokenModal({ token, onClose }: { token: NewToken | null; onClose: () => void }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(token?.token ?? '');
      setCopied(true);
      notify.success(t('platformAdmin.tokens.copied'));
    } catch {
      notify.error(new Error(t('platformAdmin.tokens.copyFailed')));
    }
  };
  return (
    <Modal
      open={!!token}
      title={t('platformAdmin.tokens.shownTitle')}
      closable={false}
      maskClosable={false}
      keyboard={false}
      onCancel={onClose}
      afterClose={() => setCopied(false)}
      destroyOnHidden
      footer={[
        <Button key="copy" icon={<CopyOutlined />} onClick={() => void copy()} data-testid="token-copy">
          {t('platformAdmin.tokens.copy')}
        </Button>,
        <Button key="close" type={copied ? 'primary' : 'default'} onClick={onClose} data-testid="token-shown-close">
          {t('platformAdmin.tokens.saved')}
        </Button>,
      ]}
    >
      <Alert type="warning" showIcon icon={<WarningOutlined />} style={{ marginBottom: 12 }} title={t('platformAdmin.tokens.shownWarning')} />
      {token && (
        <>
          <Typography.Paragraph style={{ marginBottom: 4 }}>
            <Typography.Text strong>{token.name}</Typography.Text>
          </Typography.Paragraph>
          <Input.TextArea readOnly autoSize value={token.token} data-testid="token-value" style={{ fontFamily: 'monospace' }} onFocus={(e) => e.currentTarget.select()} />
        </>
      )}
    </Modal>
  );
}

function status(r: ApiToken): 'revoked' | 'expired' | 'active' {
  if (r.revokedAt) return 'revoked';
  if (r.expiresAt && Date.parse(r.expiresAt) < Date.now()) return 'expired';
  return 'active';
}

export function TokensCard() {
  const { t } = useTranslation();
  const short = useShortLang();
  const q = useTokens();
  const revoke = useRevokeToken();
  const [creating, setCreating] = useState(false);
  const [shown, setShown] = useState<NewToken | null>(null);
  return (
    <Card
      size="small"
      title={t('platformAdmin.tokens.title')}
      extra={
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="token-create">
          {t('platformAdmin.tokens.create')}
        </Button>
      }
    >
      {q.error && <Alert type="error" showIcon style={{ marginBottom: 12 }} title={<ErrorMessage error={q.error} />} />}
      <Table<ApiToken>
        data-testid="tokens-table"
        rowKey="id"
        size="middle"
        pagination={false}
        loading={q.isFetching}
        dataSource={q.data?.items ?? []}
        scroll={{ x: 'max-content' }}
        onRow={(r) => ({ 'data-testid': `token-row-${r.id}` }) as React.HTMLAttributes<HTMLElement>}
        columns={[
          { title: t('platformAdmin.tokens.name'), dataIndex: 'name' },
          { title: t('platformAdmin.tokens.prefix'), dataIndex: 'prefix', render: (v: string) => <Typography.Text code data-testid="token-prefix">{v}…</Typography.Text> },
          {
            title: t('platformAdmin.tokens.scopes'),
            dataIndex: 'scopes',
            render: (v: TokenScope[]) => (
              <Space size={[4, 4]} wrap>
                {v.map((s) => (
                  <Tag key={s}>{tokenScopeLabels[s]?.[short] ?? s}</Tag>
                ))}
              </Space>
            ),
          },
          { title: t('platformAdmin.tokens.expiresAt'), dataIndex: 'expiresAt', render: (v: string | null) => (v ? <DateText value={v} /> : t('platformAdmin.tokens.noExpiry')) },
          { title: t('platformAdmin.tokens.lastUsedAt'), dataIndex: 'lastUsedAt', render: (v: string | null) => (v ? <DateText value={v} time /> : t('platformAdmin.tokens.never')) },
          { title: t('platformAdmin.tokens.createdAt'), dataIndex: 'createdAt', render: (v: string) => <DateText value={v} time /> },
          {
            title: t('platformAdmin.tokens.status'),
            key: 'status',
            render: (_, r) => {
              const s = status(r);
              return <Tag color={s === 'active' ? 'success' : s === 'revoked' ? 'default' : 'warning'}>{t(`platformAdmin.tokens.${s}`)}</Tag>;
            },
          },
          {
            title: t('common.actions'),
            key: 'actions',
            render: (_, r) =>
              !r.revokedAt && (
                <Popconfirm title={t('platformAdmin.tokens.revokeConfirm')} onConfirm={() => revoke.mutate(r.id)} okButtonProps={{ danger: true }}>
                  <Button size="small" danger loading={revoke.isPending && revoke.variables === r.id} data-testid={`token-revoke-${r.id}`}>
                    {t('platformAdmin.tokens.revoke')}
                  </Button>
                </Popconfirm>
              ),
          },
        ]}
      />
      <CreateTokenModal
        open={creating}
        onClose={() => setCreating(false)}
        onCreated={(r) => {
          setCreating(false);
          setShown(r);
        }}
      />
      <ShownTokenModal token={shown} onClose={() => setShown(null)} />
    </Card>
  );
}
