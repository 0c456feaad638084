// Alert webhooks: the list (host only, never the full address or the secret), the create/edit drawer,
// 删除, and 发送测试 with its outcome.
import { DeleteOutlined, EditOutlined, PlusOutlined, SendOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Checkbox, Drawer, Form, Input, Popconfirm, Select, Space, Switch, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { webhookEventLabels, webhookEvents, webhookKindLabels, webhookKinds } from '../../../../common/integrations.ts';
import { isApiError } from '../../../api/errors.ts';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { applyServerErrors } from '../../../components/formErrors.ts';
import { useShortLang, useUiLang } from '../../../i18n/index.ts';
import { useWebhooks } from '../api.ts';
import { useDeleteWebhook, useSaveWebhook, useTestWebhook } from '../mutations.ts';
import type { Webhook, WebhookEvent, WebhookInput, WebhookKind, WebhookPatch, WebhookTest } from '../types.ts';

type FormValues = { name: string; kind: WebhookKind; url: string; secret: string; clearSecret: boolean; events: WebhookEvent[]; active: boolean };

function WebhookDrawer({ open, editing, onClose }: { open: boolean; editing: Webhook | null; onClose: () => void }) {
  const { t } = useTranslation();
  const lang = useUiLang();
  const short = useShortLang();
  const [form] = Form.useForm<FormValues>();
  const save = useSaveWebhook();
  const clearSecret = Form.useWatch('clearSecret', form);
  const submit = async () => {
    const v = await form.validateFields();
    const secret = v.secret?.trim() ? v.secret : null;
    const body: WebhookInput | WebhookPatch = editing
      ? {
          name: v.name,
          events: v.events,
          active: v.active,
          version: editing.version,
          ...(v.url?.trim() ? { url: v.url.trim() } : {}),
          ...(secret !== null ? { secret } : v.clearSecret ? { secret: null } : {}),
        }
      : { name: v.name, kind: v.kind, url: v.url.trim(), secret, events: v.events, active: v.active };
    save.mutate({ id: editing?.id ?? null, input: body }, { onSuccess: onClose, onError: (e) => applyServerErrors(form, e, lang) });
  };
  return (
    <Drawer
      open={open}
      width={520}
      title={editing ? t('platformAdmin.webhooks.edit') : t('platformAdmin.webhooks.create')}
      onClose={onClose}
      destroyOnHidden
      afterOpenChange={(o) => !o && save.reset()}
      extra={
        <Space>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={save.isPending} onClick={() => void submit()} data-testid="webhook-submit">
            {t('common.save')}
          </Button>
        </Space>
      }
    >
      <Form
        form={form}
        key={editing?.id ?? 'new'}
        layout="vertical"
        data-testid="webhook-form"
        preserve={false}
        initialValues={
          editing
            ? { name: editing.name, kind: editing.kind, url: '', secret: '', clearSecret: false, events: editing.events, active: editing.active }
            : { name: '', kind: 'wecom', url: '', secret: '', clearSecret: false, events: ['cockpit.alert'], active: true }
        }
      >
        {isApiError(save.error, 'request.invalid') && <Alert type="error" showIcon style={{ marginBottom: 12 }} title={<ErrorMessage error={save.error} />} />}
        <Form.Item name="name" label={t('platformAdmin.webhooks.name')} rules={[{ required: true, whitespace: true }]}>
          <Input maxLength={100} data-testid="webhook-name" />
        </Form.Item>
        <Form.Item name="kind" label={t('platformAdmin.webhooks.kind')} rules={[{ required: true }]}>
          <Select disabled={!!editing} options={webhookKinds.map((k) => ({ value: k, label: webhookKindLabels[k][short] }))} data-testid="webhook-kind" />
        </Form.Item>
        <Form.Item
          name="url"
          label={t('platformAdmin.webhooks.url')}
          extra={editing ? `${t('platformAdmin.webhooks.editUrlHelp')}（${editing.urlHost}）` : undefined}
          rules={editing ? [] : [{ required: true, whitespace: true, message: t('platformAdmin.webhooks.urlRequired') }]}
        >
          <Input maxLength={1000} placeholder={t('platformAdmin.webhooks.urlPlaceholder')} data-testid="webhook-url" />
        </Form.Item>
        <Form.Item
          name="secret"
          label={t('platformAdmin.webhooks.secret')}
          extra={editing?.hasSecret ? t('platformAdmin.webhooks.secretKeep') : t('platformAdmin.webhooks.secretHelp')}
        >
          <Input.Password
            maxLength={200}
            autoComplete="new-password"
            disabled={!!clearSecret}
            placeholder={editing?.hasSecret ? t('platformAdmin.webhooks.secretSet') : undefined}
            data-testid="webhook-secret"
          />
        </Form.Item>
        {editing?.hasSecret && (
          <Form.Item name="clearSecret" valuePropName="checked" style={{ marginTop: -12 }}>
            <Checkbox>{t('platformAdmin.webhooks.secretClear')}</Checkbox>
          </Form.Item>
        )}
        <Form.Item name="events" label={t('platformAdmin.webhooks.events')} rules={[{ required: true, type: 'array', min: 1, message: t('platformAdmin.webhooks.eventsRequired') }]}>
          <Checkbox.Group options={webhookEvents.map((e) => ({ value: e, label: webhookEventLabels[e][short] }))} data-testid="webhook-events" />
        </Form.Item>
        <Form.Item name="active" label={t('platformAdmin.webhooks.active')} valuePropName="checked">
          <Switch data-testid="webhook-active" />
        </Form.Item>
      </Form>
    </Drawer>
  );
}

export function WebhooksCard() {
  const { t } = useTranslation();
  const short = useShortLang();
  const q = useWebhooks();
  const del = useDeleteWebhook();
  const test = useTestWebhook();
  const [drawer, setDrawer] = useState<{ open: boolean; editing: Webhook | null }>({ open: false, editing: null });
  const [outcomes, setOutcomes] = useState<Record<number, WebhookTest>>({});
  return (
    <Card
      size="small"
      title={t('platformAdmin.webhooks.title')}
      extra={
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setDrawer({ open: true, editing: null })} data-testid="webhook-create">
          {t('platformAdmin.webhooks.create')}
        </Button>
      }
    >
      {q.error && <Alert type="error" showIcon style={{ marginBottom: 12 }} title={<ErrorMessage error={q.error} />} />}
      <Table<Webhook>
        data-testid="webhooks-table"
        rowKey="id"
        size="middle"
        pagination={false}
        loading={q.isFetching}
        dataSource={q.data?.items ?? []}
        locale={{ emptyText: t('platformAdmin.webhooks.none') }}
        scroll={{ x: 'max-content' }}
        onRow={(r) => ({ 'data-testid': `webhook-row-${r.id}` }) as React.HTMLAttributes<HTMLElement>}
        columns={[
          { title: t('platformAdmin.webhooks.name'), dataIndex: 'name' },
          { title: t('platformAdmin.webhooks.kind'), dataIndex: 'kind', render: (v: WebhookKind) => webhookKindLabels[v]?.[short] ?? v },
          { title: t('platformAdmin.webhooks.urlHost'), dataIndex: 'urlHost', render: (v: string) => <Typography.Text code>{v}</Typography.Text> },
          {
            title: t('platformAdmin.webhooks.secret'),
            dataIndex: 'hasSecret',
            render: (v: boolean) => (v ? <Tag color="success">{t('platformAdmin.webhooks.secretSet')}</Tag> : <Typography.Text type="secondary">{t('platformAdmin.webhooks.secretNotSet')}</Typography.Text>),
          },
          {
            title: t('platformAdmin.webhooks.events'),
            dataIndex: 'events',
            render: (v: WebhookEvent[]) => (
              <Space size={[4, 4]} wrap>
                {v.map((e) => (
                  <Tag key={e}>{webhookEventLabels[e]?.[short] ?? e}</Tag>
                ))}
              </Space>
            ),
          },
          { title: t('platformAdmin.webhooks.active'), dataIndex: 'active', render: (v: boolean) => (v ? <Tag color="success">{t('common.active')}</Tag> : <Tag>{t('common.inactive')}</Tag>) },
          {
            title: t('platformAdmin.webhooks.deliveries'),
            dataIndex: 'deliveries',
            render: (d: Webhook['deliveries']) => (
              <Space size={4}>
                <Tag>{`${t('platformAdmin.webhooks.pending')} ${d.pending ?? 0}`}</Tag>
                <Tag color="success">{`${t('platformAdmin.webhooks.sent')} ${d.sent ?? 0}`}</Tag>
                <Tag color={d.failed ? 'error' : undefined}>{`${t('platformAdmin.webhooks.failed')} ${d.failed ?? 0}`}</Tag>
              </Space>
            ),
          },
          {
            title: t('common.actions'),
            key: 'actions',
            render: (_, r) => (
              <Space direction="vertical" size={4}>
                <Space size={4}>
                  <Button
                    size="small"
                    icon={<SendOutlined />}
                    loading={test.isPending && test.variables === r.id}
                    onClick={() => test.mutate(r.id, { onSuccess: (o) => setOutcomes((m) => ({ ...m, [r.id]: o })) })}
                    data-testid={`webhook-test-${r.id}`}
                  >
                    {t('platformAdmin.webhooks.test')}
                  </Button>
                  <Button size="small" icon={<EditOutlined />} onClick={() => setDrawer({ open: true, editing: r })} data-testid={`webhook-edit-${r.id}`}>
                    {t('common.edit')}
                  </Button>
                  <Popconfirm title={t('platformAdmin.webhooks.deleteConfirm')} onConfirm={() => del.mutate(r.id)} okButtonProps={{ danger: true }}>
                    <Button size="small" danger icon={<DeleteOutlined />} data-testid={`webhook-delete-${r.id}`}>
                      {t('common.delete')}
                    </Button>
                  </Popconfirm>
                </Space>
                {outcomes[r.id] && (
                  <Typography.Text type={outcomes[r.id].ok ? 'success' : 'danger'} style={{ fontSize: 12 }} data-testid={`webhook-test-result-${r.id}`}>
                    {outcomes[r.id].ok
                      ? t('platformAdmin.webhooks.testOk', { status: outcomes[r.id].status ?? '' })
                      : t('platformAdmin.webhooks.testFailed', { error: outcomes[r.id].error ?? `HTTP ${outcomes[r.id].status ?? ''}` })}
                  </Typography.Text>
                )}
              </Space>
            ),
          },
        ]}
      />
      <WebhookDrawer open={drawer.open} editing={drawer.editing} onClose={() => setDrawer((d) => ({ ...d, open: false }))} />
    </Card>
  );
}
