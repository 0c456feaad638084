// The enterprise's profile and its service package (服务包): code, industry, size, zone, town, contact
// (the phone only for its steward and the division), steward, list year, package contents.
import { Card, Descriptions, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useEntFormat } from '../../hooks/useEntFormat.ts';
import type { EnterpriseDetail } from '../../types.ts';

export function ProfileCard({ e }: { e: EnterpriseDetail }) {
  const { t } = useTranslation();
  const f = useEntFormat();
  const pkg = e.servicePackage.split(/[、,，;；\n]/).map((s) => s.trim()).filter(Boolean);
  return (
    <Card size="small" title={t('ent.detail.profile')} style={{ height: '100%' }} data-testid="ent-profile">
      <Descriptions size="small" column={{ xs: 1, md: 2 }}>
        <Descriptions.Item label={t('ent.field.uscc')}>
          <Typography.Text copyable style={{ fontFamily: 'monospace' }}>
            {e.uscc}
          </Typography.Text>
        </Descriptions.Item>
        <Descriptions.Item label={t('ent.field.industry')}>{f.label('industry', e.industry)}</Descriptions.Item>
        <Descriptions.Item label={t('ent.field.size')}>{f.label('size', e.size)}</Descriptions.Item>
        <Descriptions.Item label={t('ent.field.zone')}>{f.label('zone', e.zone)}</Descriptions.Item>
        <Descriptions.Item label={t('ent.field.town')}>{e.townName ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={t('ent.field.address')}>{e.address || '—'}</Descriptions.Item>
        <Descriptions.Item label={t('ent.field.contactName')}>{e.contactName || '—'}</Descriptions.Item>
        <Descriptions.Item label={t('ent.field.contactPhone')}>
          {e.contactPhone ?? <Typography.Text type="secondary">{t('ent.detail.phoneHidden')}</Typography.Text>}
        </Descriptions.Item>
        <Descriptions.Item label={t('ent.field.steward')}>{e.stewardName ?? t('ent.unassigned')}</Descriptions.Item>
        <Descriptions.Item label={t('ent.field.listYear')}>
          {e.listYear}
          {!e.listed && (
            <Tag color="default" style={{ marginInlineStart: 8 }}>
              {t('ent.detail.delisted')}
            </Tag>
          )}
        </Descriptions.Item>
        <Descriptions.Item label={t('ent.field.servicePackage')} span={2}>
          {pkg.length ? pkg.map((p) => <Tag key={p} color="blue">{p}</Tag>) : '—'}
        </Descriptions.Item>
      </Descriptions>
    </Card>
  );
}
