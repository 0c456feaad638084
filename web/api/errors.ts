// ApiError: the web side of the server's error envelope { error: { code, message, details } }.
// Messages are translated from the code with common/errors.ts, so a language switch re-translates.
import { errorCatalog, messageFor } from '../../common/errors.ts';
import { formatDetailDates, type UiLang } from '../i18n/format.ts';

export type Issue = { path: string; message: string };
export type ImportRowError = { row: number; column: string; reason: string };

/** Codes the client makes up itself (no server answer to translate). */
const localMessages: Record<string, { zh: string; en: string }> = {
  network: { zh: '无法连接服务器，请检查网络后重试', en: 'Cannot reach the server; check the network and try again' },
  unknown: { zh: '请求失败（HTTP {{status}}）', en: 'The request failed (HTTP {{status}})' },
};

export class ApiError extends Error {
  readonly code: string;
  readonly status: number;
  readonly details: Record<string, unknown>;
  readonly serverMessage: string | undefined;

  constructor(code: string, status: number, details: Record<string, unknown>, lang: UiLang, serverMessage?: string) {
    const e = { code, status, details, serverMessage } as const;
    super(translateError(e, lang));
    this.name = 'ApiError';
    this.code = code;
    this.status = status;
    this.details = details;
    this.serverMessage = serverMessage;
  }

  get issues(): Issue[] {
    const v = this.details.issues;
    return Array.isArray(v) ? (v as Issue[]) : [];
  }

  get rowErrors(): ImportRowError[] {
    const v = this.details.errors;
    return Array.isArray(v) ? (v as ImportRowError[]) : [];
  }
}

type ErrorLike = { code: string; status: number; details: Record<string, unknown>; serverMessage?: string };

export function translateError(e: ErrorLike, lang: UiLang): string {
  const short = lang === 'en' ? 'en' : 'zh';
  const details: Record<string, unknown> = { ...formatDetailDates(e.details, lang), status: e.status };
  if (e.code === 'request.invalid' && details.fields === undefined) {
    const issues = Array.isArray(e.details.issues) ? (e.details.issues as Issue[]) : [];
    details.fields = issues.map((i) => i.path).filter(Boolean).join(short === 'zh' ? '、' : ', ');
  }
  if (e.code in errorCatalog) return messageFor(e.code, short, details);
  const local = localMessages[e.code];
  if (local) return fill(local[short], details);
  return e.serverMessage || fill(localMessages.unknown[short], details);
}

function fill(template: string, details: Record<string, unknown>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_, k: string) => String(details[k] ?? ''));
}

export function parseErrorBody(payload: unknown, status: number, lang: UiLang): ApiError {
  const err = (payload as { error?: { code?: unknown; message?: unknown; details?: unknown } } | null)?.error;
  if (err && typeof err.code === 'string') {
    const details = err.details && typeof err.details === 'object' ? (err.details as Record<string, unknown>) : {};
    return new ApiError(err.code, status, details, lang, typeof err.message === 'string' ? err.message : undefined);
  }
  return new ApiError(status === 404 ? 'route.not_found' : status >= 500 ? 'internal' : 'unknown', status, {}, lang);
}

export function isApiError(e: unknown, code?: string): e is ApiError {
  return e instanceof ApiError && (code === undefined || e.code === code);
}
