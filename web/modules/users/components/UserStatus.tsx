// Status tags of a user: active / disabled, locked until …, must change password, 2FA.
import { Space, Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../i18n/format.ts';
import { useUiLang } from '../../../i18n/index.ts';
import { isLocked, type User } from '../api.ts';

export function UserStatus({ user }: { user: User }) {
  const { t } = useTranslation();
  const lang = useUiLang();
  return (
    <Space size={[0, 4]} wrap>
      {user.active ? <Tag color="success">{t('common.active')}</Tag> : <Tag>{t('users.disabled')}</Tag>}
      {isLocked(user) && (
        <Tooltip title={t('users.lockedUntil', { until: formatDateTime(user.lockedUntil, lang) })}>
          <Tag color="error" data-testid={`user-locked-${user.username}`}>
            {t('users.locked')}
          </Tag>
        </Tooltip>
      )}
      {user.mustChangePassword && <Tag color="warning">{t('users.mustChange')}</Tag>}
      {user.totpEnabled && <Tag color="blue">{t('users.totp')}</Tag>}
    </Space>
  );
}
