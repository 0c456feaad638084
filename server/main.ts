// The `tongchou` CLI: serve, migrate, seed, user create, backup, restore, audit verify.
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import cliProgress from 'cli-progress';
import { roles, type Role } from '../common/permissions.ts';
import { buildApp } from './app.ts';
import { loadConfig, type Config } from './platform/config.ts';
import { sqlitePath } from './platform/db.ts';
import { isAppError } from './platform/errors.ts';
import { openContext } from './platform/runtime.ts';
import { DEMO_PASSWORD, demoUsers, hasData } from './demo/platform.ts';
import { seedAllDemo } from './demo/index.ts';
import { createUserAsSystem } from './modules/users/users.service.ts';
import { startJobs } from './platform/jobs.ts';
import { jobs } from './jobs.ts';

const usage = `用法 / usage: tongchou <command>
  serve                         启动服务（迁移数据库；演示模式下首次启动载入演示数据）
  migrate                       执行数据库迁移
  seed --demo                   载入演示数据（仅空库）
  user create --username U --password P --role R [--org CODE] [--name 姓名]
  backup FILE                   在线备份（SQLite）；PostgreSQL 调用 pg_dump
  restore FILE                  从备份恢复（先停止服务）
  audit verify                  校验审计日志哈希链；失败时退出码非 0 并指出第一条异常记录
roles: ${roles.join(', ')}`;

function bar(label: string) {
  return new cliProgress.SingleBar({ format: `${label} [{bar}] {value}/{total}`, hideCursor: true, stream: process.stderr, noTTYOutput: !process.stderr.isTTY, notTTYSchedule: 1000 }, cliProgress.Presets.shades_classic);
}

async function seedDemo(config: Config, quiet = false) {
  const { ctx, database } = await openContext(config);
  try {
    if (await hasData(ctx)) {
      if (!quiet) console.log('数据库已有数据，跳过演示数据。');
      return false;
    }
    const steps = ['platform', 'workplan', 'economy', 'projects', 'enterprises', 'prices'];
    const b = bar('演示数据');
    b.start(steps.length, 0);
    await seedAllDemo(ctx, (step) => b.update(steps.indexOf(step)), { prices: config.demoPrices });
    b.update(steps.length);
    b.stop();
    return true;
  } finally {
    await database.close();
  }
}

async function serve(config: Config) {
  if (config.demo) await seedDemo(config, true);
  const { ctx, database } = await openContext(config);
  const app = await buildApp(ctx);
  const stopJobs = process.env.TONGCHOU_JOBS === '0' ? () => {} : startJobs(ctx, jobs);
  const shutdown = async () => {
    stopJobs();
    await app.close();
    await database.close();
    process.exit(0);
  };
  process.on('SIGTERM', shutdown);
  process.on('SIGINT', shutdown);
  await app.listen({ port: config.port, host: config.host });
  const url = `http://localhost:${config.port}`;
  console.log(`\n统筹 Tongchou 已启动: ${url}  (${ctx.dialect === 'sqlite' ? `SQLite ${sqlitePath(config)}` : 'PostgreSQL'})`);
  console.log(`API 文档: ${url}/api/docs   健康检查: ${url}/api/health`);
  if (config.demo) {
    console.log(`\n演示账号（密码均为 ${DEMO_PASSWORD}）:`);
    for (const u of demoUsers) console.log(`  ${u.username.padEnd(10)} ${u.role.padEnd(16)} ${u.displayName}`);
  }
}

async function main(argv: string[]) {
  const config = loadConfig();
  const [cmd, sub, ...rest] = argv;
  switch (cmd) {
    case 'serve':
      return serve(config);
    case 'migrate': {
      const { database } = await openContext(config, { migrate: false });
      const { migrateToLatest } = await import('./migrations/index.ts');
      const { applied } = await migrateToLatest(database.db);
      console.log(applied.length ? `已执行迁移: ${applied.join(', ')}` : '数据库已是最新。');
      await database.close();
      return;
    }
    case 'seed': {
      const { values } = parseArgs({ args: [sub, ...rest].filter(Boolean), options: { demo: { type: 'boolean' } } });
      if (!values.demo) throw new Error('seed 需要 --demo');
      const seeded = await seedDemo(config);
      if (seeded) console.log(`演示数据已载入。演示账号密码: ${DEMO_PASSWORD}`);
      return;
    }
    case 'user': {
      if (sub !== 'create') throw new Error(usage);
      const { values } = parseArgs({ args: rest, options: { username: { type: 'string' }, password: { type: 'string' }, role: { type: 'string' }, org: { type: 'string' }, name: { type: 'string' } } });
      if (!values.username || !values.password || !values.role) throw new Error('需要 --username、--password、--role');
      if (!roles.includes(values.role as Role)) throw new Error(`角色无效: ${values.role}（可选: ${roles.join(', ')}）`);
      const { ctx, database } = await openContext(config);
      try {
        let orgId: number | null = null;
        if (values.org) {
          const org = await ctx.db.selectFrom('orgUnits').select('id').where('code', '=', values.org).executeTakeFirst();
          if (!org) throw new Error(`单位不存在: ${values.org}`);
          orgId = org.id;
        }
        const id = await createUserAsSystem(ctx, { username: values.username, displayName: values.name ?? values.username, role: values.role as Role, orgId, password: values.password });
        console.log(`已创建用户 ${values.username} (id ${id}, ${values.role})。首次登录须修改密码${['sys_admin', 'sec_admin', 'audit_admin'].includes(values.role) ? '并绑定动态验证码' : ''}。`);
      } finally {
        await database.close();
      }
      return;
    }
    case 'backup': {
      if (!sub) throw new Error('backup 需要文件名');
      const file = path.resolve(sub);
      if (config.databaseUrl) {
        pgTool('pg_dump', ['--format=custom', `--file=${file}`, config.databaseUrl]);
        if (!process.exitCode) console.log(`已备份到 ${file}`);
        return;
      }
      const { database } = await openContext(config);
      const b = bar('备份');
      let started = false;
      await database.sqlite!.backup(file, {
        progress: ({ totalPages, remainingPages }) => {
          if (!started) { b.start(totalPages, 0); started = true; }
          b.update(totalPages - remainingPages);
          return 200;
        },
      });
      if (started) b.stop();
      await database.close();
      console.log(`已备份到 ${file}`);
      return;
    }
    case 'restore': {
      if (!sub) throw new Error('restore 需要文件名');
      const file = path.resolve(sub);
      if (!fs.existsSync(file)) throw new Error(`文件不存在: ${file}`);
      let target = 'PostgreSQL';
      if (config.databaseUrl) {
        pgTool('pg_restore', ['--clean', '--if-exists', '--no-owner', `--dbname=${config.databaseUrl}`, file]);
        if (process.exitCode) return;
      } else {
        const head = fs.readFileSync(file).subarray(0, 16).toString('latin1');
        if (!head.startsWith('SQLite format 3')) throw new Error('不是 SQLite 备份文件');
        target = sqlitePath(config);
        fs.mkdirSync(path.dirname(target), { recursive: true });
        for (const ext of ['-wal', '-shm']) fs.rmSync(target + ext, { force: true });
        fs.copyFileSync(file, target);
      }
      const { ctx, database } = await openContext(config);
      const result = await ctx.audit.verify(ctx.db);
      await database.close();
      console.log(`已恢复到 ${target}；审计日志 ${result.ok ? `校验通过（${result.checked} 条）` : `校验失败：第 ${result.firstBad?.seq} 条 ${result.firstBad?.reason}`}`);
      if (!result.ok) process.exitCode = 1;
      return;
    }
    case 'audit': {
      if (sub !== 'verify') throw new Error(usage);
      const { ctx, database } = await openContext(config, { migrate: false });
      const b = bar('校验');
      let started = false;
      const result = await ctx.audit.verify(ctx.db, (checked, total) => {
        if (!started) { b.start(total, 0); started = true; }
        b.update(checked);
      });
      if (started) b.stop();
      await database.close();
      if (result.ok) {
        console.log(`审计日志校验通过：${result.checked} 条记录，哈希链完整（${config.auditHash.toUpperCase()}）。`);
      } else {
        console.error(`审计日志校验失败：第 ${result.firstBad!.seq} 条记录异常 — ${result.firstBad!.reason}（此前 ${result.checked} 条完好）`);
        process.exitCode = 1;
      }
      return;
    }
    case undefined:
    case 'help':
    case '--help':
      console.log(usage);
      return;
    default:
      throw new Error(`未知命令: ${cmd}\n${usage}`);
  }
}

function pgTool(tool: string, args: string[]) {
  const r = spawnSync(tool, args, { stdio: 'inherit' });
  if (r.error) throw new Error(`${tool} 不可用（请安装 postgresql-client）: ${r.error.message}`);
  if (r.status !== 0) process.exitCode = r.status ?? 1;
}

main(process.argv.slice(2)).catch((e) => {
  console.error(isAppError(e) ? `${e.code}: ${e.message}` : e instanceof Error ? e.message : e);
  process.exit(1);
});
