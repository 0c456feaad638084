// Puts the field issues of a request.invalid answer (and known field-specific codes) on antd form fields.
import type { FormInstance } from 'antd';
import { ApiError, translateError } from '../api/errors.ts';
import type { UiLang } from '../i18n/format.ts';

/** Field a server error code belongs to, for codes that name one field. */
const codeFields: Record<string, string> = {
  'org.code_taken': 'code',
  'org.parent_not_found': 'parentId',
  'org.cycle': 'parentId',
  'user.username_taken': 'username',
  'user.org_required': 'orgId',
  'user.org_not_found': 'orgId',
  'user.role_invalid': 'role',
  'auth.wrong_current_password': 'currentPassword',
  'auth.totp_invalid': 'code',
};

export function applyServerErrors(form: FormInstance, err: unknown, lang: UiLang, passwordField?: string): void {
  if (!(err instanceof ApiError)) return;
  const message = translateError(err, lang);
  const names = new Set(Object.keys(form.getFieldsValue() ?? {}));
  const fields: { name: string; errors: string[] }[] = [];
  if (err.code === 'request.invalid') {
    for (const issue of err.issues) {
      const name = issue.path.split(/[.[\]/]/).filter(Boolean).pop() ?? '';
      if (names.has(name)) fields.push({ name, errors: [issue.message] });
    }
  } else if (err.code.startsWith('password.') && passwordField) {
    fields.push({ name: passwordField, errors: [message] });
  } else if (codeFields[err.code] && names.has(codeFields[err.code])) {
    fields.push({ name: codeFields[err.code], errors: [message] });
  }
  if (fields.length) form.setFields(fields);
}
