import { Module } from '@nestjs/common';
import { GetGovernanceReportHandler } from './queries/get-governance-report/get-governance-report.query-handler';
import { GetGovernanceReportHttpController } from './queries/get-governance-report/get-governance-report.http.controller';
import { GetHarmonizationReportHandler } from './queries/get-harmonization-report/get-harmonization-report.query-handler';
import { GetHarmonizationReportHttpController } from './queries/get-harmonization-report/get-harmonization-report.http.controller';
import { GetHarmonizationSeriesHandler } from './queries/get-harmonization-series/get-harmonization-series.query-handler';
import { GetHarmonizationSeriesHttpController } from './queries/get-harmonization-series/get-harmonization-series.http.controller';
import { GetReviewsReportHandler } from './queries/get-reviews-report/get-reviews-report.query-handler';
import { GetReviewsReportHttpController } from './queries/get-reviews-report/get-reviews-report.http.controller';
import { GetNomenclatureReportHandler } from './queries/get-nomenclature-report/get-nomenclature-report.query-handler';
import { GetNomenclatureReportHttpController } from './queries/get-nomenclature-report/get-nomenclature-report.http.controller';
import { GetVariantReportHandler } from './queries/get-variant-report/get-variant-report.query-handler';
import { GetVariantReportHttpController } from './queries/get-variant-report/get-variant-report.http.controller';

@Module({
  controllers: [GetGovernanceReportHttpController, GetHarmonizationReportHttpController, GetHarmonizationSeriesHttpController, GetNomenclatureReportHttpController, GetVariantReportHttpController, GetReviewsReportHttpController],
  providers: [GetGovernanceReportHandler, GetHarmonizationReportHandler, GetHarmonizationSeriesHandler, GetNomenclatureReportHandler, GetVariantReportHandler, GetReviewsReportHandler],
})
export class ReportsModule {}
