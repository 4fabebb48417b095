import { Module } from '@nestjs/common';
import { GetDeviationDiffHandler } from './queries/get-deviation-diff/get-deviation-diff.query-handler';
import { GetDeviationDiffHttpController } from './queries/get-deviation-diff/get-deviation-diff.http.controller';

/** Deviations that follow the baseline (issue 15): their diff against the head. */
@Module({
  controllers: [GetDeviationDiffHttpController],
  providers: [GetDeviationDiffHandler],
})
export class DeviationsModule {}
