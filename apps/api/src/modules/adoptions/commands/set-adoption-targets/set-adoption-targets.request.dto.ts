import { ApiProperty } from '@nestjs/swagger';
import { IsInt, IsObject, Min } from 'class-validator';

export class SetAdoptionTargetsRequestDto {
  @ApiProperty({ example: 2 }) @IsInt() @Min(1) revision: number;
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'string' },
    example: { uppsalahem: '2026-06-30', ksn: '2026-04-30' },
    description: 'participant → target adoption date (YYYY-MM-DD or ISO-8601 instant); checked against the revision by the domain',
  })
  @IsObject()
  targets: Record<string, string>;
}
