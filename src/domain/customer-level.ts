import { z } from 'zod';

/**
 * The levels of a customer organization. Coverage is judged per level: a plan that only reaches
 * the executive level is the most common capture pitfall.
 */
export const customerLevels = [
  'executive',
  'program-office',
  'technical',
  'contracting',
  'end-user',
  'evaluator',
  'other',
] as const;
export const customerLevelSchema = z.enum(customerLevels);
export type CustomerLevel = z.infer<typeof customerLevelSchema>;

export const customerLevelLabels: Record<CustomerLevel, string> = {
  executive: 'Executive / PEO',
  'program-office': 'Program office',
  technical: 'Technical',
  contracting: 'Contracting',
  'end-user': 'End user',
  evaluator: 'Evaluator',
  other: 'Other',
};
