import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';
import { WebhookFilterDto } from '../webhook-filter.dto';

/** Only what is sent changes; a new filter replaces the old one whole. */
export class UpdateWebhookSubscriptionRequestDto {
  @ApiPropertyOptional({ example: 'https://arkiv.uppsala.se/samsyn/v2' }) @IsOptional() @IsString() @MaxLength(2048) url?: string;
  @ApiPropertyOptional({ type: WebhookFilterDto }) @IsOptional() @ValidateNested() @Type(() => WebhookFilterDto) filter?: WebhookFilterDto;
  @ApiPropertyOptional({ type: String, nullable: true, example: 'Arkivets diarium' }) @IsOptional() @IsString() @MaxLength(500) description?: string | null;
}
