// What every module's service receives: the database, configuration, audit log and secret box.
import type { Logger } from 'pino';
import type { AuditLog } from './audit.ts';
import type { Config } from './config.ts';
import type { SecretBox } from './crypto.ts';
import type { Db, Dialect } from './db.ts';
import type { Storage } from './storage.ts';

export type AppContext = {
  db: Db;
  dialect: Dialect;
  config: Config;
  audit: AuditLog;
  box: SecretBox;
  log: Logger;
  storage: Storage;
};
