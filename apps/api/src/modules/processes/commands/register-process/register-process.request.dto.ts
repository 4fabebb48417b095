import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import type { ProcessDefinition } from '@samsyn/domain';
import { ProcessDefinitionSchema } from '../../../../infrastructure/swagger/definition.schema';
import { IsProcessDefinition, IsResourceId } from '../../../../infrastructure/validation/validators';

export class RegisterProcessRequestDto {
  @ApiProperty({ example: 'LF-01' }) @IsString() @IsResourceId() id: string;
  @ApiProperty({ example: 'Lokalbehovsanalys' }) @IsString() @IsNotEmpty() @MaxLength(200) name: string;
  @ApiProperty({ example: 'ksn' }) @IsString() @IsResourceId() ownerStakeholder: string;
  @ApiProperty({ example: 'lokal-objekt' }) @IsString() @IsResourceId() governingBody: string;
  @ApiProperty({
    type: ProcessDefinitionSchema,
    description: 'purpose, participants, steps and handovers keyed by id (docs/product.md)',
    example: {
      purpose: 'Analyse premises needs',
      participants: ['ksn', 'uppsalahem'],
      steps: { s1: { name: 'Describe need', performer: 'ksn', order: 1 }, s2: { name: 'Find premises', performer: 'uppsalahem', order: 2 } },
      handovers: { h1: { from: 's1', to: 's2', artifact: 'needs description' } },
    },
  })
  @IsProcessDefinition()
  definition: ProcessDefinition;
}
