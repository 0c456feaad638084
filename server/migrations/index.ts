// The one list of migrations, for SQLite and PostgreSQL alike. Files are never edited once landed.
import { Migrator, type Migration, type MigrationProvider } from 'kysely';
import type { Db } from '../platform/db.ts';
import * as m0001 from './0001_create_platform.ts';
import * as m0002 from './0002_create_workplan.ts';
import * as m0003 from './0003_create_supervision.ts';
import * as m0004 from './0004_add_task_last_status.ts';
import * as m0005 from './0005_add_plan_data_version.ts';
import * as m0006 from './0006_create_economy.ts';
import * as m0008 from './0008_create_projects.ts';
import * as m0009 from './0009_create_enterprises.ts';
import * as m0010 from './0010_create_prices.ts';
import * as m0011 from './0011_create_livelihood.ts';
import * as m0012 from './0012_create_energy.ts';
import * as m0013 from './0013_create_cockpit.ts';

const migrations: Record<string, Migration> = {
  '0001_create_platform': m0001,
  '0002_create_workplan': m0002,
  '0003_create_supervision': m0003,
  '0004_add_task_last_status': m0004,
  '0005_add_plan_data_version': m0005,
  '0006_create_economy': m0006,
  '0008_create_projects': m0008,
  '0009_create_enterprises': m0009,
  '0010_create_prices': m0010,
  '0011_create_livelihood': m0011,
  '0012_create_energy': m0012,
  '0013_create_cockpit': m0013,
};

class StaticProvider implements MigrationProvider {
  async getMigrations(): Promise<Record<string, Migration>> {
    return migrations;
  }
}

export async function migrateToLatest(db: Db): Promise<{ applied: string[] }> {
  const migrator = new Migrator({ db, provider: new StaticProvider(), migrationTableName: 'schema_migrations', migrationLockTableName: 'schema_migrations_lock' });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error;
  return { applied: (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName) };
}
