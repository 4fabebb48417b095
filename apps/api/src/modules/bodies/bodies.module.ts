import { Module } from '@nestjs/common';
import { SAMSYN_APPLICATION } from '../../infrastructure/tokens';
import { BODY_USE_CASES } from './bodies.di-tokens';
import { EstablishBodyHttpController } from './commands/establish-body/establish-body.http.controller';
import { SetBodyMembersHttpController } from './commands/set-body-members/set-body-members.http.controller';
import { ListBodiesHandler } from './queries/list-bodies/list-bodies.handler';
import { ListBodiesHttpController } from './queries/list-bodies/list-bodies.http.controller';

@Module({
  controllers: [EstablishBodyHttpController, SetBodyMembersHttpController, ListBodiesHttpController],
  providers: [{ provide: BODY_USE_CASES, useExisting: SAMSYN_APPLICATION }, ListBodiesHandler],
})
export class BodiesModule {}
