// Security headers (helmet's set: CSP, HSTS, nosniff, frame denial, …), computed once at start-up.
// @fastify/helmet builds a new helmet middleware (parsing every CSP directive) on every request; the
// headers never vary per request here (no nonces, no per-route options), so we run helmet once
// against a recording response and set the recorded headers on each reply. Same headers, same hook
// (onRequest, so 404s and errors carry them too).
import { createRequire } from 'node:module';
import type { FastifyHelmetOptions } from '@fastify/helmet';

type HelmetOptions = Omit<FastifyHelmetOptions, 'enableCSPNonces' | 'global'>;
type Middleware = (req: unknown, res: unknown, next: (err?: unknown) => void) => void;
// helmet itself, as @fastify/helmet (our declared dependency) resolves it.
const fromPlugin = createRequire(createRequire(import.meta.url).resolve('@fastify/helmet'));
const helmet = fromPlugin('helmet') as (options: HelmetOptions) => Middleware;

export type HeaderList = readonly (readonly [string, string])[];

/** The headers helmet sets with these options (and the ones it removes), in helmet's order. */
export function helmetHeaders(options: HelmetOptions): { set: HeaderList; remove: readonly string[] } {
  const set: [string, string][] = [];
  const remove: string[] = [];
  const res = {
    setHeader(name: string, value: string | number | readonly string[]) {
      set.push([name, Array.isArray(value) ? value.join(', ') : String(value)]);
    },
    removeHeader(name: string) {
      remove.push(name);
    },
  };
  let failure: unknown = null;
  helmet(options)({}, res, (err?: unknown) => { failure = err ?? null; });
  if (failure) throw failure;
  return { set, remove };
}
