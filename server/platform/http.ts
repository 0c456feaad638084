// HTTP glue shared by every module: route auth levels, the request's session, client IP and
// the download helper. Routes declare `config: { auth }`; the hook in app.ts enforces it.
import { gzipSync } from 'node:zlib';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { SessionInfo } from '../modules/auth/auth.service.ts';
import { AppError } from './errors.ts';
import type { Permission } from '../../common/permissions.ts';

/** public: no session; pending: a session that must still change its password or enrol TOTP may call it; user: a full session (default). */
/** token: the open API — no session; the route checks a bearer token and its scope itself. */
export type AuthLevel = 'public' | 'pending' | 'user' | 'token';

declare module 'fastify' {
  interface FastifyContextConfig {
    auth?: AuthLevel;
    /** Checked before the body is even parsed; services check again with the org scope. */
    permission?: Permission;
  }
  interface FastifyRequest {
    session: SessionInfo | null;
  }
}

export function sessionOf(req: FastifyRequest): SessionInfo {
  if (!req.session) throw new AppError('auth.required');
  return req.session;
}

export function actorOf(req: FastifyRequest) {
  return sessionOf(req).actor;
}

export const SESSION_COOKIE = 'tc_sid';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export function sendFile(reply: FastifyReply, buf: Buffer, filename: string, mime?: string) {
  const type = mime ?? (filename.endsWith('.xlsx') ? XLSX : filename.endsWith('.docx') ? DOCX : 'application/octet-stream');
  return reply
    .header('content-type', type)
    .header('content-disposition', `attachment; filename="${encodeURIComponent(filename).replace(/%20/g, ' ')}"; filename*=UTF-8''${encodeURIComponent(filename)}`)
    .header('cache-control', 'no-store')
    .send(buf);
}

// Browsers send one of a few Accept-Encoding values, so the answer is kept per value (a bounded few).
const gzipByHeader = new Map<string, boolean>();

/** Whether an Accept-Encoding header takes gzip (by name or `*`, with a q above 0). */
export function acceptsGzip(header: string | string[] | undefined): boolean {
  if (!header) return false;
  if (typeof header === 'string') {
    let ok = gzipByHeader.get(header);
    if (ok === undefined) {
      ok = parseAcceptsGzip(header);
      if (gzipByHeader.size < 64) gzipByHeader.set(header, ok);
    }
    return ok;
  }
  return parseAcceptsGzip(header);
}

function parseAcceptsGzip(header: string | string[]): boolean {
  for (const part of (Array.isArray(header) ? header.join(',') : header).split(',')) {
    const [name, ...params] = part.split(';').map((x) => x.trim().toLowerCase());
    if (name !== 'gzip' && name !== '*') continue;
    const q = params.find((x) => x.startsWith('q='));
    if (!q || Number(q.slice(2)) > 0) return true;
  }
  return false;
}

// Compressed once per kept answer: the bytes are the cache's own Buffer, so this entry goes with it.
const gzipped = new WeakMap<Buffer, Buffer>();
const COMPRESS_FROM = 1024;

/**
 * Sends JSON already serialised (a kept answer, as UTF-8 bytes), as Fastify sends a serialised object;
 * gzip-compressed for a client that takes it (every browser) when larger than 1 KB. The dashboards,
 * org tree and roll-ups run to 100–190 KB at city scale, about a tenth compressed, and writing the bytes
 * was most of what serving them cost.
 */
export function sendJson(reply: FastifyReply, json: Buffer) {
  reply.header('content-type', 'application/json; charset=utf-8');
  if (json.length < COMPRESS_FROM) return reply.send(json);
  reply.header('vary', 'accept-encoding');
  if (!acceptsGzip(reply.request.headers['accept-encoding'])) return reply.send(json);
  let body = gzipped.get(json);
  if (!body) gzipped.set(json, (body = gzipSync(json)));
  return reply.header('content-encoding', 'gzip').send(body);
}

/** The uploaded file of a multipart request (field `file`), read into memory under the size limit. */
export async function uploadedFile(req: FastifyRequest, maxMb: number): Promise<Buffer> {
  if (!req.isMultipart()) throw new AppError('import.no_file');
  let file;
  try {
    file = await req.file({ limits: { fileSize: maxMb * 1024 * 1024, files: 1 } });
  } catch {
    throw new AppError('import.no_file');
  }
  if (!file) throw new AppError('import.no_file');
  const buf = await file.toBuffer().catch((e: { code?: string }) => {
    if (e?.code === 'FST_REQ_FILE_TOO_LARGE') throw new AppError('import.file_too_large', { maxMb });
    throw new AppError('import.no_file');
  });
  if (file.file.truncated) throw new AppError('import.file_too_large', { maxMb });
  return buf;
}
