import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Matches, MaxLength } from 'class-validator';

export class StreamLiveEventsRequestDto {
  @ApiPropertyOptional({ description: 'resume after this global position (the Last-Event-ID header wins)' })
  @IsOptional()
  @Matches(/^\d{1,19}$/, { message: 'lastEventId must be a non-negative integer' })
  lastEventId?: string;

  @ApiPropertyOptional({ description: 'bearer token, for EventSource clients that cannot send headers' })
  @IsOptional()
  @IsString()
  @MaxLength(8192)
  access_token?: string;
}
