import { randomUUID } from 'node:crypto';
import type { Clock } from '@samsyn/application/clock';
import { CommandExecutor } from '@samsyn/application/command-executor';
import { PEOPLE } from '@samsyn/application/demo/uppsala-registers';
import type { ExecutionOptions } from '@samsyn/application/execution';
import type { Principal } from '@samsyn/domain/shared/principal';
import type { EventStore } from '@samsyn/event-store';
import { DecideManagementPlanCommand } from '../commands/decide-management-plan/decide-management-plan.command';
import { DecideManagementPlanHandler } from '../commands/decide-management-plan/decide-management-plan.handler';
import { DraftManagementPlanCommand } from '../commands/draft-management-plan/draft-management-plan.command';
import { DraftManagementPlanHandler } from '../commands/draft-management-plan/draft-management-plan.handler';
import { FollowUpManagementPlanCommand } from '../commands/follow-up-management-plan/follow-up-management-plan.command';
import { FollowUpManagementPlanHandler } from '../commands/follow-up-management-plan/follow-up-management-plan.handler';
import { ManagementStreams } from '../commands/management-streams';
import { RecordMinutesCommand } from '../commands/record-minutes/record-minutes.command';
import { RecordMinutesHandler } from '../commands/record-minutes/record-minutes.handler';
import { RegisterManagementObjectCommand } from '../commands/register-management-object/register-management-object.command';
import { RegisterManagementObjectHandler } from '../commands/register-management-object/register-management-object.handler';
import { SetBodyBudgetFrameCommand } from '../commands/set-body-budget-frame/set-body-budget-frame.command';
import { SetBodyBudgetFrameHandler } from '../commands/set-body-budget-frame/set-body-budget-frame.handler';

export const DEMO_MANAGEMENT_OBJECT = 'lokalforsorjning';

/**
 * Uppsala's management object for the premises system (fastighetssystemet, governed by the
 * object body for premises provision), through the same use cases as the HTTP routes: the bodies'
 * budget frames, the object with its PM3 roles, this year's plan drafted by the business object
 * manager and decided by the object body within its frame, a follow-up, and the meeting's minutes
 * (the plan decision and the body's earlier decision on P-005). Runs after the Uppsala demo.
 */
export async function seedDemoManagement(store: EventStore, clock: Clock): Promise<{ year: number; meeting: string }> {
  const executor = new CommandExecutor(store, clock, randomUUID);
  const streams = new ManagementStreams(store);
  const as = (who: string): ExecutionOptions => ({ principal: PEOPLE[who] as Principal, correlationId: 'demo-management' });
  const year = new Date(clock.now()).getUTCFullYear();
  const today = clock.now().slice(0, 10);
  const meeting = `${year}-plan`;

  const frame = new SetBodyBudgetFrameHandler(executor, streams);
  await frame.execute(new SetBodyBudgetFrameCommand('objekt-lokal', { budgetFrame: 1_000_000 }, as('admin')));
  await frame.execute(new SetBodyBudgetFrameCommand('forvaltning-lokal', { budgetFrame: 5_000_000 }, as('admin')));
  await new RegisterManagementObjectHandler(executor, streams).execute(
    new RegisterManagementObjectCommand(
      {
        id: DEMO_MANAGEMENT_OBJECT,
        name: 'Lokalförsörjning',
        systems: ['fastighetssystem'],
        processes: ['LF-01', 'LF-02', 'LF-03', 'LF-04'],
        body: 'objekt-lokal',
        roles: { owner: 'sara', businessManager: 'lena', itManager: 'isak' },
      },
      as('admin'),
    ),
  );
  await new DraftManagementPlanHandler(executor, streams).execute(
    new DraftManagementPlanCommand(
      DEMO_MANAGEMENT_OBJECT,
      String(year),
      {
        goals: ['Alla skollokaler finns i fastighetssystemet med aktuell yta och hyresgäst', 'Lokalförsörjningsplanen tas fram i systemet, inte i kalkylark'],
        activities: [
          { id: 'inventering', title: 'Inventera skollokaler tillsammans med Skolfastigheter', state: 'ongoing' },
          { id: 'uppgradering', title: 'Uppgradera fastighetssystemet till ny huvudversion', state: 'planned' },
          { id: 'utbildning', title: 'Utbilda lokalsamordnare i förvaltningarna', state: 'planned' },
        ],
        budget: 850_000,
        risks: ['Leverantörens uppgradering blir försenad', 'Förvaltningarna hinner inte rapportera lokalbehov'],
        forums: [
          { name: 'Objektstyrgrupp lokalförsörjning', cadence: 'varannan månad' },
          { name: 'Användarforum lokalsamordnare', cadence: 'varje kvartal' },
        ],
      },
      as('lena'),
    ),
  );
  await new DecideManagementPlanHandler(executor, streams).execute(
    new DecideManagementPlanCommand(DEMO_MANAGEMENT_OBJECT, String(year), { revision: 1, outcome: 'approve', motivation: 'Planen ryms i objektets budgetram och stöder lokalförsörjningsprocesserna.' }, as('sara')),
  );
  await new FollowUpManagementPlanHandler(executor, streams).execute(
    new FollowUpManagementPlanCommand(
      DEMO_MANAGEMENT_OBJECT,
      String(year),
      { activities: [{ id: 'inventering', state: 'done' }, { id: 'uppgradering', state: 'ongoing' }], budgetSpent: 310_000, note: 'Inventeringen klar; uppgraderingen pågår.' },
      as('isak'),
    ),
  );
  await new RecordMinutesHandler(executor, streams).execute(
    new RecordMinutesCommand(
      'objekt-lokal',
      {
        meeting,
        date: today,
        present: ['sara'],
        decisions: [
          { kind: 'plan', ref: `${DEMO_MANAGEMENT_OBJECT}/${year}/1` },
          { kind: 'proposal', ref: 'P-005' },
        ],
      },
      as('sara'),
    ),
  );
  return { year, meeting };
}
