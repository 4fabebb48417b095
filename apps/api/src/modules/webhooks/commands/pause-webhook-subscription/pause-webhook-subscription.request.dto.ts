import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';

export class PauseWebhookSubscriptionRequestDto {
  @ApiPropertyOptional({ type: String, nullable: true, example: 'Mottagaren byggs om till v2' }) @IsOptional() @IsString() @MaxLength(500) note?: string | null;
}
