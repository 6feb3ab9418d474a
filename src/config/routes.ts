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
  followUps: '/follow-ups',
  coverage: '/coverage',
  settings: '/settings',
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
  debrief: (opportunityId: string, contactId: string) => `/opportunities/${encodeURIComponent(opportunityId)}/debriefs/${encodeURIComponent(contactId)}`,
  compareDebriefs: (opportunityId: string, contactId: string) =>
    `/opportunities/${encodeURIComponent(opportunityId)}/debriefs/${encodeURIComponent(contactId)}/compare`,
  actionItems: (opportunityId: string) => `/opportunities/${encodeURIComponent(opportunityId)}/action-items`,
  messaging: (opportunityId: string) => `/opportunities/${encodeURIComponent(opportunityId)}/messaging`,
  stakeholderHistory: (opportunityId: string, stakeholderId: string) =>
    `/opportunities/${encodeURIComponent(opportunityId)}/stakeholders/${encodeURIComponent(stakeholderId)}`,
  followUps: () => routePaths.followUps,
  coverage: () => routePaths.coverage,
  settings: () => routePaths.settings,
};
