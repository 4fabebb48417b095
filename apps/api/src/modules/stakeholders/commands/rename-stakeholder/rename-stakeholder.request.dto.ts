import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';

export class RenameStakeholderRequestDto {
  @ApiProperty({ example: 'Kommunstyrelsens nämnd' }) @IsString() @IsNotEmpty() @MaxLength(200) name: string;
}
