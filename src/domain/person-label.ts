/** "Rob Hopp — GS14 S/W Lead", or the name alone when there is no title; how people are shown everywhere. */
export const personLabel = (person: { name: string; title: string } | undefined): string =>
  person ? (person.title ? `${person.name} — ${person.title}` : person.name) : 'Unknown person';
