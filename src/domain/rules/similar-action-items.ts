/**
 * Two debriefs of one meeting often propose the same follow-up in different words ("Send
 * thank-you letter", "send thank you letter.", "Send the thank-you letter"), and an amended
 * outcome meets the action items its first recording created. Merging offers each once.
 *
 * Only differences that cannot change what is to be done are ignored — capitals, punctuation,
 * hyphens, spacing, accents and the articles a/an/the — because a matched proposal is dropped
 * without asking: close spellings ("Call Dan" / "Call Jan") stay two items for people to judge.
 */
const articles = new Set(['a', 'an', 'the']);

/** The words that say what is to be done: "Send the thank-you letter." → "send thank you letter". */
export const actionItemKey = (text: string): string =>
  text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’‘`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .split(' ')
    .filter((word) => word !== '' && !articles.has(word))
    .join(' ');

/** Whether two action-item texts say the same thing (see the rule above). */
export const isSameActionItem = (a: string, b: string): boolean => {
  const key = actionItemKey(a);
  return key !== '' && key === actionItemKey(b);
};

export type ActionProposal = { text: string; ownerId: string | null; dueDate: string | null };

/**
 * The proposals to offer, once each, in the order first proposed, leaving out blank ones and those
 * the contact already has as action items. Where several say the same thing the first one's words
 * are kept, with the first owner and due date any of them gives.
 */
export const offerActionItemsOnce = <Proposal extends ActionProposal>(
  proposals: readonly Proposal[],
  existing: readonly { text: string }[],
): Proposal[] => {
  const existingKeys = new Set(existing.map((item) => actionItemKey(item.text)));
  const groups = new Map<string, Proposal[]>();
  for (const proposal of proposals) {
    const key = actionItemKey(proposal.text);
    if (key === '' || existingKeys.has(key)) continue;
    groups.set(key, [...(groups.get(key) ?? []), proposal]);
  }
  return [...groups.values()].flatMap(([first, ...others]) =>
    first
      ? [
          {
            ...first,
            ownerId: first.ownerId ?? others.find((other) => other.ownerId !== null)?.ownerId ?? null,
            dueDate: first.dueDate ?? others.find((other) => other.dueDate !== null)?.dueDate ?? null,
          },
        ]
      : [],
  );
};
