import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn } from 'class-validator';
import { LANGUAGES, NOTIFICATION_KINDS, type Language, type NotificationKind } from '@samsyn/domain/recipient/recipient.events';

export class SetNotificationPreferencesRequestDto {
  @ApiProperty({ isArray: true, enum: NOTIFICATION_KINDS, example: ['review', 'own-proposal'] })
  @IsArray()
  @ArrayMaxSize(NOTIFICATION_KINDS.length * 2)
  @IsIn(NOTIFICATION_KINDS as unknown as string[], { each: true })
  kinds: NotificationKind[];

  @ApiProperty({ example: true, description: 'e-mail on or off' }) @IsBoolean() email: boolean;
  @ApiProperty({ enum: LANGUAGES, example: 'sv' }) @IsIn(LANGUAGES as unknown as string[]) language: Language;
}
