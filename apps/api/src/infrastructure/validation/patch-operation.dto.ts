import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { PatchOperation } from '@samsyn/domain';
import { IsIn, IsString, Matches, MaxLength, ValidateIf } from 'class-validator';
import { ANY_JSON } from '../swagger/definition.schema';
import { IsPresent } from './validators';

export const PATCH_OPS = ['add', 'remove', 'replace', 'move', 'copy', 'test'] as const;
type PatchOp = (typeof PATCH_OPS)[number];

const needsValue = (o: { op?: unknown }): boolean => o.op === 'add' || o.op === 'replace' || o.op === 'test';
const needsFrom = (o: { op?: unknown }): boolean => o.op === 'move' || o.op === 'copy';
const POINTER = /^\/([^~]|~[01])*$/;

/** One RFC 6902 operation on a process definition. */
export class PatchOperationDto {
  @ApiProperty({ enum: PATCH_OPS, example: 'replace' })
  @IsIn(PATCH_OPS as unknown as string[])
  op: PatchOp;

  @ApiProperty({ example: '/steps/s1/name', description: 'JSON Pointer into the definition' })
  @IsString()
  @MaxLength(1000)
  @Matches(POINTER, { message: 'path must be a JSON Pointer starting with "/"' })
  path: string;

  @ApiPropertyOptional({ ...ANY_JSON, description: 'required for add, replace and test (may be null)' })
  @ValidateIf(needsValue)
  @IsPresent()
  value?: unknown;

  @ApiPropertyOptional({ description: 'required for move and copy', example: '/steps/s2' })
  @ValidateIf(needsFrom)
  @IsString()
  @MaxLength(1000)
  @Matches(POINTER, { message: 'from must be a JSON Pointer starting with "/"' })
  from?: string;
}

/** The validated operations as the domain types them: each has the fields its `op` needs (an
 * add, replace or test its value, a move or copy its from), which the decorators above check. */
export const patchOf = (changes: PatchOperationDto[]): PatchOperation[] => changes as PatchOperation[];
