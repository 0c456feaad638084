// Puts server errors on the fields of a plan form: request.invalid issues by their path
// ('body.milestones.0.title' → ['milestones', 0, 'title']) and codes that name one field.
import type { FormInstance } from 'antd';
import { ApiError, translateError } from '../../../api/errors.ts';
import type { UiLang } from '../../../i18n/format.ts';

export type FieldPath = (string | number)[];

export function showServerErrors(form: FormInstance, err: unknown, lang: UiLang, codeFields: Record<string, FieldPath> = {}): void {
  if (!(err instanceof ApiError)) return;
  const fields: { name: FieldPath; errors: string[] }[] = [];
  if (err.code === 'request.invalid') {
    for (const issue of err.issues) {
      const parts = issue.path.split(/[.[\]/]/).filter(Boolean);
      if (['body', 'querystring', 'params'].includes(parts[0])) parts.shift();
      if (parts.length) fields.push({ name: parts.map((p) => (/^\d+$/.test(p) ? Number(p) : p)), errors: [issue.message] });
    }
  } else if (codeFields[err.code]) {
    fields.push({ name: codeFields[err.code], errors: [translateError(err, lang)] });
  }
  if (fields.length) form.setFields(fields);
}
