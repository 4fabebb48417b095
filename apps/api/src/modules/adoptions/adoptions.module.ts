import { Module } from '@nestjs/common';
import { SAMSYN_APPLICATION } from '../../infrastructure/tokens';
import { ADOPTION_USE_CASES } from './adoptions.di-tokens';
import { RecordAdoptionHttpController } from './commands/record-adoption/record-adoption.http.controller';
import { SetAdoptionTargetsHttpController } from './commands/set-adoption-targets/set-adoption-targets.http.controller';
import { SetDefaultAdoptionTargetHttpController } from './commands/set-default-adoption-target/set-default-adoption-target.http.controller';

@Module({
  controllers: [RecordAdoptionHttpController, SetAdoptionTargetsHttpController, SetDefaultAdoptionTargetHttpController],
  providers: [{ provide: ADOPTION_USE_CASES, useExisting: SAMSYN_APPLICATION }],
})
export class AdoptionsModule {}
