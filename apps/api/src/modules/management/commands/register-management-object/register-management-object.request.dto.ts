import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDefined, IsString, ValidateNested } from 'class-validator';
import { IsResourceId } from '../../../../infrastructure/validation/validators';
import { ManagementRolesDto, ManagementScopeDto } from '../management-dtos';

export class RegisterManagementObjectRequestDto extends ManagementScopeDto {
  @ApiProperty({ example: 'skolfastigheter' }) @IsString() @IsResourceId() id: string;
  @ApiProperty({ type: ManagementRolesDto }) @IsDefined() @ValidateNested() @Type(() => ManagementRolesDto) roles: ManagementRolesDto;
}
