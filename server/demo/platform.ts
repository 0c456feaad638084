// Demo data of the platform: the commission and its divisions, ~20 district bureaus, Huairou's 16
// towns/townships/streets plus the development zone, and one demo account for every role.
// Demo accounts are flagged is_demo: they skip the first-log-in password change and TOTP enrolment,
// and exist only when the app runs in demo mode.
import type { OrgKind, Role } from '../../common/permissions.ts';
import type { AppContext } from '../platform/context.ts';
import { nowIso } from '../platform/db.ts';
import * as orgRepo from '../modules/orgs/orgs.repository.ts';
import { createUserAsSystem } from '../modules/users/users.service.ts';

export const DEMO_PASSWORD = 'Demo@2023';

type OrgSeed = { code: string; name: string; kind: OrgKind; children?: OrgSeed[] };

export const demoOrgs: OrgSeed[] = [
  {
    code: 'DRC', name: '区发展和改革委员会', kind: 'commission', children: [
      { code: 'DRC-OFFICE', name: '办公室', kind: 'division' },
      { code: 'DRC-PARTY', name: '机关党委', kind: 'division' },
      { code: 'DRC-GENERAL', name: '综合科', kind: 'division' },
      { code: 'DRC-PLAN', name: '规划科', kind: 'division' },
      { code: 'DRC-INVEST', name: '投资科', kind: 'division' },
      { code: 'DRC-PRICE', name: '价格科', kind: 'division' },
      { code: 'DRC-PRICECERT', name: '价格认证中心', kind: 'division' },
      { code: 'DRC-INDUSTRY', name: '产业科', kind: 'division' },
      { code: 'DRC-BIZENV', name: '营商环境科', kind: 'division' },
      { code: 'DRC-ENERGY', name: '节能科', kind: 'division' },
      { code: 'DRC-SZC', name: '疏整促办', kind: 'division' },
      { code: 'DRC-LIVELIHOOD', name: '社会发展科', kind: 'division' },
    ],
  },
  {
    code: 'BUREAUS', name: '区级部门', kind: 'other', children: [
      ['B-GOV', '区政府办'], ['B-STATS', '区统计局'], ['B-FINANCE', '区财政局'], ['B-TAX', '区税务局'], ['B-ECONINFO', '区经济和信息化局'],
      ['B-COMMERCE', '区商务局'], ['B-HOUSING', '区住房和城乡建设委员会'], ['B-PLANNING', '规划和自然资源委员会怀柔分局'], ['B-ECOLOGY', '区生态环境局'],
      ['B-WATER', '区水务局'], ['B-FOREST', '区园林绿化局'], ['B-URBAN', '区城市管理委员会'], ['B-TRANSPORT', '区交通局'], ['B-EDU', '区教育委员会'],
      ['B-HEALTH', '区卫生健康委员会'], ['B-CIVIL', '区民政局'], ['B-HR', '区人力资源和社会保障局'], ['B-SCICITY', '怀柔科学城管委会'],
      ['B-MARKET', '区市场监督管理局'], ['B-CULTURE', '区文化和旅游局'], ['B-AGRI', '区农业农村局'], ['B-GOVSERVICE', '区政务服务管理局'],
    ].map(([code, name]) => ({ code, name, kind: 'bureau' as const })),
  },
  {
    code: 'TOWNS', name: '镇乡街道', kind: 'other', children: [
      ['T-QUANHE', '泉河街道'], ['T-LONGSHAN', '龙山街道'], ['T-HUAIROU', '怀柔镇'], ['T-YANQI', '雁栖镇'], ['T-MIAOCHENG', '庙城镇'],
      ['T-BEIFANG', '北房镇'], ['T-YANGSONG', '杨宋镇'], ['T-QIAOZI', '桥梓镇'], ['T-HUAIBEI', '怀北镇'], ['T-TANGHEKOU', '汤河口镇'],
      ['T-BOHAI', '渤海镇'], ['T-JIUDUHE', '九渡河镇'], ['T-LIULIMIAO', '琉璃庙镇'], ['T-BAOSHAN', '宝山镇'], ['T-CHANGSHAOYING', '长哨营满族乡'],
      ['T-LABAGOUMEN', '喇叭沟门满族乡'],
    ].map(([code, name]): OrgSeed => ({ code, name, kind: 'town' })).concat([{ code: 'Z-YANQI', name: '北京雁栖经济开发区', kind: 'zone' }]),
  },
];

export const demoUsers: { username: string; displayName: string; role: Role; org: string | null }[] = [
  { username: 'leader', displayName: '王主任', role: 'leader', org: 'DRC' },
  { username: 'staff', displayName: '李综合', role: 'division_staff', org: 'DRC-GENERAL' },
  { username: 'invest', displayName: '赵投资', role: 'division_staff', org: 'DRC-INVEST' },
  { username: 'party', displayName: '孙党建', role: 'division_staff', org: 'DRC-PARTY' },
  { username: 'town', displayName: '周联络（庙城镇）', role: 'unit_reporter', org: 'T-MIAOCHENG' },
  { username: 'town2', displayName: '吴联络（雁栖镇）', role: 'unit_reporter', org: 'T-YANQI' },
  { username: 'bureau', displayName: '郑联络（统计局）', role: 'unit_reporter', org: 'B-STATS' },
  { username: 'steward', displayName: '冯管家', role: 'service_steward', org: 'DRC-BIZENV' },
  { username: 'sysadmin', displayName: '系统管理员', role: 'sys_admin', org: null },
  { username: 'secadmin', displayName: '安全管理员', role: 'sec_admin', org: null },
  { username: 'auditor', displayName: '审计管理员', role: 'audit_admin', org: null },
];

export async function hasData(ctx: AppContext): Promise<boolean> {
  return !!(await ctx.db.selectFrom('orgUnits').select('id').limit(1).executeTakeFirst());
}

export async function seedPlatformDemo(ctx: AppContext, onProgress?: (done: number, total: number) => void): Promise<void> {
  const system = { userId: null, name: 'system', role: null, ip: null };
  await ctx.db.transaction().execute(async (trx) => {
    const add = async (seed: OrgSeed, parentId: number | null, parentPath: string, order: number) => {
      const row = await orgRepo.insert(trx, { code: seed.code, name: seed.name, kind: seed.kind, parentId, sortOrder: order, createdBy: null, now: nowIso(), parentPath });
      for (const [i, child] of (seed.children ?? []).entries()) await add(child, row.id, row.path, i + 1);
    };
    for (const [i, root] of demoOrgs.entries()) await add(root, null, '/', i + 1);
    await ctx.audit.record(trx, system, { action: 'demo.seed', entityType: 'org_unit', after: { roots: demoOrgs.length } });
  });
  for (const [i, u] of demoUsers.entries()) {
    const org = u.org ? await orgRepo.byCode(ctx.db, u.org) : null;
    await createUserAsSystem(ctx, { username: u.username, displayName: u.displayName, role: u.role, orgId: org?.id ?? null, password: DEMO_PASSWORD }, { isDemo: true, mustChange: false });
    onProgress?.(i + 1, demoUsers.length);
  }
}
