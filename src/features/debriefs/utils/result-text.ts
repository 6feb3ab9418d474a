import { joinLabels } from '../../../domain/field-labels';
import { askResultLabels, tellResultLabels, type ItemResult } from '../../../domain/item-result';
import type { ItemDisagreement, StageDisagreement } from '../../../domain/rules/debrief-comparison';

/** "Answered", "Delivered" — or "Not recorded" when there is no result. */
export const resultLabel = (result: ItemResult | undefined): string => {
  if (!result?.result) return 'Not recorded';
  return result.kind === 'ask' ? askResultLabels[result.result] : tellResultLabels[result.result];
};

/** "Answered: Single-award IDIQ…" — the result with what was learned (or the reaction). */
export const resultText = (result: ItemResult | undefined): string => {
  if (!result?.result) return 'Not recorded';
  const note = result.kind === 'ask' ? result.finding : result.reaction;
  return note ? `${resultLabel(result)}: ${note}` : resultLabel(result);
};

/**
 * How the accounts of one item (or one stakeholder's stage) compare, in words. Never "Agree"
 * while someone's account is missing: that is waiting, and said with their names.
 */
export const agreementText = (
  disagreement: ItemDisagreement | StageDisagreement,
  recordedBy: readonly string[],
  waitingFor: readonly string[],
): string => {
  const waiting = waitingFor.length > 0 ? `Waiting for ${joinLabels(waitingFor)}` : '';
  const said = (() => {
    switch (disagreement) {
      case 'none':
        return 'Agree';
      case 'awaiting':
        return '';
      case 'different-result':
        return 'Disagree: different results';
      case 'different-stage':
        return 'Disagree: different stages';
      case 'different-notes':
        return 'Same result, different notes';
      case 'only-some-noticed':
        return `Only ${joinLabels(recordedBy)} recorded it`;
      case 'nobody-recorded':
        return 'Nobody recorded it';
    }
  })();
  return [said, waiting].filter(Boolean).join(' · ');
};
