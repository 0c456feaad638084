// Roles and permissions. One role per user: this is what keeps the three admin roles
// (三权分立: system, security, audit) apart — no account can hold two of them.

export const roles = [
  'leader', // 委领导
  'division_staff', // 科室
  'unit_reporter', // 责任单位联络员
  'service_steward', // 服务管家
  'sys_admin', // 系统管理员
  'sec_admin', // 安全管理员
  'audit_admin', // 审计管理员
] as const;
export type Role = (typeof roles)[number];

export const adminRoles: readonly Role[] = ['sys_admin', 'sec_admin', 'audit_admin'];

/** Roles whose scope is their own org unit (and its sub-units) rather than the whole district. */
export const unitScopedRoles: readonly Role[] = ['unit_reporter', 'service_steward'];

export const roleLabels: Record<Role, { zh: string; en: string }> = {
  leader: { zh: '委领导', en: 'Leader' },
  division_staff: { zh: '科室人员', en: 'Division staff' },
  unit_reporter: { zh: '责任单位联络员', en: 'Unit reporter' },
  service_steward: { zh: '服务管家', en: 'Service steward' },
  sys_admin: { zh: '系统管理员', en: 'System admin' },
  sec_admin: { zh: '安全管理员', en: 'Security admin' },
  audit_admin: { zh: '审计管理员', en: 'Audit admin' },
};

export const permissions = [
  'org.read',
  'org.write',
  'user.read',
  'user.write',
  'user.unlock',
  'security.policy',
  'audit.read',
  'platform.jobs', // the scheduled jobs: their last runs and outcomes, run one now
  'platform.integrations', // open-API tokens and their scopes, outgoing webhooks (work-messaging robots)
  'cockpit.read', // the leaders' cockpit: what needs attention now across every module one may read
  'plan.read', // see tasks in one's scope
  'plan.write', // define the plan: tasks, milestones, targets
  'plan.report', // submit monthly progress for one's unit's tasks
  'plan.review', // approve or return progress reports
  'econ.read', // see indicators, targets, values and analysis (economy data is district-wide)
  'econ.write', // define the catalogue, targets and the Five-Year-Plan table; revise approved values
  'econ.report', // enter values for indicators one's unit is the source of
  'econ.review', // approve or return submitted values
  'proj.read', // projects, investment, problems, meetings, funding, research centres
  'proj.write', // the project library, meetings and minutes, decisions, funding, research centres; resolve problems
  'proj.report', // monthly investment reports and raising problems for projects one's unit is responsible for
  'proj.review', // approve or return investment reports
  'ent.read', // the enterprise roster, visits, demands, leads, policies, evaluations
  'ent.write', // roster, visit rules, policies, evaluations, leads
  'ent.serve', // stewards: visits and demands of one's own enterprises, the enterprise's evaluation
  'ent.handle', // units: accept, return and answer the demands routed to them
  'ent.tax', // district tax contributions by enterprise (restricted)
  'price.read', // price monitoring: catalogue, points, prices, analysis, alerts, government-priced items
  'price.write', // catalogue, points, collectors, windows, thresholds, approval of quotes, government-priced items
  'price.collect', // quotes for the monitoring points one collects at
  'price.cert', // price-certification cases (judicial and disciplinary: restricted)
  'live.read', // livelihood: the 七有五性 index and its indicator system, 疏整促 progress, population control
  'live.write', // the indicator system and weights, peer districts' values, the 疏整促 plan and targets, population targets, weak-indicator tasks, project links
  'live.report', // values of indicators one's unit is the source of; a town's 疏整促 monthly reports and population figures
  'live.review', // approve or return reported values, 疏整促 reports and population figures (approved = locked)
  'energy.read', // energy saving: reviews of projects, the target assessment, key energy users, the factor table (reporters: their own town's)
  'energy.write', // register reviews, targets, task scores and deductions, key users and their figures, thresholds, factors and benchmarks
  'energy.review', // the review decisions: accept, appraise, expert opinions, review opinion, approval or return, acceptance (验收)
  'energy.report', // a town's quarterly energy figures (its own town only; division staff for any)
] as const;
export type Permission = (typeof permissions)[number];

export const rolePermissions: Record<Role, readonly Permission[]> = {
  leader: ['org.read', 'cockpit.read', 'plan.read', 'plan.review', 'econ.read', 'proj.read', 'ent.read', 'ent.tax', 'price.read', 'price.cert', 'live.read', 'energy.read'],
  division_staff: ['org.read', 'cockpit.read', 'plan.read', 'plan.write', 'plan.review', 'econ.read', 'econ.write', 'econ.report', 'econ.review', 'proj.read', 'proj.write', 'proj.report', 'proj.review', 'ent.read', 'ent.write', 'ent.serve', 'ent.handle', 'ent.tax', 'price.read', 'price.write', 'price.collect', 'price.cert', 'live.read', 'live.write', 'live.report', 'live.review', 'energy.read', 'energy.write', 'energy.review', 'energy.report'],
  unit_reporter: ['org.read', 'plan.read', 'plan.report', 'econ.read', 'econ.report', 'proj.read', 'proj.report', 'ent.read', 'ent.handle', 'price.read', 'price.collect', 'live.read', 'live.report', 'energy.read', 'energy.report'],
  service_steward: ['org.read', 'plan.read', 'econ.read', 'proj.read', 'ent.read', 'ent.serve', 'price.read', 'live.read', 'energy.read'],
  sys_admin: ['org.read', 'org.write', 'user.read', 'user.write', 'platform.jobs', 'platform.integrations'],
  sec_admin: ['org.read', 'user.read', 'user.unlock', 'security.policy'],
  audit_admin: ['audit.read'],
};

export function can(role: Role, permission: Permission): boolean {
  return rolePermissions[role].includes(permission);
}

export const orgKinds = ['commission', 'division', 'bureau', 'town', 'zone', 'other'] as const;
export type OrgKind = (typeof orgKinds)[number];
export const orgKindLabels: Record<OrgKind, { zh: string; en: string }> = {
  commission: { zh: '委机关', en: 'Commission' },
  division: { zh: '科室', en: 'Division' },
  bureau: { zh: '区级部门', en: 'District bureau' },
  town: { zh: '镇乡街道', en: 'Town / street' },
  zone: { zh: '功能区', en: 'Functional zone' },
  other: { zh: '其他', en: 'Other' },
};
