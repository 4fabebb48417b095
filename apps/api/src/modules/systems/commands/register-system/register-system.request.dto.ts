import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { IsResourceId } from '../../../../infrastructure/validation/validators';

export class RegisterSystemRequestDto {
  @ApiProperty({ example: 'fastighetssystem' }) @IsString() @IsResourceId() id: string;
  @ApiProperty({ example: 'Fastighetssystemet' }) @IsString() @IsNotEmpty() @MaxLength(200) name: string;
  @ApiProperty({ example: 'ksn' }) @IsString() @IsResourceId() ownerStakeholder: string;
  @ApiProperty({ example: 'lokal-objekt' }) @IsString() @IsResourceId() governingBody: string;
}
