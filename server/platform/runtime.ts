// Opens the database, migrates it and assembles the AppContext — what `serve`, the CLI and tests share.
import { AuditLog } from './audit.ts';
import type { Config } from './config.ts';
import type { AppContext } from './context.ts';
import { SecretBox } from './crypto.ts';
import { openDatabase, type Database } from './db.ts';
import { createLogger } from './logger.ts';
import { resolveSecretKey } from './secret-key.ts';
import { migrateToLatest } from '../migrations/index.ts';
import path from 'node:path';
import { folderStorage } from './storage.ts';

export async function openContext(config: Config, opts: { migrate?: boolean; sqliteFile?: string; logLevel?: string } = {}): Promise<{ ctx: AppContext; database: Database }> {
  const database = openDatabase(config, { file: opts.sqliteFile });
  if (opts.migrate !== false) await migrateToLatest(database.db);
  const ctx: AppContext = {
    db: database.db,
    dialect: database.dialect,
    config,
    audit: new AuditLog(config.auditHash),
    box: new SecretBox(resolveSecretKey(config)),
    log: createLogger(opts.logLevel ?? config.logLevel),
    storage: folderStorage(path.join(config.dataDir, 'attachments')),
  };
  return { ctx, database };
}
