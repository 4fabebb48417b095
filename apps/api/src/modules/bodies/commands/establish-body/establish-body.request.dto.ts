import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsIn, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { IsResourceId } from '../../../../infrastructure/validation/validators';

export const LEVELS = ['object', 'administration', 'portfolio'] as const;

export class EstablishBodyRequestDto {
  @ApiProperty({ example: 'lokal-styrgrupp' }) @IsString() @IsResourceId() id: string;
  @ApiProperty({ example: 'Styrgrupp lokalförsörjning' }) @IsString() @IsNotEmpty() @MaxLength(200) name: string;
  @ApiProperty({ enum: LEVELS }) @IsIn(LEVELS as unknown as string[]) level: (typeof LEVELS)[number];
  @ApiPropertyOptional({ type: String, nullable: true, description: 'the body one level up; none for the portfolio body' })
  @IsOptional()
  @IsString()
  @IsResourceId()
  parent?: string | null;
  @ApiProperty({ type: [String], example: ['anna', 'bertil'] })
  @IsArray()
  @ArrayMaxSize(500)
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  @MaxLength(200, { each: true })
  members: string[];
}
