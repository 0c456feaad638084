// Routes. Only the log-in page and the session gate are in the entry chunk; the layout and every
// page load on demand (React.lazy), so /login stays small.
import { lazy, type ComponentType, type ReactNode } from 'react';
import { createBrowserRouter } from 'react-router';
import { routePermissions } from './access.ts';
import { LoginPage } from './LoginPage.tsx';
import { RequirePermission } from './RequirePermission.tsx';
import { RequireSession } from './RequireSession.tsx';
import { RouteError } from './RouteError.tsx';

function lazyNamed<T extends Record<string, ComponentType>>(load: () => Promise<T>, name: keyof T) {
  return lazy(async () => ({ default: (await load())[name] }));
}

const HomePage = lazyNamed(() => import('../modules/home/pages/HomePage.tsx'), 'HomePage');
const OrgsPage = lazyNamed(() => import('../modules/orgs/pages/OrgsPage.tsx'), 'OrgsPage');
const UsersPage = lazyNamed(() => import('../modules/users/pages/UsersPage.tsx'), 'UsersPage');
const SecurityPage = lazyNamed(() => import('../modules/security/pages/SecurityPage.tsx'), 'SecurityPage');
const AuditPage = lazyNamed(() => import('../modules/audit/pages/AuditPage.tsx'), 'AuditPage');
const PasswordPage = lazyNamed(() => import('../modules/account/pages/PasswordPage.tsx'), 'PasswordPage');
const TwoFactorPage = lazyNamed(() => import('../modules/account/pages/TwoFactorPage.tsx'), 'TwoFactorPage');
const PlanDashboardPage = lazyNamed(() => import('../modules/workplan/pages/PlanDashboardPage.tsx'), 'PlanDashboardPage');
const TaskListPage = lazyNamed(() => import('../modules/workplan/pages/TaskListPage.tsx'), 'TaskListPage');
const TaskDetailPage = lazyNamed(() => import('../modules/workplan/pages/TaskDetailPage.tsx'), 'TaskDetailPage');
const MyTasksPage = lazyNamed(() => import('../modules/workplan/pages/MyTasksPage.tsx'), 'MyTasksPage');
const SupervisionPage = lazyNamed(() => import('../modules/workplan/pages/SupervisionPage.tsx'), 'SupervisionPage');
const AssessmentPage = lazyNamed(() => import('../modules/workplan/pages/AssessmentPage.tsx'), 'AssessmentPage');
const PartyPage = lazyNamed(() => import('../modules/workplan/pages/PartyPage.tsx'), 'PartyPage');
const EconomyOverviewPage = lazyNamed(() => import('../modules/economy/pages/EconomyOverviewPage.tsx'), 'EconomyOverviewPage');
const IndicatorPage = lazyNamed(() => import('../modules/economy/pages/IndicatorPage.tsx'), 'IndicatorPage');
const OpeningPage = lazyNamed(() => import('../modules/economy/pages/OpeningPage.tsx'), 'OpeningPage');
const DataDeskPage = lazyNamed(() => import('../modules/economy/pages/DataDeskPage.tsx'), 'DataDeskPage');
const CataloguePage = lazyNamed(() => import('../modules/economy/pages/CataloguePage.tsx'), 'CataloguePage');
const FypPage = lazyNamed(() => import('../modules/economy/pages/FypPage.tsx'), 'FypPage');
const ProjectsDashboardPage = lazyNamed(() => import('../modules/projects/pages/ProjectsDashboardPage.tsx'), 'ProjectsDashboardPage');
const ProjectListPage = lazyNamed(() => import('../modules/projects/pages/ProjectListPage.tsx'), 'ProjectListPage');
const ProjectDetailPage = lazyNamed(() => import('../modules/projects/pages/ProjectDetailPage.tsx'), 'ProjectDetailPage');
const FundingPage = lazyNamed(() => import('../modules/projects/pages/FundingPage.tsx'), 'FundingPage');
const CentresPage = lazyNamed(() => import('../modules/projects/pages/CentresPage.tsx'), 'CentresPage');
const ProblemsPage = lazyNamed(() => import('../modules/projects/pages/ProblemsPage.tsx'), 'ProblemsPage');
const ProblemPage = lazyNamed(() => import('../modules/projects/pages/ProblemPage.tsx'), 'ProblemPage');
const MeetingsPage = lazyNamed(() => import('../modules/projects/pages/MeetingsPage.tsx'), 'MeetingsPage');
const MeetingPage = lazyNamed(() => import('../modules/projects/pages/MeetingPage.tsx'), 'MeetingPage');
const EnterprisesDashboardPage = lazyNamed(() => import('../modules/enterprises/pages/EnterprisesDashboardPage.tsx'), 'EnterprisesDashboardPage');
const EnterpriseListPage = lazyNamed(() => import('../modules/enterprises/pages/EnterpriseListPage.tsx'), 'EnterpriseListPage');
const EnterprisePage = lazyNamed(() => import('../modules/enterprises/pages/EnterprisePage.tsx'), 'EnterprisePage');
const MyEnterprisesPage = lazyNamed(() => import('../modules/enterprises/pages/MyEnterprisesPage.tsx'), 'MyEnterprisesPage');
const DemandsPage = lazyNamed(() => import('../modules/enterprises/pages/DemandsPage.tsx'), 'DemandsPage');
const DemandPage = lazyNamed(() => import('../modules/enterprises/pages/DemandPage.tsx'), 'DemandPage');
const TaxPage = lazyNamed(() => import('../modules/enterprises/pages/TaxPage.tsx'), 'TaxPage');
const LeadsPage = lazyNamed(() => import('../modules/enterprises/pages/LeadsPage.tsx'), 'LeadsPage');
const PoliciesPage = lazyNamed(() => import('../modules/enterprises/pages/PoliciesPage.tsx'), 'PoliciesPage');
const EvaluationsPage = lazyNamed(() => import('../modules/enterprises/pages/EvaluationsPage.tsx'), 'EvaluationsPage');
const PricesOverviewPage = lazyNamed(() => import('../modules/prices/pages/PricesOverviewPage.tsx'), 'PricesOverviewPage');
const CollectPage = lazyNamed(() => import('../modules/prices/pages/CollectPage.tsx'), 'CollectPage');
const PriceItemsPage = lazyNamed(() => import('../modules/prices/pages/PriceItemsPage.tsx'), 'PriceItemsPage');
const PriceCataloguePage = lazyNamed(() => import('../modules/prices/pages/PriceCataloguePage.tsx'), 'PriceCataloguePage');
const CertCasesPage = lazyNamed(() => import('../modules/prices/pages/CertCasesPage.tsx'), 'CertCasesPage');
const CertCasePage = lazyNamed(() => import('../modules/prices/pages/CertCasePage.tsx'), 'CertCasePage');
const LivelihoodIndexPage = lazyNamed(() => import('../modules/livelihood/pages/LivelihoodIndexPage.tsx'), 'LivelihoodIndexPage');
const LivelihoodSystemPage = lazyNamed(() => import('../modules/livelihood/pages/LivelihoodSystemPage.tsx'), 'LivelihoodSystemPage');
const LivelihoodDataPage = lazyNamed(() => import('../modules/livelihood/pages/LivelihoodDataPage.tsx'), 'LivelihoodDataPage');
const SzcPage = lazyNamed(() => import('../modules/livelihood/pages/SzcPage.tsx'), 'SzcPage');
const PopulationPage = lazyNamed(() => import('../modules/livelihood/pages/PopulationPage.tsx'), 'PopulationPage');
const EnergyOverviewPage = lazyNamed(() => import('../modules/energy/pages/EnergyOverviewPage.tsx'), 'EnergyOverviewPage');
const EnergyReviewsPage = lazyNamed(() => import('../modules/energy/pages/ReviewsPage.tsx'), 'ReviewsPage');
const EnergyReviewPage = lazyNamed(() => import('../modules/energy/pages/ReviewPage.tsx'), 'ReviewPage');
const EnergyAssessmentPage = lazyNamed(() => import('../modules/energy/pages/AssessmentPage.tsx'), 'AssessmentPage');
const EnergyKeyUsersPage = lazyNamed(() => import('../modules/energy/pages/KeyUsersPage.tsx'), 'KeyUsersPage');
const EnergyFactorsPage = lazyNamed(() => import('../modules/energy/pages/FactorsPage.tsx'), 'FactorsPage');
const CockpitPage = lazyNamed(() => import('../modules/cockpit/pages/CockpitPage.tsx'), 'CockpitPage');
const CockpitScreenPage = lazyNamed(() => import('../modules/cockpit/pages/CockpitScreenPage.tsx'), 'CockpitScreenPage');
const NotificationsPage = lazyNamed(() => import('../modules/cockpit/pages/NotificationsPage.tsx'), 'NotificationsPage');
const ReportsPage = lazyNamed(() => import('../modules/cockpit/pages/ReportsPage.tsx'), 'ReportsPage');
const JobsPage = lazyNamed(() => import('../modules/admin-platform/pages/JobsPage.tsx'), 'JobsPage');
const IntegrationsPage = lazyNamed(() => import('../modules/admin-platform/pages/IntegrationsPage.tsx'), 'IntegrationsPage');
const ForbiddenPage = lazyNamed(() => import('./StatusPages.tsx'), 'ForbiddenPage');
const NotFoundPage = lazyNamed(() => import('./StatusPages.tsx'), 'NotFoundPage');

const guarded = (path: string, page: ReactNode) => (
  <RequirePermission all={routePermissions[path] ?? []} fallback={<ForbiddenPage />}>
    {page}
  </RequirePermission>
);

export const router = createBrowserRouter([
  { path: '/login', element: <LoginPage />, errorElement: <RouteError /> },
  {
    // The cockpit's big screen: behind the session, outside the app's menu and header.
    path: '/cockpit/screen',
    element: <RequireSession bare />,
    errorElement: <RouteError />,
    children: [{ index: true, element: guarded('/cockpit/screen', <CockpitScreenPage />) }],
  },
  {
    path: '/',
    element: <RequireSession />,
    errorElement: <RouteError />,
    children: [
      { index: true, element: <HomePage /> },
      { path: 'cockpit', element: guarded('/cockpit', <CockpitPage />) },
      { path: 'notifications', element: <NotificationsPage /> },
      { path: 'reports', element: <ReportsPage /> },
      { path: 'admin/jobs', element: guarded('/admin/jobs', <JobsPage />) },
      { path: 'admin/integrations', element: guarded('/admin/integrations', <IntegrationsPage />) },
      { path: 'admin/orgs', element: guarded('/admin/orgs', <OrgsPage />) },
      { path: 'admin/users', element: guarded('/admin/users', <UsersPage />) },
      { path: 'admin/security', element: guarded('/admin/security', <SecurityPage />) },
      { path: 'audit', element: guarded('/audit', <AuditPage />) },
      { path: 'plan', element: guarded('/plan', <PlanDashboardPage />) },
      { path: 'plan/tasks', element: guarded('/plan/tasks', <TaskListPage />) },
      { path: 'plan/tasks/:id', element: guarded('/plan/tasks/:id', <TaskDetailPage />) },
      { path: 'plan/my', element: guarded('/plan/my', <MyTasksPage />) },
      { path: 'plan/supervision', element: guarded('/plan/supervision', <SupervisionPage />) },
      { path: 'plan/assessment', element: guarded('/plan/assessment', <AssessmentPage />) },
      { path: 'plan/party', element: guarded('/plan/party', <PartyPage />) },
      { path: 'economy', element: guarded('/economy', <EconomyOverviewPage />) },
      { path: 'economy/indicators/:id', element: guarded('/economy/indicators/:id', <IndicatorPage />) },
      { path: 'economy/opening', element: guarded('/economy/opening', <OpeningPage />) },
      { path: 'economy/data', element: guarded('/economy/data', <DataDeskPage />) },
      { path: 'economy/catalogue', element: guarded('/economy/catalogue', <CataloguePage />) },
      { path: 'economy/fyp', element: guarded('/economy/fyp', <FypPage />) },
      { path: 'projects', element: guarded('/projects', <ProjectsDashboardPage />) },
      { path: 'projects/list', element: guarded('/projects/list', <ProjectListPage />) },
      { path: 'projects/funding', element: guarded('/projects/funding', <FundingPage />) },
      { path: 'projects/:id', element: guarded('/projects/:id', <ProjectDetailPage />) },
      { path: 'problems', element: guarded('/problems', <ProblemsPage />) },
      { path: 'problems/:id', element: guarded('/problems/:id', <ProblemPage />) },
      { path: 'meetings', element: guarded('/meetings', <MeetingsPage />) },
      { path: 'meetings/:id', element: guarded('/meetings/:id', <MeetingPage />) },
      { path: 'research-centres', element: guarded('/research-centres', <CentresPage />) },
      { path: 'enterprises', element: guarded('/enterprises', <EnterprisesDashboardPage />) },
      { path: 'enterprises/list', element: guarded('/enterprises/list', <EnterpriseListPage />) },
      { path: 'enterprises/mine', element: guarded('/enterprises/mine', <MyEnterprisesPage />) },
      { path: 'enterprises/demands', element: guarded('/enterprises/demands', <DemandsPage />) },
      { path: 'enterprises/demands/:id', element: guarded('/enterprises/demands/:id', <DemandPage />) },
      { path: 'enterprises/tax', element: guarded('/enterprises/tax', <TaxPage />) },
      { path: 'enterprises/leads', element: guarded('/enterprises/leads', <LeadsPage />) },
      { path: 'enterprises/policies', element: guarded('/enterprises/policies', <PoliciesPage />) },
      { path: 'enterprises/evaluations', element: guarded('/enterprises/evaluations', <EvaluationsPage />) },
      { path: 'enterprises/:id', element: guarded('/enterprises/:id', <EnterprisePage />) },
      { path: 'prices', element: guarded('/prices', <PricesOverviewPage />) },
      { path: 'prices/collect', element: guarded('/prices/collect', <CollectPage />) },
      { path: 'prices/items', element: guarded('/prices/items', <PriceItemsPage />) },
      { path: 'prices/catalogue', element: guarded('/prices/catalogue', <PriceCataloguePage />) },
      { path: 'prices/cases', element: guarded('/prices/cases', <CertCasesPage />) },
      { path: 'prices/cases/:id', element: guarded('/prices/cases/:id', <CertCasePage />) },
      { path: 'livelihood', element: guarded('/livelihood', <LivelihoodIndexPage />) },
      { path: 'livelihood/system', element: guarded('/livelihood/system', <LivelihoodSystemPage />) },
      { path: 'livelihood/data', element: guarded('/livelihood/data', <LivelihoodDataPage />) },
      { path: 'livelihood/szc', element: guarded('/livelihood/szc', <SzcPage />) },
      { path: 'livelihood/population', element: guarded('/livelihood/population', <PopulationPage />) },
      { path: 'energy', element: guarded('/energy', <EnergyOverviewPage />) },
      { path: 'energy/reviews', element: guarded('/energy/reviews', <EnergyReviewsPage />) },
      { path: 'energy/reviews/:id', element: guarded('/energy/reviews/:id', <EnergyReviewPage />) },
      { path: 'energy/assessment', element: guarded('/energy/assessment', <EnergyAssessmentPage />) },
      { path: 'energy/key-users', element: guarded('/energy/key-users', <EnergyKeyUsersPage />) },
      { path: 'energy/factors', element: guarded('/energy/factors', <EnergyFactorsPage />) },
      { path: 'account/password', element: <PasswordPage /> },
      { path: 'account/2fa', element: <TwoFactorPage /> },
      { path: '403', element: <ForbiddenPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
