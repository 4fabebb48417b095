import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { IsResourceId } from '../../../../infrastructure/validation/validators';

export class DecideProposalRequestDto {
  @ApiProperty({ example: 'lokal-objekt', description: 'the deciding body; it must hold the proposal' }) @IsString() @IsResourceId() body: string;
  @ApiProperty({ enum: ['approve', 'reject', 'escalate'] }) @IsIn(['approve', 'reject', 'escalate']) outcome: 'approve' | 'reject' | 'escalate';
  @ApiProperty({ example: 'Within budget' }) @IsString() @IsNotEmpty() @MaxLength(10_000) motivation: string;
}
