import { Module } from '@nestjs/common';
import { EstablishBodyHandler } from './commands/establish-body/establish-body.handler';
import { EstablishBodyHttpController } from './commands/establish-body/establish-body.http.controller';
import { SetBodyMembersHandler } from './commands/set-body-members/set-body-members.handler';
import { SetBodyMembersHttpController } from './commands/set-body-members/set-body-members.http.controller';
import { ListBodiesHandler } from './queries/list-bodies/list-bodies.handler';
import { ListBodiesHttpController } from './queries/list-bodies/list-bodies.http.controller';

@Module({
  controllers: [EstablishBodyHttpController, SetBodyMembersHttpController, ListBodiesHttpController],
  providers: [EstablishBodyHandler, SetBodyMembersHandler, ListBodiesHandler],
})
export class BodiesModule {}
