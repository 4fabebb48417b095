import { Module } from '@nestjs/common';
import { SAMSYN_APPLICATION } from '../../infrastructure/tokens';
import { BODY_USE_CASES } from './bodies.di-tokens';
import { EstablishBodyHttpController } from './commands/establish-body/establish-body.http.controller';
import { SetBodyMembersHttpController } from './commands/set-body-members/set-body-members.http.controller';
import { ListBodiesHandler } from './queries/list-bodies/list-bodies.query-handler';
import { ListBodiesHttpController } from './queries/list-bodies/list-bodies.http.controller';

import { GetBodyHandler } from './queries/get-body/get-body.query-handler';
import { GetBodyHttpController } from './queries/get-body/get-body.http.controller';

@Module({
  controllers: [GetBodyHttpController, EstablishBodyHttpController, SetBodyMembersHttpController, ListBodiesHttpController],
  providers: [GetBodyHandler, { provide: BODY_USE_CASES, useExisting: SAMSYN_APPLICATION }, ListBodiesHandler],
})
export class BodiesModule {}
