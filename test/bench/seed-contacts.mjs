/**
 * Runs in the page: writes `count` valid contacts (plus stakeholders and team members) for one
 * opportunity straight into the app's IndexedDB, in one transaction, as the app itself would store
 * them. Passed to page.evaluate, so it must be self-contained.
 */
export const seedContacts = async ({ opportunityId, count }) => {
  const open = () =>
    new Promise((resolve, reject) => {
      const request = indexedDB.open('contact-plan');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
  const db = await open();
  const now = new Date().toISOString();
  const pick = (list, index) => list[index % list.length];
  const levels = ['executive', 'program-office', 'technical', 'contracting', 'end-user', 'evaluator'];
  const first = ['Rob', 'Ana', 'Lee', 'Kim', 'Sam', 'Pat', 'Dev', 'Max', 'Jo', 'Ray', 'Eli', 'Noa'];
  const last = [
    'Hopp',
    'Smith',
    'Nguyen',
    'Garcia',
    'Okafor',
    'Müller',
    'Rossi',
    'Tanaka',
    'Khan',
    'Cohen',
    'Silva',
    'Ivanova',
  ];
  const stakeholders = Array.from({ length: 240 }, (_, index) => ({
    id: crypto.randomUUID(),
    name: `${pick(first, index)} ${pick(last, Math.floor(index / 12))} ${index}`,
    title: pick(['Program Manager', 'S/W Lead', 'Contracting Officer', 'Deputy PEO', 'Test Lead', 'User Rep'], index),
    organizationId: null,
    customerLevel: pick(levels, index),
    buyingRole: null,
    disposition: 'unknown',
    relationshipStage: 'unknown',
    reportsToId: null,
    isContractingOfficer: index % 6 === 2,
    email: '',
    phone: '',
    notes: '',
    culturalNotes: '',
    opportunityIds: [opportunityId],
    createdAt: now,
    updatedAt: now,
  }));
  const teamMembers = Array.from({ length: 40 }, (_, index) => ({
    id: crypto.randomUUID(),
    name: `${pick(last, index)} ${pick(first, index + 5)} (ours ${index})`,
    title: 'Capture team',
    company: 'Your Company',
    kind: pick(['employee', 'consultant', 'government-liaison', 'field-marketing-rep', 'teammate'], index),
    counterpartLevel: pick(levels, index),
    email: '',
    phone: '',
    opportunityIds: [opportunityId],
    createdAt: now,
    updatedAt: now,
  }));
  const asks = [
    'What is the acquisition strategy?',
    'What are the expected KPIs?',
    'Who evaluates the technical volume?',
    'What is the budget profile for the next three years?',
    'Which incumbent pain points matter most?',
    'Will there be an industry day?',
  ];
  const tells = [
    'Express corporate commitment to this program',
    'Our lab already meets the KPIs',
    'We have cleared staff ready on day one',
  ];
  const day = (offset) => new Date(Date.UTC(2025, 0, 1) + offset * 86_400_000).toISOString().slice(0, 10);
  const contacts = Array.from({ length: count }, (_, index) => ({
    id: crypto.randomUUID(),
    opportunityId,
    stakeholderIds: [
      pick(stakeholders, index * 7).id,
      ...(index % 3 === 0 ? [pick(stakeholders, index * 11 + 1).id] : []),
    ],
    attendeeIds:
      index % 9 === 0
        ? [pick(teamMembers, index).id]
        : [pick(teamMembers, index).id, pick(teamMembers, index * 3 + 1).id],
    items: [
      { id: crypto.randomUUID(), kind: 'ask', text: `${pick(asks, index)} (${index})`, messageId: null },
      { id: crypto.randomUUID(), kind: 'tell', text: pick(tells, index), messageId: null },
    ],
    date: day(index % 700),
    startTime: '09:30',
    endTime: '10:30',
    location: `Building ${index % 40}, Room ${100 + (index % 300)}`,
    objective: `Objective ${index}: learn the customer's priorities and show our approach`,
    method: pick(['Slides', 'Product demonstration', 'White paper', 'Lunch'], index),
    status: pick(['planned', 'planned', 'held', 'cancelled'], index),
    heldDate: null,
    heldStartTime: null,
    heldEndTime: null,
    cancellationReason: '',
    quietPeriodReason: index % 2 === 0 ? 'Benchmark data' : '',
    ownerId: null,
    createdAt: now,
    updatedAt: now,
  }));
  await new Promise((resolve, reject) => {
    const transaction = db.transaction(['contacts', 'stakeholders', 'teamMembers'], 'readwrite');
    for (const record of stakeholders) transaction.objectStore('stakeholders').put(record);
    for (const record of teamMembers) transaction.objectStore('teamMembers').put(record);
    for (const record of contacts) transaction.objectStore('contacts').put(record);
    transaction.oncomplete = resolve;
    transaction.onerror = () => reject(transaction.error);
  });
  db.close();
  return { contacts: contacts.length, stakeholders: stakeholders.length, teamMembers: teamMembers.length };
};
