import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { IsResourceId } from '../../../../infrastructure/validation/validators';

export class ReviewProposalRequestDto {
  @ApiProperty({ example: 'uppsalahem' }) @IsString() @IsResourceId() stakeholder: string;
  @ApiProperty({ enum: ['accept', 'reject'] }) @IsIn(['accept', 'reject']) verdict: 'accept' | 'reject';
  @ApiProperty({ example: 'Fine by us' }) @IsString() @IsNotEmpty() @MaxLength(10_000) comment: string;
}
