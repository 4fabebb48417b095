import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsISO8601, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { CsvQueryDto } from '../../../../infrastructure/http/csv/csv-query.dto';

export class ListAuditEventsRequestDto extends CsvQueryDto {
  @ApiPropertyOptional({ description: 'events strictly after this global position' })
  @IsOptional()
  @Matches(/^\d{1,19}$/, { message: 'after must be a non-negative integer' })
  after?: string;

  @ApiPropertyOptional({ description: 'page size, 1–1000 (default 100)' })
  @IsOptional()
  @Matches(/^(?:[1-9]\d{0,2}|1000)$/, { message: 'limit must be an integer from 1 to 1000' })
  limit?: string;

  @ApiPropertyOptional({ example: 'proposal-p1' }) @IsOptional() @IsString() @MaxLength(300) stream?: string;
  @ApiPropertyOptional({ example: 'ProposalEscalated' }) @IsOptional() @IsString() @MaxLength(200) type?: string;
  @ApiPropertyOptional({ description: 'principal id' }) @IsOptional() @IsString() @MaxLength(200) actor?: string;
  @ApiPropertyOptional({ description: 'occurred at or after (ISO-8601)' }) @IsOptional() @IsISO8601({ strict: true, strictSeparator: true }) from?: string;
  @ApiPropertyOptional({ description: 'occurred before (ISO-8601)' }) @IsOptional() @IsISO8601({ strict: true, strictSeparator: true }) to?: string;
}
