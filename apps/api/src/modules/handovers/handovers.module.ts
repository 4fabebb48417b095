import { Module } from '@nestjs/common';
import { ListHandoversHandler } from './queries/list-handovers/list-handovers.query-handler';
import { ListHandoversHttpController } from './queries/list-handovers/list-handovers.http.controller';

/** Handovers between organisations (issue 15, seed 000's "överlämningspunkter"). */
@Module({
  controllers: [ListHandoversHttpController],
  providers: [ListHandoversHandler],
})
export class HandoversModule {}
