import { Module } from '@nestjs/common';
import { RecordAdoptionHandler } from './commands/record-adoption/record-adoption.handler';
import { RecordAdoptionHttpController } from './commands/record-adoption/record-adoption.http.controller';
import { SetAdoptionTargetsHandler } from './commands/set-adoption-targets/set-adoption-targets.handler';
import { SetAdoptionTargetsHttpController } from './commands/set-adoption-targets/set-adoption-targets.http.controller';

@Module({
  controllers: [RecordAdoptionHttpController, SetAdoptionTargetsHttpController],
  providers: [RecordAdoptionHandler, SetAdoptionTargetsHandler],
})
export class AdoptionsModule {}
