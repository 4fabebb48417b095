import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDefined, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';
import { IsResourceId } from '../../../../infrastructure/validation/validators';
import { WebhookFilterDto } from '../webhook-filter.dto';

/** No secret here: the server makes one and answers it once (docs/webhooks.md, "The secret"). */
export class RegisterWebhookSubscriptionRequestDto {
  @ApiPropertyOptional({ example: 'arkivet', description: 'default: a new UUID' }) @IsOptional() @IsString() @IsResourceId() id?: string;
  @ApiProperty({ example: 'https://arkiv.uppsala.se/samsyn/webhook' }) @IsString() @MaxLength(2048) url: string;
  @ApiProperty({ type: WebhookFilterDto }) @IsDefined() @ValidateNested() @Type(() => WebhookFilterDto) filter: WebhookFilterDto;
  @ApiPropertyOptional({ type: String, nullable: true, example: 'Arkivets diarium' }) @IsOptional() @IsString() @MaxLength(500) description?: string | null;
}
