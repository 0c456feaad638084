// "校验日志链": asks the server to check the audit hash chain and shows the answer.
import { SafetyCertificateOutlined } from '@ant-design/icons';
import { Alert, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AuditVerify } from '../api.ts';

export function VerifyChainButton({ loading, onClick }: { loading: boolean; onClick: () => void }) {
  const { t } = useTranslation();
  return (
    <Button icon={<SafetyCertificateOutlined />} loading={loading} onClick={onClick} data-testid="audit-verify">
      {t('audit.verify')}
    </Button>
  );
}

export function VerifyResult({ result, onClose }: { result: AuditVerify | undefined; onClose: () => void }) {
  const { t } = useTranslation();
  if (!result) return null;
  return (
    <Alert
      data-testid="audit-verify-result"
      data-ok={result.ok}
      type={result.ok ? 'success' : 'error'}
      showIcon
      closable={{ onClose }}
      style={{ marginBottom: 12 }}
      title={result.ok ? t('audit.verifyOk', { count: result.checked }) : t('audit.verifyBad', { count: result.checked })}
      description={result.firstBad ? t('audit.firstBad', { seq: result.firstBad.seq, reason: result.firstBad.reason }) : undefined}
    />
  );
}
