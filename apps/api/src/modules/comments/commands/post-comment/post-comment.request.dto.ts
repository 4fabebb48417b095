import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { IsResourceId } from '../../../../infrastructure/validation/validators';

/** The decider bounds the trimmed text (docs/comments.md); this only bounds the request. */
export class PostCommentRequestDto {
  @ApiProperty({ example: 'Hur tolkar @rita steg 2?', description: '@principal mentions notify the principals the directory knows' })
  @IsString()
  @MaxLength(8000)
  text: string;

  @ApiPropertyOptional({ example: 't-1', description: 'reply in this thread (one of the subject’s); without it a new thread starts' })
  @IsOptional()
  @IsResourceId()
  thread?: string;

  @ApiPropertyOptional({ example: 't-1', description: 'the new thread’s id (default: a new UUID); not with `thread`' })
  @IsOptional()
  @IsResourceId()
  id?: string;
}
