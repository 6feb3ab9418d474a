import type { ActionItem } from '../domain/action-item';
import { addDays, todayCalendarDay, type CalendarDay } from '../domain/calendar-day';
import type { Contact, ContactItem } from '../domain/contact';
import type { Debrief } from '../domain/debrief';
import type * as Ids from '../domain/ids';
import type { Message } from '../domain/message';
import type { Opportunity } from '../domain/opportunity';
import type { Organization } from '../domain/organization';
import { nowTimestamp, type Timestamp } from '../domain/record';
import type { Stakeholder } from '../domain/stakeholder';
import type { TeamMember } from '../domain/team-member';
import { db } from './db';
import { validateForWrite } from './repositories/record-access';
import type { RecordOf, TableName } from './record-schemas';

type BulkPuttable = { bulkPut: (rows: readonly unknown[]) => Promise<unknown> };

/**
 * The seed plan: the contact-plan table of the capture guide the product follows
 * (fixtures/seed-contact-plan.xlsx), with the people, messages, debriefs and action items around
 * it, so a first-time user sees every screen with real data. Ids are fixed, so loading it twice
 * finds it already there instead of making a copy.
 *
 * Its dates are set from the day it is loaded, so the plan is live rather than years old: the
 * meeting with General Jones was held a week ago and both attendees have submitted their debriefs
 * (the outcome is left for the user to merge); the lab demonstration is a week ahead; the quiet
 * period starts in about three months; one action item is overdue and one is due in a few days.
 */
const id = <Id extends string>(value: string) => value as Id;

export const examplePlanIds = {
  opportunity: id<Ids.OpportunityId>('8425a287-5c55-5242-8256-4889c81a97d2'),
  customerOrganization: id<Ids.OrganizationId>('31f99075-83e7-5f70-9b48-bd4432ab8924'),
  ourCompany: id<Ids.OrganizationId>('a5f953ad-5fdd-5d62-9154-2f8de6f86c42'),
  generalJones: id<Ids.StakeholderId>('b7a2837b-5b5b-5d20-a394-7214d71acb8e'),
  msSmith: id<Ids.StakeholderId>('0f088c9a-9989-5406-b6e4-ce2ab9753b2a'),
  robHopp: id<Ids.StakeholderId>('5eebd809-4539-59ed-a0bf-ddae71121a4e'),
  patLee: id<Ids.StakeholderId>('84e1a583-8337-54da-a59b-f63d25eb986a'),
  billKahn: id<Ids.TeamMemberId>('7541f5d0-d5bb-5663-b64b-4c10b6b53b81'),
  sueKemp: id<Ids.TeamMemberId>('82c96848-3fc4-5886-80ee-61e222c46c0c'),
  janeDoe: id<Ids.TeamMemberId>('3dbf78a2-4b58-5222-bd9e-ae2d78c9c7ac'),
  rickYen: id<Ids.TeamMemberId>('8937ffda-fb43-55e0-b06d-79e692181277'),
  pentagonMeeting: id<Ids.ContactId>('83f63d9a-eb0d-5056-b83d-310c65795e15'),
  labDemo: id<Ids.ContactId>('e1ec2f6d-7219-58a3-9cb9-adda849a0149'),
  askAcquisitionStrategy: id<Ids.ContactItemId>('f0ff2ec3-e822-5fa6-8290-4bf8d9d0b044'),
  askOpinionOfPerformance: id<Ids.ContactItemId>('f026dc75-cb38-5c7c-8927-4776149fa98e'),
  tellCorporateCommitment: id<Ids.ContactItemId>('b53db26d-ea92-5a4e-ad11-fc16077289ac'),
  askExpectedKpis: id<Ids.ContactItemId>('fa9a97e3-d8b0-5f79-a772-17c475711324'),
  askSolutionFeedback: id<Ids.ContactItemId>('ffb9fb56-0dd1-5dee-83e1-85681f320726'),
  commitmentMessage: id<Ids.MessageId>('888719df-1a16-5564-891d-5b70cdb36fe1'),
  kpiMessage: id<Ids.MessageId>('57795a7e-3c19-5377-9dfc-286f44c2ebc6'),
  kahnDebrief: id<Ids.DebriefId>('c27eda50-0aad-50f6-add0-4a4bd2dbf927'),
  kempDebrief: id<Ids.DebriefId>('7e4f0087-cdd9-541e-8fcf-1903e069c9b6'),
  thankYouAction: id<Ids.ActionItemId>('dc8fe6fe-8c08-5349-b8f9-a3b0ebf79755'),
  strategyBriefingAction: id<Ids.ActionItemId>('4ae1c74d-cd65-527f-919c-23cf2be3c9ac'),
} as const;

const ids = examplePlanIds;

export type ExamplePlan = {
  opportunities: Opportunity[];
  organizations: Organization[];
  stakeholders: Stakeholder[];
  teamMembers: TeamMember[];
  contacts: Contact[];
  debriefs: Debrief[];
  actionItems: ActionItem[];
  messages: Message[];
};

const ask = (itemId: Ids.ContactItemId, text: string): ContactItem => ({
  id: itemId,
  kind: 'ask',
  text,
  messageId: null,
});

/** The example's days, counted from the day it is loaded (calendar days, in the user's time zone). */
export const examplePlanDays = (today: CalendarDay) => ({
  pentagonMeeting: addDays(today, -7),
  labDemo: addDays(today, 7),
  /** The draft RFP, so the quiet period, about three months out. */
  draftRfp: addDays(today, 91),
  finalRfp: addDays(today, 150),
  proposalDue: addDays(today, 196),
  award: addDays(today, 364),
  /** The thank-you letter was due two days after the meeting: overdue now. */
  thankYouDue: addDays(today, -5),
  /** The strategy briefing is due in a few days. */
  strategyBriefingDue: addDays(today, 3),
});

/** An instant at a wall-clock time of a calendar day, in the user's time zone. */
const localTimestamp = (day: CalendarDay, time: string): Timestamp => new Date(`${day}T${time}:00`).toISOString();

/**
 * `today` is the user's calendar day at `now` unless given (tests fix both). Records are stamped
 * `now`; the debriefs carry the days they were written and submitted, after the meeting.
 */
export const buildExamplePlan = (
  now: Timestamp = nowTimestamp(),
  today: CalendarDay = todayCalendarDay(new Date(now)),
): ExamplePlan => {
  const stamps = { createdAt: now, updatedAt: now };
  const days = examplePlanDays(today);
  const debriefStamps = {
    createdAt: localTimestamp(days.pentagonMeeting, '17:00'),
    updatedAt: localTimestamp(addDays(days.pentagonMeeting, 1), '09:30'),
    status: 'submitted' as const,
    submittedAt: localTimestamp(addDays(days.pentagonMeeting, 1), '09:30'),
  };
  const opportunityIds = [ids.opportunity];
  const stakeholder = (
    fields: Omit<
      Stakeholder,
      | 'createdAt'
      | 'updatedAt'
      | 'email'
      | 'phone'
      | 'notes'
      | 'culturalNotes'
      | 'opportunityIds'
      | 'organizationId'
      | 'reportsToId'
      | 'isContractingOfficer'
    > &
      Partial<Stakeholder>,
  ): Stakeholder => ({
    organizationId: ids.customerOrganization,
    reportsToId: null,
    isContractingOfficer: false,
    email: '',
    phone: '',
    notes: '',
    culturalNotes: '',
    opportunityIds,
    ...stamps,
    ...fields,
  });
  const teamMember = (fields: Pick<TeamMember, 'id' | 'name' | 'title' | 'counterpartLevel'>): TeamMember => ({
    company: 'Your Company',
    kind: 'employee',
    email: '',
    phone: '',
    opportunityIds,
    ...stamps,
    ...fields,
  });
  const contactDefaults = {
    opportunityId: ids.opportunity,
    heldDate: null,
    heldStartTime: null,
    heldEndTime: null,
    cancellationReason: '',
    quietPeriodReason: '',
    ...stamps,
  };

  return {
    opportunities: [
      {
        id: ids.opportunity,
        name: 'Example: Enterprise Modernization Program',
        customerOrganizationId: ids.customerOrganization,
        solicitationNumber: `EXAMPLE-${days.draftRfp.slice(2, 4)}-R-0001`,
        stage: 'capture-planning',
        draftRfpDate: days.draftRfp,
        finalRfpDate: days.finalRfp,
        proposalDueDate: days.proposalDue,
        awardDate: days.award,
        quietPeriodStart: null,
        notes: 'The example contact plan of the capture guide: two meetings, before the RFP is out.',
        ...stamps,
      },
    ],
    organizations: [
      {
        id: ids.customerOrganization,
        name: 'Program Executive Office',
        kind: 'customer',
        parentId: null,
        aliases: ['PEO'],
        notes: '',
        ...stamps,
      },
      {
        id: ids.ourCompany,
        name: 'Your Company',
        kind: 'our-company',
        parentId: null,
        aliases: ['Our Company'],
        notes: '',
        ...stamps,
      },
    ],
    stakeholders: [
      stakeholder({
        id: ids.generalJones,
        name: 'General Jones',
        title: 'PEO',
        customerLevel: 'executive',
        buyingRole: 'decision-maker',
        disposition: 'neutral',
        relationshipStage: 'knows-us',
      }),
      stakeholder({
        id: ids.msSmith,
        name: 'Ms. Smith',
        title: 'Tech Lead',
        customerLevel: 'technical',
        buyingRole: 'evaluator',
        disposition: 'unknown',
        relationshipStage: 'unknown',
        reportsToId: ids.generalJones,
      }),
      stakeholder({
        id: ids.robHopp,
        name: 'Rob Hopp',
        title: 'GS14 S/W Lead',
        customerLevel: 'technical',
        buyingRole: 'influencer',
        disposition: 'unknown',
        relationshipStage: 'unknown',
        reportsToId: ids.msSmith,
      }),
      stakeholder({
        id: ids.patLee,
        name: 'Pat Lee',
        title: 'Contracting Officer',
        customerLevel: 'contracting',
        buyingRole: 'gatekeeper',
        disposition: 'neutral',
        relationshipStage: 'unknown',
        isContractingOfficer: true,
        notes: 'The only point of contact once the quiet period starts.',
      }),
    ],
    teamMembers: [
      teamMember({ id: ids.billKahn, name: 'Bill Kahn', title: 'VP', counterpartLevel: 'executive' }),
      teamMember({
        id: ids.sueKemp,
        name: 'Sue Kemp',
        title: 'Opportunity Manager',
        counterpartLevel: 'program-office',
      }),
      teamMember({ id: ids.janeDoe, name: 'Jane Doe', title: 'Lead Architect', counterpartLevel: 'technical' }),
      teamMember({ id: ids.rickYen, name: 'Rick Yen', title: 'S/W Lead', counterpartLevel: 'technical' }),
    ],
    contacts: [
      {
        ...contactDefaults,
        id: ids.pentagonMeeting,
        stakeholderIds: [ids.generalJones],
        attendeeIds: [ids.billKahn, ids.sueKemp],
        items: [
          ask(ids.askAcquisitionStrategy, 'What is the acquisition strategy?'),
          ask(ids.askOpinionOfPerformance, 'What is its opinion of our company’s performance?'),
          {
            id: ids.tellCorporateCommitment,
            kind: 'tell',
            text: 'Express corporate commitment to this program and investment to date',
            messageId: ids.commitmentMessage,
          },
        ],
        date: days.pentagonMeeting,
        startTime: '15:30',
        endTime: '16:30',
        location: 'Pentagon, Room A410',
        objective:
          'Determine our acquisition strategy\nFind out if we need to do any customer relations damage control',
        method: 'Slides',
        status: 'held',
        heldDate: days.pentagonMeeting,
        heldStartTime: '15:30',
        heldEndTime: '16:30',
        ownerId: ids.sueKemp,
      },
      {
        ...contactDefaults,
        id: ids.labDemo,
        stakeholderIds: [ids.msSmith, ids.robHopp],
        attendeeIds: [ids.janeDoe, ids.rickYen],
        items: [
          ask(ids.askExpectedKpis, 'What are the expected KPIs?'),
          ask(ids.askSolutionFeedback, 'Run our solution by them for feedback'),
        ],
        date: days.labDemo,
        startTime: '15:30',
        endTime: '16:30',
        location: 'Our Company, Lab #14',
        objective: 'Get feedback on our solution',
        method: 'Product demonstration',
        status: 'planned',
        ownerId: ids.janeDoe,
      },
    ],
    debriefs: [
      {
        id: ids.kahnDebrief,
        contactId: ids.pentagonMeeting,
        opportunityId: ids.opportunity,
        authorId: ids.billKahn,
        notes:
          'General Jones was open about the schedule. He wants a single award and asked twice about our past performance on the legacy system.',
        itemResults: [
          {
            itemId: ids.askAcquisitionStrategy,
            kind: 'ask',
            result: 'answered',
            finding: 'Single-award IDIQ, full and open; draft RFP expected in about three months.',
          },
          {
            itemId: ids.askOpinionOfPerformance,
            kind: 'ask',
            result: 'partly',
            finding: 'Satisfied overall, but remembers our late delivery on the last contract.',
          },
          {
            itemId: ids.tellCorporateCommitment,
            kind: 'tell',
            result: 'delivered',
            reaction: 'Nodded; asked for the investment figures in writing.',
          },
        ],
        stageObservations: [{ stakeholderId: ids.generalJones, stage: 'likes-us' }],
        proposedActionItems: [
          {
            text: 'Send General Jones a thank-you letter with the investment figures',
            ownerId: ids.billKahn,
            dueDate: days.thankYouDue,
          },
        ],
        ...debriefStamps,
      },
      {
        id: ids.kempDebrief,
        contactId: ids.pentagonMeeting,
        opportunityId: ids.opportunity,
        authorId: ids.sueKemp,
        notes:
          'The PEO staff will brief industry on the strategy next month; damage control needed on the late delivery of the last contract.',
        itemResults: [
          {
            itemId: ids.askAcquisitionStrategy,
            kind: 'ask',
            result: 'partly',
            finding: 'Probably single award; details at next month’s industry day.',
          },
          {
            itemId: ids.askOpinionOfPerformance,
            kind: 'ask',
            result: 'answered',
            finding: 'Still unhappy about the late delivery on the last contract.',
          },
          {
            itemId: ids.tellCorporateCommitment,
            kind: 'tell',
            result: 'delivered',
            reaction: 'Interested in the investment to date.',
          },
        ],
        stageObservations: [{ stakeholderId: ids.generalJones, stage: 'knows-us' }],
        proposedActionItems: [
          {
            text: 'Get the acquisition strategy briefing from the PEO staff',
            ownerId: ids.sueKemp,
            dueDate: days.strategyBriefingDue,
          },
        ],
        ...debriefStamps,
      },
    ],
    actionItems: [
      {
        id: ids.thankYouAction,
        opportunityId: ids.opportunity,
        text: 'Send General Jones a thank-you letter with the investment figures',
        ownerId: ids.billKahn,
        dueDate: days.thankYouDue,
        status: 'open',
        contactId: ids.pentagonMeeting,
        outcomeId: null,
        completedAt: null,
        ...stamps,
      },
      {
        id: ids.strategyBriefingAction,
        opportunityId: ids.opportunity,
        text: 'Get the acquisition strategy briefing from the PEO staff',
        ownerId: ids.sueKemp,
        dueDate: days.strategyBriefingDue,
        status: 'open',
        contactId: ids.pentagonMeeting,
        outcomeId: null,
        completedAt: null,
        ...stamps,
      },
    ],
    messages: [
      {
        id: ids.commitmentMessage,
        opportunityId: ids.opportunity,
        kind: 'win-theme',
        text: 'We are committed to this program and have invested in it for years.',
        targetLevels: ['executive'],
        targetStakeholderIds: [ids.generalJones],
        messengerId: ids.billKahn,
        channel: 'meeting',
        plannedDate: days.pentagonMeeting,
        ...stamps,
      },
      {
        id: ids.kpiMessage,
        opportunityId: ids.opportunity,
        kind: 'discriminator',
        text: 'Our solution already meets the program’s KPIs in a working lab.',
        targetLevels: ['technical', 'evaluator'],
        targetStakeholderIds: [],
        messengerId: ids.janeDoe,
        channel: 'meeting',
        plannedDate: days.labDemo,
        ...stamps,
      },
    ],
  };
};

export type LoadExamplePlanResult = { opportunityId: Ids.OpportunityId; status: 'created' | 'already-loaded' };

const sharedTables = ['organizations', 'stakeholders', 'teamMembers'] as const;
const ownedTables = ['contacts', 'debriefs', 'actionItems', 'messages'] as const;

/**
 * Writes the example plan in one transaction. When it is already there nothing changes. People and
 * organizations kept from an earlier load (whose opportunity was deleted) are linked again, not
 * copied, and keep any edits the user made.
 */
export const loadExamplePlan = async (): Promise<LoadExamplePlanResult> => {
  db.assertWritable();
  const plan = buildExamplePlan();
  for (const name of [...sharedTables, ...ownedTables, 'opportunities'] as const) {
    for (const record of plan[name]) validateForWrite(name, record);
  }
  const tables = [
    db.opportunities,
    ...sharedTables.map((name) => db.tableOf(name)),
    ...ownedTables.map((name) => db.tableOf(name)),
  ];
  return db.transaction('rw', tables, async () => {
    if (await db.opportunities.get(ids.opportunity))
      return { opportunityId: ids.opportunity, status: 'already-loaded' as const };

    for (const name of sharedTables) {
      const table = db.tableOf(name);
      const records: readonly RecordOf<TableName>[] = plan[name];
      const existing = await table.bulkGet(records.map((record) => record.id));
      const toWrite = records.map((record, index) => {
        const kept = existing[index];
        if (!kept) return record;
        if (!('opportunityIds' in kept)) return kept;
        return { ...kept, opportunityIds: [...new Set([...kept.opportunityIds, ids.opportunity])] };
      });
      await (table as unknown as BulkPuttable).bulkPut(toWrite);
    }
    for (const name of ownedTables) await (db.tableOf(name) as unknown as BulkPuttable).bulkPut(plan[name]);
    await db.opportunities.add(plan.opportunities[0] as Opportunity);
    return { opportunityId: ids.opportunity, status: 'created' as const };
  });
};
