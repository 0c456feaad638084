// Log-in: username + password, then a 6-digit one-time code when the server asks for it
// (auth.totp_required). Errors are translated from their code, e.g. "locked until 14:03".
import { LockOutlined, SafetyOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Form, Input } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { limits } from '../../common/limits.ts';
import { messageFor } from '../../common/errors.ts';
import { ApiError, translateError } from '../api/errors.ts';
import { LanguageSwitch } from '../components/LanguageSwitch.tsx';
import { useShortLang, useUiLang } from '../i18n/index.ts';
import { useLogin, type LoginInput } from '../modules/account/session.ts';
import { FullPageSpin } from './RequireSession.tsx';
import { safeNext, useMe } from './session.ts';

export function LoginPage() {
  const { t } = useTranslation();
  const lang = useUiLang();
  const short = useShortLang();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const [form] = Form.useForm<LoginInput>();
  const me = useMe();
  const login = useLogin();
  const [needTotp, setNeedTotp] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const next = safeNext(params.get('next'));

  if (me.isPending) return <FullPageSpin />;
  if (me.data) return <Navigate to={next} replace />;

  const submit = (values: LoginInput) => {
    setError(null);
    const body: LoginInput = { username: values.username.trim(), password: values.password };
    if (needTotp && values.totp) body.totp = values.totp.trim();
    login.mutate(body, {
      onSuccess: () => void navigate(next, { replace: true }),
      onError: (e) => {
        if (e instanceof ApiError && (e.code === 'auth.totp_required' || e.code === 'auth.totp_invalid')) {
          setNeedTotp(true);
          form.setFieldValue('totp', '');
          setTimeout(() => document.querySelector<HTMLInputElement>('[data-testid="login-totp"]')?.focus(), 0);
        }
        setError(e);
      },
    });
  };

  const isPrompt = error instanceof ApiError && error.code === 'auth.totp_required';
  const errorText = error instanceof ApiError ? translateError(error, lang) : error ? t('common.unknownError') : null;

  return (
    <div className="tc-login-bg">
      {/* plain markup rather than Card / Typography: keeps the log-in chunk small */}
      <main className="tc-login-card">
        <div className="tc-login-head">
          <div>
            <h1 className="tc-login-title">{t('app.shortName')}</h1>
            <div className="tc-login-sub">{t('app.subtitle')}</div>
          </div>
          <LanguageSwitch />
        </div>
        {params.get('reason') === 'expired' && !error && (
          <Alert type="info" showIcon title={messageFor('auth.session_expired', short)} style={{ marginBottom: 16 }} />
        )}
        {errorText && (
          <Alert
            data-testid="login-error"
            data-code={error instanceof ApiError ? error.code : undefined}
            type={isPrompt ? 'info' : 'error'}
            showIcon
            title={errorText}
            style={{ marginBottom: 16 }}
          />
        )}
        <Form form={form} layout="vertical" size="large" onFinish={submit} requiredMark={false} data-testid="login-form">
          <Form.Item name="username" label={t('login.username')} rules={[{ required: true, whitespace: true, message: t('login.usernameRequired') }, { max: limits.usernameMax }]}>
            <Input prefix={<UserOutlined />} autoComplete="username" autoFocus data-testid="login-username" maxLength={limits.usernameMax} />
          </Form.Item>
          <Form.Item name="password" label={t('login.password')} rules={[{ required: true, message: t('login.passwordRequired') }]}>
            <Input.Password prefix={<LockOutlined />} autoComplete="current-password" data-testid="login-password" maxLength={limits.passwordMax} />
          </Form.Item>
          {needTotp && (
            <Form.Item
              name="totp"
              label={t('login.totp')}
              extra={t('login.totpHelp')}
              rules={[{ required: true, pattern: /^\d{6}$/, message: t('login.totpFormat') }]}
            >
              <Input prefix={<SafetyOutlined />} inputMode="numeric" autoComplete="one-time-code" maxLength={6} data-testid="login-totp" />
            </Form.Item>
          )}
          <Button type="primary" htmlType="submit" block loading={login.isPending} data-testid="login-submit">
            {t('login.submit')}
          </Button>
        </Form>
        <p className="tc-login-hint">{t('login.demoHint')}</p>
      </main>
    </div>
  );
}
