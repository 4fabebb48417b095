import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { IsResourceId } from '../../../../infrastructure/validation/validators';

export const STAKEHOLDER_KINDS = ['committee', 'company', 'administration', 'office'] as const;

export class RegisterStakeholderRequestDto {
  @ApiProperty({ example: 'ksn' }) @IsString() @IsResourceId() id: string;
  @ApiProperty({ example: 'Kommunstyrelsen' }) @IsString() @IsNotEmpty() @MaxLength(200) name: string;
  @ApiProperty({ enum: STAKEHOLDER_KINDS }) @IsIn(STAKEHOLDER_KINDS as unknown as string[]) kind: (typeof STAKEHOLDER_KINDS)[number];
}
