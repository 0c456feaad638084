// HTTP glue shared by every module: route auth levels, the request's session, client IP and
// the download helper. Routes declare `config: { auth }`; the hook in app.ts enforces it.
import { brotliCompressSync, constants as zlibConstants, gzipSync } from 'node:zlib';
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

export type Encoding = 'br' | 'gzip';

// Browsers send one of a few Accept-Encoding values, so the answer is kept per value (a bounded few).
const encodingByHeader = new Map<string, Encoding | null>();

/** The encoding to answer an Accept-Encoding header with: brotli if it takes br, else gzip (by name or `*`), each with a q above 0. */
export function preferredEncoding(header: string | string[] | undefined): Encoding | null {
  if (!header) return null;
  if (typeof header === 'string') {
    let e = encodingByHeader.get(header);
    if (e === undefined) {
      e = parseEncoding(header);
      if (encodingByHeader.size < 64) encodingByHeader.set(header, e);
    }
    return e;
  }
  return parseEncoding(header.join(','));
}

function parseEncoding(header: string): Encoding | null {
  const taken = new Set<string>();
  for (const part of header.split(',')) {
    const [name, ...params] = part.split(';').map((x) => x.trim().toLowerCase());
    const q = params.find((x) => x.startsWith('q='));
    if (name && (!q || Number(q.slice(2)) > 0)) taken.add(name);
  }
  if (taken.has('br')) return 'br';
  return taken.has('gzip') || taken.has('*') ? 'gzip' : null;
}

// Compressed once per kept answer and encoding: the bytes are the cache's own Buffer, so the entry goes with it.
const compressed: Record<Encoding, WeakMap<Buffer, Buffer>> = { br: new WeakMap(), gzip: new WeakMap() };
const COMPRESS_FROM = 1024;
const compress: Record<Encoding, (b: Buffer) => Buffer> = {
  // Quality 5: 1–2 ms for the largest city-scale answers (190 KB), a quarter to a half smaller than gzip.
  br: (b) => brotliCompressSync(b, { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 5, [zlibConstants.BROTLI_PARAM_SIZE_HINT]: b.length } }),
  gzip: (b) => gzipSync(b),
};

/**
 * Sends JSON already serialised (a kept answer, as UTF-8 bytes), as Fastify sends a serialised object;
 * compressed for a client that takes it (every browser: brotli, else gzip) when larger than 1 KB. The
 * dashboards, org tree and roll-ups run to 100–190 KB at city scale, 4–9 KB in brotli, and writing the
 * bytes was most of what serving them cost.
 */
export function sendJson(reply: FastifyReply, json: Buffer) {
  reply.header('content-type', 'application/json; charset=utf-8');
  if (json.length < COMPRESS_FROM) return reply.send(json);
  reply.header('vary', 'accept-encoding');
  const encoding = preferredEncoding(reply.request.headers['accept-encoding']);
  if (!encoding) return reply.send(json);
  let body = compressed[encoding].get(json);
  if (!body) compressed[encoding].set(json, (body = compress[encoding](json)));
  return reply.header('content-encoding', encoding).send(body);
}

/**
 * For a handler that does not wait: sends `json` once it is computed (sendJson), or its error through the error
 * handler. An async handler that returns the reply makes Fastify wait for the answer to finish (listeners on the
 * response for every request); this one returns nothing, as Fastify's callback style expects.
 */
export function answerJson(reply: FastifyReply, json: Promise<Buffer>): void {
  json.then((body) => { sendJson(reply, body); }, (err: unknown) => { reply.send(err); });
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
