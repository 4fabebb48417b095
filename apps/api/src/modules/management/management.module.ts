import { randomUUID } from 'node:crypto';
import { Module } from '@nestjs/common';
import { CommandExecutor } from '@samsyn/application/command-executor';
import type { EventStore } from '@samsyn/event-store';
import { CLOCK, EVENT_STORE, type Clock } from '../../infrastructure/tokens';
import { RegisterManagementObjectHandler } from './commands/register-management-object/register-management-object.handler';
import { RegisterManagementObjectHttpController } from './commands/register-management-object/register-management-object.http.controller';
import { UpdateManagementObjectHandler } from './commands/update-management-object/update-management-object.handler';
import { UpdateManagementObjectHttpController } from './commands/update-management-object/update-management-object.http.controller';
import { AssignManagementObjectRolesHandler } from './commands/assign-management-object-roles/assign-management-object-roles.handler';
import { AssignManagementObjectRolesHttpController } from './commands/assign-management-object-roles/assign-management-object-roles.http.controller';
import { SetBodyBudgetFrameHandler } from './commands/set-body-budget-frame/set-body-budget-frame.handler';
import { SetBodyBudgetFrameHttpController } from './commands/set-body-budget-frame/set-body-budget-frame.http.controller';
import { DraftManagementPlanHandler } from './commands/draft-management-plan/draft-management-plan.handler';
import { DraftManagementPlanHttpController } from './commands/draft-management-plan/draft-management-plan.http.controller';
import { ReviseManagementPlanHandler } from './commands/revise-management-plan/revise-management-plan.handler';
import { ReviseManagementPlanHttpController } from './commands/revise-management-plan/revise-management-plan.http.controller';
import { DecideManagementPlanHandler } from './commands/decide-management-plan/decide-management-plan.handler';
import { DecideManagementPlanHttpController } from './commands/decide-management-plan/decide-management-plan.http.controller';
import { FollowUpManagementPlanHandler } from './commands/follow-up-management-plan/follow-up-management-plan.handler';
import { FollowUpManagementPlanHttpController } from './commands/follow-up-management-plan/follow-up-management-plan.http.controller';
import { RecordMinutesHandler } from './commands/record-minutes/record-minutes.handler';
import { RecordMinutesHttpController } from './commands/record-minutes/record-minutes.http.controller';
import { ListManagementObjectsHandler } from './queries/list-management-objects/list-management-objects.query-handler';
import { ListManagementObjectsHttpController } from './queries/list-management-objects/list-management-objects.http.controller';
import { GetManagementObjectHandler } from './queries/get-management-object/get-management-object.query-handler';
import { GetManagementObjectHttpController } from './queries/get-management-object/get-management-object.http.controller';
import { GetManagementPlanHandler } from './queries/get-management-plan/get-management-plan.query-handler';
import { GetManagementPlanHttpController } from './queries/get-management-plan/get-management-plan.http.controller';
import { ListBodyMinutesHandler } from './queries/list-body-minutes/list-body-minutes.query-handler';
import { ListBodyMinutesHttpController } from './queries/list-body-minutes/list-body-minutes.http.controller';
import { GetMinutesHandler } from './queries/get-minutes/get-minutes.query-handler';
import { GetMinutesHttpController } from './queries/get-minutes/get-minutes.http.controller';
import { ManagementStreams } from './commands/management-streams';
import { MANAGEMENT_EXECUTOR, MANAGEMENT_STREAMS } from './management-tokens';

/** PM3's management (docs/management-objects.md): objects, their yearly plans decided within a body's budget mandate, and minutes. */
@Module({
  controllers: [
    RegisterManagementObjectHttpController,
    UpdateManagementObjectHttpController,
    AssignManagementObjectRolesHttpController,
    SetBodyBudgetFrameHttpController,
    DraftManagementPlanHttpController,
    ReviseManagementPlanHttpController,
    DecideManagementPlanHttpController,
    FollowUpManagementPlanHttpController,
    RecordMinutesHttpController,
    ListManagementObjectsHttpController,
    GetManagementObjectHttpController,
    GetManagementPlanHttpController,
    ListBodyMinutesHttpController,
    GetMinutesHttpController,
  ],
  providers: [
    // Its own executor on the shared store: the same read-fold-decide-append path as every command.
    { provide: MANAGEMENT_EXECUTOR, inject: [EVENT_STORE, CLOCK], useFactory: (store: EventStore, clock: Clock) => new CommandExecutor(store, clock, randomUUID) },
    { provide: MANAGEMENT_STREAMS, inject: [EVENT_STORE], useFactory: (store: EventStore) => new ManagementStreams(store) },
    RegisterManagementObjectHandler,
    UpdateManagementObjectHandler,
    AssignManagementObjectRolesHandler,
    SetBodyBudgetFrameHandler,
    DraftManagementPlanHandler,
    ReviseManagementPlanHandler,
    DecideManagementPlanHandler,
    FollowUpManagementPlanHandler,
    RecordMinutesHandler,
    ListManagementObjectsHandler,
    GetManagementObjectHandler,
    GetManagementPlanHandler,
    ListBodyMinutesHandler,
    GetMinutesHandler,
  ],
})
export class ManagementModule {}
