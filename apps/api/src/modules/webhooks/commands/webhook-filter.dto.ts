import { ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsOptional, IsString, MaxLength } from 'class-validator';

/** The shape only; which types exist and what prefixes mean is the domain's rule (422 INVALID_INPUT). */
export class WebhookFilterDto {
  @ApiPropertyOptional({ example: ['ProcessRevised', 'ProposalDecided'], description: 'event types (none: any type)' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MaxLength(200, { each: true })
  eventTypes?: string[];

  @ApiPropertyOptional({ example: ['process-LF-'], description: 'stream id prefixes (none: any stream)' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MaxLength(200, { each: true })
  streamPrefixes?: string[];
}
