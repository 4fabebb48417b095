import { Module } from '@nestjs/common';
import { DemoSignInHttpController } from './commands/demo-sign-in/demo-sign-in.http.controller';
import { DemoDirectory } from './demo-directory';
import { GetAuthConfigHttpController } from './queries/get-auth-config/get-auth-config.http.controller';
import { ListDemoPeopleHttpController } from './queries/list-demo-people/list-demo-people.http.controller';

/** How the web application signs people in: its configuration and the demo people (README "Signing in"). */
@Module({
  controllers: [GetAuthConfigHttpController, ListDemoPeopleHttpController, DemoSignInHttpController],
  providers: [DemoDirectory],
})
export class SignInModule {}
