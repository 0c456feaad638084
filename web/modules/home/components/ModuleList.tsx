// The platform's modules, each marked live (with links the user may open) or under construction.
import { Card, Col, Row, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { routePermissions } from '../../../app/access.ts';
import { hasAll, useCurrentUser } from '../../../app/session.ts';
import { platformModules } from '../catalog.ts';

export function ModuleList() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  return (
    <Row gutter={[12, 12]} data-testid="module-list">
      {platformModules.map((m) => {
        const links = m.links.filter((l) => hasAll(me, routePermissions[l.path]));
        return (
          <Col key={m.key} xs={24} sm={12} xl={8} xxl={6}>
            <Card size="small" style={{ height: '100%' }} data-testid={`module-${m.key}`} data-live={m.live}>
              <Space style={{ marginBottom: 4 }} wrap>
                <Typography.Text strong>{t(`home.modules.${m.key}.title`)}</Typography.Text>
                {m.live ? <Tag color="success">{t('home.live')}</Tag> : <Tag>{t('home.building')}</Tag>}
              </Space>
              <Typography.Paragraph type="secondary" style={{ marginBottom: 8, minHeight: 44 }}>
                {t(`home.modules.${m.key}.desc`)}
              </Typography.Paragraph>
              {m.live && (
                <Space wrap size={12}>
                  {links.map((l) => (
                    <Link key={l.path} to={l.path}>
                      {t(l.labelKey)} →
                    </Link>
                  ))}
                  {links.length === 0 && <Typography.Text type="secondary">{t('home.noAccess')}</Typography.Text>}
                </Space>
              )}
            </Card>
          </Col>
        );
      })}
    </Row>
  );
}
