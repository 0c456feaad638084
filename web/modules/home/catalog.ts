// What the platform offers, one entry per module (see docs/design.md). A module goes live by
// setting `live: true` and listing its pages; the home page renders this table.
export type ModuleLink = { path: string; labelKey: string };
export type PlatformModule = { key: string; live: boolean; links: ModuleLink[] };

export const platformModules: PlatformModule[] = [
  {
    key: 'orgUsers',
    live: true,
    links: [
      { path: '/admin/orgs', labelKey: 'menu.orgs' },
      { path: '/admin/users', labelKey: 'menu.users' },
      { path: '/admin/security', labelKey: 'menu.security' },
    ],
  },
  { key: 'audit', live: true, links: [{ path: '/audit', labelKey: 'menu.audit' }] },
  {
    key: 'account',
    live: true,
    links: [
      { path: '/account/password', labelKey: 'menu.password' },
      { path: '/account/2fa', labelKey: 'menu.totp' },
    ],
  },
  {
    key: 'supervision',
    live: true,
    links: [
      { path: '/plan', labelKey: 'menu.planDashboard' },
      { path: '/plan/tasks', labelKey: 'menu.planTasks' },
      { path: '/plan/my', labelKey: 'menu.planMy' },
      { path: '/plan/supervision', labelKey: 'menu.planSupervision' },
      { path: '/plan/assessment', labelKey: 'menu.planAssessment' },
      { path: '/plan/party', labelKey: 'menu.planParty' },
    ],
  },
  {
    key: 'economy',
    live: true,
    links: [
      { path: '/economy', labelKey: 'menu.economyOverview' },
      { path: '/economy/opening', labelKey: 'menu.economyOpening' },
      { path: '/economy/data', labelKey: 'menu.economyData' },
      { path: '/economy/catalogue', labelKey: 'menu.economyCatalogue' },
      { path: '/economy/fyp', labelKey: 'menu.economyFyp' },
    ],
  },
  {
    key: 'projects',
    live: true,
    links: [
      { path: '/projects', labelKey: 'menu.projectsDashboard' },
      { path: '/projects/list', labelKey: 'menu.projectsList' },
      { path: '/problems', labelKey: 'menu.problems' },
      { path: '/meetings', labelKey: 'menu.meetings' },
      { path: '/projects/funding', labelKey: 'menu.funding' },
      { path: '/research-centres', labelKey: 'menu.centres' },
    ],
  },
  {
    key: 'enterprises',
    live: true,
    links: [
      { path: '/enterprises', labelKey: 'ent.menu.dashboard' },
      { path: '/enterprises/list', labelKey: 'ent.menu.list' },
      { path: '/enterprises/mine', labelKey: 'ent.menu.mine' },
      { path: '/enterprises/demands', labelKey: 'ent.menu.demands' },
      { path: '/enterprises/tax', labelKey: 'ent.menu.tax' },
      { path: '/enterprises/leads', labelKey: 'ent.menu.leads' },
      { path: '/enterprises/policies', labelKey: 'ent.menu.policies' },
      { path: '/enterprises/evaluations', labelKey: 'ent.menu.evaluations' },
    ],
  },
  {
    key: 'prices',
    live: true,
    links: [
      { path: '/prices', labelKey: 'price.menu.overview' },
      { path: '/prices/collect', labelKey: 'price.menu.collect' },
    ],
  },
  {
    key: 'livelihood',
    live: true,
    links: [
      { path: '/livelihood', labelKey: 'live.menu.index' },
      { path: '/livelihood/szc', labelKey: 'live.menu.szc' },
      { path: '/livelihood/population', labelKey: 'live.menu.population' },
    ],
  },
  {
    key: 'energy',
    live: true,
    links: [
      { path: '/energy', labelKey: 'energy.menu.overview' },
      { path: '/energy/reviews', labelKey: 'energy.menu.reviews' },
      { path: '/energy/assessment', labelKey: 'energy.menu.assessment' },
    ],
  },
  {
    key: 'cockpit',
    live: true,
    links: [
      { path: '/cockpit', labelKey: 'cockpit.menu.cockpit' },
      { path: '/reports', labelKey: 'cockpit.menu.reports' },
      { path: '/notifications', labelKey: 'cockpit.menu.notifications' },
      { path: '/admin/jobs', labelKey: 'platformAdmin.menu.jobs' },
      { path: '/admin/integrations', labelKey: 'platformAdmin.menu.integrations' },
    ],
  },
];
