// Renders an API error in the current language, with the field issues of request.invalid.
import { useTranslation } from 'react-i18next';
import { ApiError, translateError } from '../api/errors.ts';
import { useUiLang } from '../i18n/index.ts';

export function ErrorMessage({ error }: { error: unknown }) {
  const lang = useUiLang();
  const { t } = useTranslation();
  if (!(error instanceof ApiError)) return <span>{error instanceof Error ? error.message : t('common.unknownError')}</span>;
  const issues = error.code === 'request.invalid' ? error.issues : [];
  return (
    <span data-testid="error-message" data-code={error.code}>
      {translateError(error, lang)}
      {issues.length > 0 && (
        <ul style={{ margin: '4px 0 0', paddingInlineStart: 20, textAlign: 'start' }}>
          {issues.map((i, n) => (
            <li key={n}>
              {i.path ? <strong>{i.path}</strong> : null}
              {i.path ? (lang === 'en' ? ': ' : '：') : null}
              {i.message}
            </li>
          ))}
        </ul>
      )}
    </span>
  );
}
