import { Module } from '@nestjs/common';
import { RegisterEmailAddressHandler } from './commands/register-email-address/register-email-address.handler';
import { RegisterEmailAddressHttpController } from './commands/register-email-address/register-email-address.http.controller';
import { SetNotificationPreferencesHandler } from './commands/set-notification-preferences/set-notification-preferences.handler';
import { SetNotificationPreferencesHttpController } from './commands/set-notification-preferences/set-notification-preferences.http.controller';
import { EmailNotificationsProcessManager } from './process-managers/email-notifications/email-notifications.process-manager';
import { GetMeHttpController } from './queries/get-me/get-me.http.controller';
import { GetMyTasksHandler } from './queries/get-my-tasks/get-my-tasks.handler';
import { GetMyTasksHttpController } from './queries/get-my-tasks/get-my-tasks.http.controller';

/** What concerns the signed-in principal itself: "my work", what it is told and where. */
@Module({
  controllers: [GetMeHttpController, GetMyTasksHttpController, SetNotificationPreferencesHttpController, RegisterEmailAddressHttpController],
  providers: [GetMyTasksHandler, SetNotificationPreferencesHandler, RegisterEmailAddressHandler, EmailNotificationsProcessManager],
})
export class MeModule {}
