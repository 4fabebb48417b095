import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';

export class PauseWebhookSubscriptionRequestDto {
  @ApiPropertyOptional({ example: 'Mottagaren byggs om till v2' }) @IsOptional() @IsString() @MaxLength(500) note?: string | null;
}
