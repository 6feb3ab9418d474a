/** Every path of the app, with builders for links, so a renamed route is changed in one place. */
export const routePaths = {
  home: '/',
  opportunities: '/opportunities',
  newOpportunity: '/opportunities/new',
  opportunity: '/opportunities/:opportunityId',
  editOpportunity: '/opportunities/:opportunityId/edit',
  contactPlan: '/opportunities/:opportunityId/contact-plan',
  stakeholders: '/opportunities/:opportunityId/stakeholders',
  team: '/opportunities/:opportunityId/team',
  debriefs: '/opportunities/:opportunityId/debriefs',
  debrief: '/opportunities/:opportunityId/debriefs/:contactId',
  compareDebriefs: '/opportunities/:opportunityId/debriefs/:contactId/compare',
  actionItems: '/opportunities/:opportunityId/action-items',
  messaging: '/opportunities/:opportunityId/messaging',
  stakeholderHistory: '/opportunities/:opportunityId/stakeholders/:stakeholderId',
  importSpreadsheet: '/import',
  importIntoOpportunity: '/opportunities/:opportunityId/import',
  followUps: '/follow-ups',
  coverage: '/coverage',
  executiveBrief: '/coverage/brief',
  coverageOfOpportunity: '/opportunities/:opportunityId/coverage',
  settings: '/settings',
  conflicts: '/conflicts',
  conflictsOfOpportunity: '/opportunities/:opportunityId/conflicts',
} as const;

export const hrefs = {
  opportunities: () => routePaths.opportunities,
  newOpportunity: () => routePaths.newOpportunity,
  opportunity: (opportunityId: string) => `/opportunities/${encodeURIComponent(opportunityId)}`,
  editOpportunity: (opportunityId: string) => `/opportunities/${encodeURIComponent(opportunityId)}/edit`,
  contactPlan: (opportunityId: string) => `/opportunities/${encodeURIComponent(opportunityId)}/contact-plan`,
  stakeholders: (opportunityId: string) => `/opportunities/${encodeURIComponent(opportunityId)}/stakeholders`,
  team: (opportunityId: string) => `/opportunities/${encodeURIComponent(opportunityId)}/team`,
  debriefs: (opportunityId: string) => `/opportunities/${encodeURIComponent(opportunityId)}/debriefs`,
  debrief: (opportunityId: string, contactId: string) =>
    `/opportunities/${encodeURIComponent(opportunityId)}/debriefs/${encodeURIComponent(contactId)}`,
  compareDebriefs: (opportunityId: string, contactId: string) =>
    `/opportunities/${encodeURIComponent(opportunityId)}/debriefs/${encodeURIComponent(contactId)}/compare`,
  actionItems: (opportunityId: string) => `/opportunities/${encodeURIComponent(opportunityId)}/action-items`,
  messaging: (opportunityId: string) => `/opportunities/${encodeURIComponent(opportunityId)}/messaging`,
  stakeholderHistory: (opportunityId: string, stakeholderId: string) =>
    `/opportunities/${encodeURIComponent(opportunityId)}/stakeholders/${encodeURIComponent(stakeholderId)}`,
  importSpreadsheet: () => routePaths.importSpreadsheet,
  importIntoOpportunity: (opportunityId: string) => `/opportunities/${encodeURIComponent(opportunityId)}/import`,
  followUps: () => routePaths.followUps,
  coverage: () => routePaths.coverage,
  /** The brief of every open opportunity, or of one. */
  executiveBrief: (opportunityId?: string) =>
    opportunityId
      ? `${routePaths.executiveBrief}?opportunity=${encodeURIComponent(opportunityId)}`
      : routePaths.executiveBrief,
  coverageOfOpportunity: (opportunityId: string) => `/opportunities/${encodeURIComponent(opportunityId)}/coverage`,
  settings: () => routePaths.settings,
  conflicts: () => routePaths.conflicts,
  conflictsOfOpportunity: (opportunityId: string) => `/opportunities/${encodeURIComponent(opportunityId)}/conflicts`,
};
