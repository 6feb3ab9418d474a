import { createBrowserRouter, Navigate } from 'react-router';
import { ConflictsPage, OpportunityConflictsPage } from './routes/conflicts-pages';
import { routePaths } from '../config/routes';
import { RouteError } from './route-error';
import { ActionItemsPage, FollowUpsPage } from './routes/action-items-pages';
import { ContactPlanPage } from './routes/contact-plan-page';
import { CoveragePage, ExecutiveBriefPage, OpportunityCoveragePage } from './routes/coverage-pages';
import { CompareDebriefsPage, DebriefPage, DebriefsPage } from './routes/debriefs-pages';
import { EditOpportunityPage } from './routes/edit-opportunity-page';
import { ImportIntoOpportunityPage, ImportSpreadsheetPage } from './routes/import-pages';
import { MessagingPage } from './routes/messaging-page';
import { NewOpportunityPage } from './routes/new-opportunity-page';
import { NotFoundPage } from './routes/not-found-page';
import { OpportunitiesPage } from './routes/opportunities-page';
import { OpportunityLayout } from './routes/opportunity-layout';
import { OpportunityPage } from './routes/opportunity-page';
import { StakeholderHistoryPage } from './routes/stakeholder-history-page';
import { StakeholdersPage } from './routes/stakeholders-page';
import { TeamPage } from './routes/team-page';
import { SettingsPage } from './routes/settings-page';
import { Shell } from './shell';

export const router = createBrowserRouter([
  {
    element: <Shell />,
    errorElement: <RouteError />,
    children: [
      { path: routePaths.home, element: <Navigate to={routePaths.opportunities} replace /> },
      { path: routePaths.opportunities, element: <OpportunitiesPage /> },
      { path: routePaths.newOpportunity, element: <NewOpportunityPage /> },
      {
        path: routePaths.opportunity,
        element: <OpportunityLayout />,
        children: [
          { index: true, element: <OpportunityPage /> },
          { path: routePaths.contactPlan, element: <ContactPlanPage /> },
          { path: routePaths.stakeholders, element: <StakeholdersPage /> },
          { path: routePaths.stakeholderHistory, element: <StakeholderHistoryPage /> },
          { path: routePaths.team, element: <TeamPage /> },
          { path: routePaths.debriefs, element: <DebriefsPage /> },
          { path: routePaths.debrief, element: <DebriefPage /> },
          { path: routePaths.compareDebriefs, element: <CompareDebriefsPage /> },
          { path: routePaths.actionItems, element: <ActionItemsPage /> },
          { path: routePaths.messaging, element: <MessagingPage /> },
          { path: routePaths.coverageOfOpportunity, element: <OpportunityCoveragePage /> },
          { path: routePaths.importIntoOpportunity, element: <ImportIntoOpportunityPage /> },
          { path: routePaths.conflictsOfOpportunity, element: <OpportunityConflictsPage /> },
        ],
      },
      { path: routePaths.editOpportunity, element: <EditOpportunityPage /> },
      { path: routePaths.importSpreadsheet, element: <ImportSpreadsheetPage /> },
      { path: routePaths.followUps, element: <FollowUpsPage /> },
      { path: routePaths.coverage, element: <CoveragePage /> },
      { path: routePaths.executiveBrief, element: <ExecutiveBriefPage /> },
      { path: routePaths.settings, element: <SettingsPage /> },
      { path: routePaths.conflicts, element: <ConflictsPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
