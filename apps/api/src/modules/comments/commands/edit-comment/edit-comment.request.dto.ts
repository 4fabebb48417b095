import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength } from 'class-validator';

export class EditCommentRequestDto {
  @ApiProperty({ example: 'Hur tolkar @rita och @olle steg 2?' }) @IsString() @MaxLength(8000) text: string;
}
