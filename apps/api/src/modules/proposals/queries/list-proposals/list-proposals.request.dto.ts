import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString } from 'class-validator';
import { PagedCsvQueryDto } from '../../../../infrastructure/http/paging/page-query.dto';
import { IsResourceId } from '../../../../infrastructure/validation/validators';

export const PROPOSAL_STATUSES = ['submitted', 'escalated', 'accepted', 'approved', 'applied', 'rejected', 'withdrawn', 'conflicted'] as const;

export class ListProposalsRequestDto extends PagedCsvQueryDto {
  @ApiPropertyOptional({ enum: PROPOSAL_STATUSES }) @IsOptional() @IsIn(PROPOSAL_STATUSES as unknown as string[]) status?: string;
  @ApiPropertyOptional({ description: 'process id' }) @IsOptional() @IsString() @IsResourceId() process?: string;
  @ApiPropertyOptional({ description: 'proposals waiting for this stakeholder’s review' }) @IsOptional() @IsString() @IsResourceId() awaitingStakeholder?: string;
  @ApiPropertyOptional({ description: 'escalated proposals held by this body' }) @IsOptional() @IsString() @IsResourceId() awaitingBody?: string;
}
