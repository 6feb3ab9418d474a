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
  followUps: () => routePaths.followUps,
  coverage: () => routePaths.coverage,
  settings: () => routePaths.settings,
};
