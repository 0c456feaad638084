// Table types for Kysely. Columns are snake_case in SQL and camelCase here (CamelCasePlugin).
// Booleans are stored as 0/1 integers and timestamps as ISO-8601 text on both SQLite and PostgreSQL,
// so the same queries and the same comparisons run on both.
import type { Generated } from 'kysely';

export type OrgUnitTable = {
  id: Generated<number>;
  code: string;
  name: string;
  kind: string;
  parentId: number | null;
  path: string; // "/1/5/" — ancestors and self, for subtree queries
  depth: number;
  sortOrder: number;
  active: number;
  version: number;
  createdAt: string;
  updatedAt: string;
  createdBy: number | null;
};

export type UserTable = {
  id: Generated<number>;
  username: string;
  displayName: string;
  role: string;
  orgId: number | null;
  phoneEnc: string | null;
  email: string | null;
  passwordHash: string;
  mustChangePassword: number;
  passwordChangedAt: string | null;
  failedCount: number;
  lockedUntil: string | null;
  totpSecretEnc: string | null;
  totpPendingEnc: string | null;
  totpEnabled: number;
  totpLastStep: number | null;
  active: number;
  isDemo: number;
  lastLoginAt: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
  createdBy: number | null;
};

export type PasswordHistoryTable = {
  id: Generated<number>;
  userId: number;
  passwordHash: string;
  createdAt: string;
};

export type SessionTable = {
  idHash: string;
  userId: number;
  csrfToken: string;
  createdAt: string;
  lastSeenAt: string;
  expiresAt: string;
  ip: string | null;
  userAgent: string | null;
};

export type AuditLogTable = {
  seq: number;
  at: string;
  actorId: number | null;
  actorName: string | null;
  actorRole: string | null;
  ip: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  result: string;
  beforeJson: string | null;
  afterJson: string | null;
  prevHash: string;
  hash: string;
};

export type SettingTable = {
  key: string;
  value: string;
  version: number;
  updatedAt: string;
  updatedBy: number | null;
};

export type JobLeaseTable = {
  name: string;
  holder: string;
  expiresAt: string;
};

export type DB = {
  orgUnits: OrgUnitTable;
  users: UserTable;
  passwordHistory: PasswordHistoryTable;
  sessions: SessionTable;
  auditLog: AuditLogTable;
  settings: SettingTable;
  jobLeases: JobLeaseTable;
};
