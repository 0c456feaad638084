// How an external system calls the open API: bearer token, the three endpoints and the scope each needs,
// a curl example, and where the OpenAPI document is.
import { Card, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { tokenScopeLabels, type TokenScope } from '../../../../common/integrations.ts';
import { useShortLang } from '../../../i18n/index.ts';

const endpoints: { path: string; scope: TokenScope; what: string }[] = [
  { path: '/api/open/v1/indicators', scope: 'indicators:read', what: 'indicators' },
  { path: '/api/open/v1/projects', scope: 'projects:read', what: 'projects' },
  { path: '/api/open/v1/alerts', scope: 'alerts:read', what: 'alerts' },
];

export function OpenApiPanel() {
  const { t } = useTranslation();
  const short = useShortLang();
  const origin = typeof window === 'undefined' ? '' : window.location.origin;
  const example = `curl -H "Authorization: Bearer <token>" \\\n  "${origin}/api/open/v1/indicators?year=2023"`;
  return (
    <Card size="small" title={t('platformAdmin.open.title')} data-testid="open-api-panel">
      <Typography.Paragraph>{t('platformAdmin.open.intro')}</Typography.Paragraph>
      <Table
        size="small"
        rowKey="path"
        pagination={false}
        dataSource={endpoints}
        style={{ marginBottom: 12 }}
        scroll={{ x: 'max-content' }}
        columns={[
          { title: t('platformAdmin.open.endpoint'), dataIndex: 'path', render: (v: string) => <Typography.Text code>GET {v}</Typography.Text> },
          { title: t('platformAdmin.open.scope'), dataIndex: 'scope', render: (v: TokenScope) => <span><Typography.Text code>{v}</Typography.Text> {tokenScopeLabels[v][short]}</span> },
          { title: t('platformAdmin.open.what'), dataIndex: 'what', render: (v: string) => t(`platformAdmin.open.${v}`) },
        ]}
      />
      <Typography.Text strong>{t('platformAdmin.open.example')}</Typography.Text>
      <pre style={{ background: '#f6f8fa', padding: '8px 12px', borderRadius: 6, overflowX: 'auto', margin: '6px 0 12px', fontSize: 13 }}>{example}</pre>
      <Typography.Text>
        {t('platformAdmin.open.docs')}
        <a href="/api/docs" target="_blank" rel="noreferrer">
          /api/docs
        </a>
      </Typography.Text>
    </Card>
  );
}
