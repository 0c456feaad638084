// The audit log (安全审计): append-only, hash-chained. Each row's hash covers its own content and the
// previous row's hash, with SM3 (GB/T 32905) by default or SHA-256. Rows are numbered by `seq` without
// gaps, so a deleted row breaks the chain as surely as an edited one. Writers take a lock so the chain
// stays linear across several app nodes on PostgreSQL.
import { sql } from 'kysely';
import type { AuditActor } from './access.ts';
import { hashHex, type HashAlg } from './crypto.ts';
import { lockForChain, nowIso, type Db, type Trx } from './db.ts';

const CHAIN_LOCK_KEY = 74_210_001;
const GENESIS = '0'.repeat(64);

export type AuditEntry = {
  action: string; // e.g. 'org.create', 'auth.login'
  entityType: string;
  entityId?: string | number | null;
  result?: 'success' | 'failure';
  before?: unknown;
  after?: unknown;
};

type Row = {
  seq: number; at: string; actorId: number | null; actorName: string | null; actorRole: string | null; ip: string | null;
  action: string; entityType: string; entityId: string | null; result: string; beforeJson: string | null; afterJson: string | null;
  prevHash: string;
};

function canonical(r: Row): string {
  return JSON.stringify([r.seq, r.at, r.actorId, r.actorName, r.actorRole, r.ip, r.action, r.entityType, r.entityId, r.result, r.beforeJson, r.afterJson, r.prevHash]);
}

export function rowHash(alg: HashAlg, r: Row): string {
  return hashHex(alg, canonical(r));
}

const SECRET_KEYS = /password|secret|token|totp|hash/i;

/** Drops secrets from before/after snapshots; the audit log must never hold a password hash. */
function snapshot(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  return JSON.stringify(value, (k, v) => (k && SECRET_KEYS.test(k) ? undefined : v));
}

export class AuditLog {
  /** Events this process has begun to record: a request's kept write version is good only while this is unchanged (write-cache.ts). */
  recorded = 0;
  constructor(private readonly alg: HashAlg) {}

  /** Appends one event inside the caller's transaction, so the event and the write commit together. */
  async record(trx: Trx, actor: AuditActor, entry: AuditEntry): Promise<void> {
    this.recorded++;
    await lockForChain(trx, CHAIN_LOCK_KEY);
    const last = await trx.selectFrom('auditLog').select(['seq', 'hash']).orderBy('seq', 'desc').limit(1).executeTakeFirst();
    const row: Row = {
      seq: (last ? Number(last.seq) : 0) + 1,
      at: nowIso(),
      actorId: actor.userId,
      actorName: actor.name,
      actorRole: actor.role,
      ip: actor.ip,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId === undefined || entry.entityId === null ? null : String(entry.entityId),
      result: entry.result ?? 'success',
      beforeJson: snapshot(entry.before),
      afterJson: snapshot(entry.after),
      prevHash: last?.hash ?? GENESIS,
    };
    await trx.insertInto('auditLog').values({ ...row, hash: rowHash(this.alg, row) }).execute();
  }

  /** Records an event in a transaction of its own (log-in failures, exports, downloads). */
  async recordAlone(db: Db, actor: AuditActor, entry: AuditEntry): Promise<void> {
    await db.transaction().execute((trx) => this.record(trx, actor, entry));
  }

  /** Walks the chain in order; names the first row whose hash, link or number is wrong. */
  async verify(db: Db, onProgress?: (checked: number, total: number) => void): Promise<{ ok: boolean; checked: number; firstBad: { seq: number; reason: string } | null }> {
    const totalRow = await db.selectFrom('auditLog').select(sql<number>`count(*)`.as('n')).executeTakeFirstOrThrow();
    const total = Number(totalRow.n);
    let expectedSeq = 1;
    let prev = GENESIS;
    let checked = 0;
    const pageSize = 5000;
    for (;;) {
      const rows = await db.selectFrom('auditLog').selectAll().where('seq', '>=', expectedSeq).orderBy('seq').limit(pageSize).execute();
      if (rows.length === 0) break;
      for (const r of rows) {
        const seq = Number(r.seq);
        if (seq !== expectedSeq) return { ok: false, checked, firstBad: { seq: expectedSeq, reason: `row ${expectedSeq} is missing (next row is ${seq})` } };
        if (r.prevHash !== prev) return { ok: false, checked, firstBad: { seq, reason: 'prev_hash does not match the previous row' } };
        const { hash, ...content } = r;
        if (rowHash(this.alg, { ...content, seq }) !== hash) return { ok: false, checked, firstBad: { seq, reason: 'row content does not match its hash' } };
        prev = hash;
        expectedSeq++;
        checked++;
      }
      onProgress?.(checked, total);
    }
    return { ok: true, checked, firstBad: null };
  }
}
