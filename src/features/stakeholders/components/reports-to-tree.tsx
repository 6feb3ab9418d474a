import type { Stakeholder } from '../../../domain/stakeholder';
import { customerLevelLabels } from '../../../domain/customer-level';

type Node = { person: Stakeholder; reports: Node[] };

/** Builds the customer's org chart from "reports to"; people whose boss is not in the plan are roots. */
const buildTree = (people: readonly Stakeholder[]): Node[] => {
  const ids = new Set(people.map((person) => person.id));
  const childrenOf = new Map<string, Stakeholder[]>();
  for (const person of people) {
    const parent = person.reportsToId && ids.has(person.reportsToId) ? person.reportsToId : '';
    childrenOf.set(parent, [...(childrenOf.get(parent) ?? []), person]);
  }
  const seen = new Set<string>();
  const build = (parentId: string): Node[] =>
    (childrenOf.get(parentId) ?? [])
      .filter((person) => !seen.has(person.id) && seen.add(person.id))
      .sort((a, b) => a.name.localeCompare(b.name))
      .map((person) => ({ person, reports: build(person.id) }));
  return build('');
};

const TreeNodes = ({ nodes }: { nodes: Node[] }) => (
  <>
    {nodes.map(({ person, reports }) => (
      <li key={person.id}>
        <strong>{person.name}</strong>
        {person.title ? ` — ${person.title}` : ''}{' '}
        <span className="muted">({customerLevelLabels[person.customerLevel]})</span>
        {reports.length > 0 ? (
          <ul>
            <TreeNodes nodes={reports} />
          </ul>
        ) : null}
      </li>
    ))}
  </>
);

/** Who reports to whom in the customer organization. */
export const ReportsToTree = ({ stakeholders }: { stakeholders: readonly Stakeholder[] }) => (
  <section aria-labelledby="reports-to-heading">
    <h2 id="reports-to-heading">Who reports to whom</h2>
    {stakeholders.length === 0 ? (
      <p>The tree appears once stakeholders are added.</p>
    ) : (
      <ul className="tree" aria-labelledby="reports-to-heading">
        <TreeNodes nodes={buildTree(stakeholders)} />
      </ul>
    )}
  </section>
);
