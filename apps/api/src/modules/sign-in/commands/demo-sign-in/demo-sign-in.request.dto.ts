import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';

export class DemoSignInRequestDto {
  @ApiProperty({ description: 'a demo person id (GET /auth/demo-people)', example: 'anna' })
  @IsString()
  @Length(1, 100)
  person!: string;
}
