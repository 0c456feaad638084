// The side menu, one table: each entry shows when the user holds the route's permissions.
import { AlertOutlined, ApartmentOutlined, BankOutlined, ExperimentOutlined, ProjectOutlined, ScheduleOutlined, FundProjectionScreenOutlined, AuditOutlined, BookOutlined, DashboardOutlined, DatabaseOutlined, FormOutlined, FundOutlined, LineChartOutlined, RiseOutlined, FlagOutlined, HomeOutlined, KeyOutlined, LockOutlined, NotificationOutlined, OrderedListOutlined, SafetyCertificateOutlined, TeamOutlined, TrophyOutlined } from '@ant-design/icons';
import { AimOutlined, MessageOutlined, MoneyCollectOutlined, ReadOutlined, ShopOutlined, SolutionOutlined, StarOutlined, UnorderedListOutlined } from '@ant-design/icons';
import { EditOutlined, FileProtectOutlined, ProfileOutlined, StockOutlined, TagsOutlined } from '@ant-design/icons';
import { BuildOutlined, HeartOutlined, PartitionOutlined, UsergroupAddOutlined } from '@ant-design/icons';
import { CalculatorOutlined, FireOutlined, ThunderboltOutlined } from '@ant-design/icons';
import { ApiOutlined, BellOutlined, ClockCircleOutlined, FileTextOutlined, FundViewOutlined } from '@ant-design/icons';
import type { ReactNode } from 'react';
import type { Permission } from '../../common/permissions.ts';
import { routePermissions } from './access.ts';

export type MenuEntry = { path: string; labelKey: string; icon: ReactNode; requires?: readonly Permission[] };
export type MenuGroup = { key: string; labelKey?: string; entries: MenuEntry[] };

export const menuGroups: MenuGroup[] = [
  {
    key: 'main',
    entries: [
      { path: '/', labelKey: 'menu.home', icon: <HomeOutlined /> },
      { path: '/cockpit', labelKey: 'cockpit.menu.cockpit', icon: <FundViewOutlined />, requires: routePermissions['/cockpit'] },
      { path: '/reports', labelKey: 'cockpit.menu.reports', icon: <FileTextOutlined /> },
      { path: '/notifications', labelKey: 'cockpit.menu.notifications', icon: <BellOutlined /> },
    ],
  },
  {
    key: 'plan',
    labelKey: 'menu.plan',
    entries: [
      { path: '/plan', labelKey: 'menu.planDashboard', icon: <DashboardOutlined />, requires: routePermissions['/plan'] },
      { path: '/plan/tasks', labelKey: 'menu.planTasks', icon: <OrderedListOutlined />, requires: routePermissions['/plan/tasks'] },
      { path: '/plan/my', labelKey: 'menu.planMy', icon: <FlagOutlined />, requires: routePermissions['/plan/my'] },
      { path: '/plan/supervision', labelKey: 'menu.planSupervision', icon: <NotificationOutlined />, requires: routePermissions['/plan/supervision'] },
      { path: '/plan/assessment', labelKey: 'menu.planAssessment', icon: <TrophyOutlined />, requires: routePermissions['/plan/assessment'] },
      { path: '/plan/party', labelKey: 'menu.planParty', icon: <BookOutlined />, requires: routePermissions['/plan/party'] },
    ],
  },
  {
    key: 'economy',
    labelKey: 'menu.economy',
    entries: [
      { path: '/economy', labelKey: 'menu.economyOverview', icon: <LineChartOutlined />, requires: routePermissions['/economy'] },
      { path: '/economy/opening', labelKey: 'menu.economyOpening', icon: <RiseOutlined />, requires: routePermissions['/economy/opening'] },
      { path: '/economy/data', labelKey: 'menu.economyData', icon: <FormOutlined />, requires: routePermissions['/economy/data'] },
      { path: '/economy/catalogue', labelKey: 'menu.economyCatalogue', icon: <DatabaseOutlined />, requires: routePermissions['/economy/catalogue'] },
      { path: '/economy/fyp', labelKey: 'menu.economyFyp', icon: <FundOutlined />, requires: routePermissions['/economy/fyp'] },
    ],
  },
  {
    key: 'projects',
    labelKey: 'menu.projects',
    entries: [
      { path: '/projects', labelKey: 'menu.projectsDashboard', icon: <FundProjectionScreenOutlined />, requires: routePermissions['/projects'] },
      { path: '/projects/list', labelKey: 'menu.projectsList', icon: <ProjectOutlined />, requires: routePermissions['/projects/list'] },
      { path: '/problems', labelKey: 'menu.problems', icon: <AlertOutlined />, requires: routePermissions['/problems'] },
      { path: '/meetings', labelKey: 'menu.meetings', icon: <ScheduleOutlined />, requires: routePermissions['/meetings'] },
      { path: '/projects/funding', labelKey: 'menu.funding', icon: <BankOutlined />, requires: routePermissions['/projects/funding'] },
      { path: '/research-centres', labelKey: 'menu.centres', icon: <ExperimentOutlined />, requires: routePermissions['/research-centres'] },
    ],
  },
  {
    key: 'enterprises',
    labelKey: 'ent.menu.group',
    entries: [
      { path: '/enterprises', labelKey: 'ent.menu.dashboard', icon: <ShopOutlined />, requires: routePermissions['/enterprises'] },
      { path: '/enterprises/list', labelKey: 'ent.menu.list', icon: <UnorderedListOutlined />, requires: routePermissions['/enterprises/list'] },
      { path: '/enterprises/mine', labelKey: 'ent.menu.mine', icon: <SolutionOutlined />, requires: routePermissions['/enterprises/mine'] },
      { path: '/enterprises/demands', labelKey: 'ent.menu.demands', icon: <MessageOutlined />, requires: routePermissions['/enterprises/demands'] },
      { path: '/enterprises/tax', labelKey: 'ent.menu.tax', icon: <MoneyCollectOutlined />, requires: routePermissions['/enterprises/tax'] },
      { path: '/enterprises/leads', labelKey: 'ent.menu.leads', icon: <AimOutlined />, requires: routePermissions['/enterprises/leads'] },
      { path: '/enterprises/policies', labelKey: 'ent.menu.policies', icon: <ReadOutlined />, requires: routePermissions['/enterprises/policies'] },
      { path: '/enterprises/evaluations', labelKey: 'ent.menu.evaluations', icon: <StarOutlined />, requires: routePermissions['/enterprises/evaluations'] },
    ],
  },
  {
    key: 'prices',
    labelKey: 'price.menu.group',
    entries: [
      { path: '/prices', labelKey: 'price.menu.overview', icon: <StockOutlined />, requires: routePermissions['/prices'] },
      { path: '/prices/collect', labelKey: 'price.menu.collect', icon: <EditOutlined />, requires: routePermissions['/prices/collect'] },
      { path: '/prices/catalogue', labelKey: 'price.menu.catalogue', icon: <ProfileOutlined />, requires: routePermissions['/prices/catalogue'] },
      { path: '/prices/items', labelKey: 'price.menu.items', icon: <TagsOutlined />, requires: routePermissions['/prices/items'] },
      { path: '/prices/cases', labelKey: 'price.menu.cases', icon: <FileProtectOutlined />, requires: routePermissions['/prices/cases'] },
    ],
  },
  {
    key: 'livelihood',
    labelKey: 'live.menu.group',
    entries: [
      { path: '/livelihood', labelKey: 'live.menu.index', icon: <HeartOutlined />, requires: routePermissions['/livelihood'] },
      { path: '/livelihood/data', labelKey: 'live.menu.data', icon: <EditOutlined />, requires: routePermissions['/livelihood/data'] },
      { path: '/livelihood/system', labelKey: 'live.menu.system', icon: <PartitionOutlined />, requires: routePermissions['/livelihood/system'] },
      { path: '/livelihood/szc', labelKey: 'live.menu.szc', icon: <BuildOutlined />, requires: routePermissions['/livelihood/szc'] },
      { path: '/livelihood/population', labelKey: 'live.menu.population', icon: <UsergroupAddOutlined />, requires: routePermissions['/livelihood/population'] },
    ],
  },
  {
    key: 'energy',
    labelKey: 'energy.menu.group',
    entries: [
      { path: '/energy', labelKey: 'energy.menu.overview', icon: <ThunderboltOutlined />, requires: routePermissions['/energy'] },
      { path: '/energy/reviews', labelKey: 'energy.menu.reviews', icon: <FileProtectOutlined />, requires: routePermissions['/energy/reviews'] },
      { path: '/energy/assessment', labelKey: 'energy.menu.assessment', icon: <TrophyOutlined />, requires: routePermissions['/energy/assessment'] },
      { path: '/energy/key-users', labelKey: 'energy.menu.keyUsers', icon: <FireOutlined />, requires: routePermissions['/energy/key-users'] },
      { path: '/energy/factors', labelKey: 'energy.menu.factors', icon: <CalculatorOutlined />, requires: routePermissions['/energy/factors'] },
    ],
  },
  {
    key: 'system',
    labelKey: 'menu.system',
    entries: [
      { path: '/admin/orgs', labelKey: 'menu.orgs', icon: <ApartmentOutlined />, requires: routePermissions['/admin/orgs'] },
      { path: '/admin/users', labelKey: 'menu.users', icon: <TeamOutlined />, requires: routePermissions['/admin/users'] },
      { path: '/admin/security', labelKey: 'menu.security', icon: <LockOutlined />, requires: routePermissions['/admin/security'] },
      { path: '/audit', labelKey: 'menu.audit', icon: <AuditOutlined />, requires: routePermissions['/audit'] },
      { path: '/admin/jobs', labelKey: 'platformAdmin.menu.jobs', icon: <ClockCircleOutlined />, requires: routePermissions['/admin/jobs'] },
      { path: '/admin/integrations', labelKey: 'platformAdmin.menu.integrations', icon: <ApiOutlined />, requires: routePermissions['/admin/integrations'] },
    ],
  },
  {
    key: 'account',
    labelKey: 'menu.account',
    entries: [
      { path: '/account/password', labelKey: 'menu.password', icon: <KeyOutlined /> },
      { path: '/account/2fa', labelKey: 'menu.totp', icon: <SafetyCertificateOutlined /> },
    ],
  },
];
