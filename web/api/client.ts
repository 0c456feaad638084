// The one HTTP client of the web app: typed fetch wrapper over the JSON API.
// Sends the session cookie, the CSRF token on every non-GET request and the UI language;
// turns the server's error envelope into an ApiError with a translated message, and sends the
// user to the log-in page when the session is missing or expired.
import { ApiError, parseErrorBody } from './errors.ts';

type Lang = 'zh-CN' | 'en';

let csrfToken: string | null = null;
let currentLang: Lang = 'zh-CN';
let lastRequestAt = Date.now();
let unauthorizedHandler: ((code: string) => void) | null = null;

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

export function setApiLanguage(lang: Lang): void {
  currentLang = lang;
}

/** Called with the error code when the server answers 401 auth.required / auth.session_expired. */
export function onUnauthorized(handler: (code: string) => void): void {
  unauthorizedHandler = handler;
}

/** Time of the last request that reached the server; the idle timer compares against it. */
export function lastServerContact(): number {
  return lastRequestAt;
}

export type Query = Record<string, string | number | boolean | null | undefined>;

export function withQuery(path: string, query?: Query): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) {
    if (v === undefined || v === null || v === '') continue;
    params.set(k, String(v));
  }
  const s = params.toString();
  return s ? `${path}?${s}` : path;
}

type RequestOptions = { method?: string; body?: unknown; form?: FormData; signal?: AbortSignal; silent401?: boolean };

async function send(path: string, opts: RequestOptions = {}): Promise<Response> {
  const method = opts.method ?? 'GET';
  const headers: Record<string, string> = { accept: 'application/json', 'accept-language': currentLang };
  let body: BodyInit | undefined;
  if (opts.form) body = opts.form;
  else if (opts.body !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(opts.body);
  }
  if (method !== 'GET' && method !== 'HEAD' && csrfToken) headers['x-csrf-token'] = csrfToken;
  let res: Response;
  try {
    res = await fetch(path, { method, headers, body, credentials: 'same-origin', signal: opts.signal });
  } catch (e) {
    if ((e as Error).name === 'AbortError') throw e;
    throw new ApiError('network', 0, {}, currentLang);
  }
  lastRequestAt = Date.now();
  if (res.ok) return res;
  const payload = await res.json().catch(() => null);
  const err = parseErrorBody(payload, res.status, currentLang);
  if (res.status === 401 && (err.code === 'auth.required' || err.code === 'auth.session_expired')) {
    setCsrfToken(null);
    if (!opts.silent401) unauthorizedHandler?.(err.code);
  }
  throw err;
}

async function json<T>(res: Response): Promise<T> {
  if (res.status === 204) return undefined as T;
  const text = await res.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

export const api = {
  get: async <T>(path: string, query?: Query, signal?: AbortSignal): Promise<T> =>
    json<T>(await send(withQuery(path, query), { signal })),
  /** GET that does not trigger the log-in redirect on 401 (used to probe the session). */
  probe: async <T>(path: string): Promise<T> => json<T>(await send(path, { silent401: true })),
  post: async <T = void>(path: string, body?: unknown): Promise<T> =>
    json<T>(await send(path, { method: 'POST', body: body ?? {} })),
  patch: async <T>(path: string, body: unknown): Promise<T> => json<T>(await send(path, { method: 'PATCH', body })),
  put: async <T>(path: string, body: unknown): Promise<T> => json<T>(await send(path, { method: 'PUT', body })),
  del: async <T = void>(path: string, query?: Query): Promise<T> =>
    json<T>(await send(withQuery(path, query), { method: 'DELETE' })),
  upload: async <T>(path: string, file: File | Blob, field = 'file'): Promise<T> => {
    const form = new FormData();
    form.append(field, file);
    return json<T>(await send(path, { method: 'POST', form }));
  },
  /** Downloads a file (xlsx export, template) through fetch and hands it to the browser. */
  download: async (path: string, fallbackName: string, query?: Query): Promise<void> => {
    const res = await send(withQuery(path, query));
    const blob = await res.blob();
    const name = filenameFrom(res.headers.get('content-disposition')) ?? fallbackName;
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = name;
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  },
};

/** Reads filename*=UTF-8''… (RFC 5987) or filename="…" from a Content-Disposition header. */
export function filenameFrom(header: string | null): string | null {
  if (!header) return null;
  const star = /filename\*\s*=\s*(?:UTF-8|utf-8)''([^;]+)/.exec(header);
  if (star) {
    try {
      return decodeURIComponent(star[1].trim().replace(/^"|"$/g, ''));
    } catch {
      /* fall through to the plain name */
    }
  }
  const plain = /filename\s*=\s*"?([^";]+)"?/.exec(header);
  return plain ? plain[1].trim() : null;
}
