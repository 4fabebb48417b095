import { Module } from '@nestjs/common';
import { SAMSYN_APPLICATION } from '../../infrastructure/tokens';
import { RECIPIENT_USE_CASES } from './me.di-tokens';
import { RegisterEmailAddressHttpController } from './commands/register-email-address/register-email-address.http.controller';
import { SetNotificationPreferencesHttpController } from './commands/set-notification-preferences/set-notification-preferences.http.controller';
import { EmailNotificationsProcessManager } from './process-managers/email-notifications/email-notifications.process-manager';
import { GetMeHttpController } from './queries/get-me/get-me.http.controller';
import { GetMyTasksHandler } from './queries/get-my-tasks/get-my-tasks.query-handler';
import { GetMyTasksHttpController } from './queries/get-my-tasks/get-my-tasks.http.controller';

/** What concerns the signed-in principal itself: "my work", what it is told and where. */
@Module({
  controllers: [GetMeHttpController, GetMyTasksHttpController, SetNotificationPreferencesHttpController, RegisterEmailAddressHttpController],
  providers: [{ provide: RECIPIENT_USE_CASES, useExisting: SAMSYN_APPLICATION }, GetMyTasksHandler, EmailNotificationsProcessManager],
})
export class MeModule {}
