import { Module } from '@nestjs/common';
import { RecordAdoptionHandler } from './commands/record-adoption/record-adoption.handler';
import { RecordAdoptionHttpController } from './commands/record-adoption/record-adoption.http.controller';

@Module({
  controllers: [RecordAdoptionHttpController],
  providers: [RecordAdoptionHandler],
})
export class AdoptionsModule {}
