// 安全策略 (security admin): account lockout, session idle timeout, password expiry and two-step
// verification for everyone. Unlocking an account is done in 用户管理, which the page points to.
import { ReloadOutlined } from '@ant-design/icons';
import { Alert, Button, Skeleton } from 'antd';
import { Trans, useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { routePermissions } from '../../../app/access.ts';
import { hasAll, useCurrentUser } from '../../../app/session.ts';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { useSecurityPolicy } from '../api.ts';
import { PolicyForm } from '../components/PolicyForm.tsx';

export function SecurityPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const policy = useSecurityPolicy();
  const canOpenUsers = hasAll(me, routePermissions['/admin/users']);
  return (
    <div className="tc-page" style={{ maxWidth: 720 }} data-testid="security-page">
      <PageHeader title={t('security.title')} subtitle={t('security.subtitle')} />
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 16 }}
        data-testid="security-unlock-hint"
        title={
          canOpenUsers ? (
            // <users> rather than <link>: Trans parses link as a void HTML tag and would drop its text.
            <Trans i18nKey="security.unlockHint" components={{ users: <Link to="/admin/users" data-testid="security-users-link" /> }} />
          ) : (
            t('security.unlockHintNoLink')
          )
        }
      />
      {policy.error && (
        <Alert
          type="error"
          showIcon
          title={<ErrorMessage error={policy.error} />}
          action={
            <Button size="small" icon={<ReloadOutlined />} onClick={() => void policy.refetch()}>
              {t('common.retry')}
            </Button>
          }
        />
      )}
      {!policy.data && !policy.error && <Skeleton active paragraph={{ rows: 8 }} />}
      {policy.data && <PolicyForm latest={policy.data} reload={async () => (await policy.refetch()).data} />}
    </div>
  );
}
