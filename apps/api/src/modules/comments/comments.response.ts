import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { decimal } from '../../infrastructure/swagger/schema-helpers';

/** OpenAPI: comment threads (docs/comments.md; libs/projections/src/comments/comment-thread.view.ts). */
export class CommentSubjectSchema {
  @ApiProperty({ enum: ['process', 'step', 'proposal'] }) kind: string;
  @ApiProperty() processId: string;
  @ApiPropertyOptional({ description: 'kind step' }) stepId?: string;
  @ApiPropertyOptional({ description: 'kind proposal' }) proposalId?: string;
}

export class CommentVersionSchema {
  @ApiProperty() text: string;
  @ApiProperty({ type: [String] }) mentions: string[];
  @ApiProperty({ format: 'date-time' }) at: string;
  @ApiProperty() by: string;
}

export class CommentSchema {
  @ApiProperty() id: string;
  @ApiProperty() author: string;
  @ApiProperty() text: string;
  @ApiProperty({ type: [String] }) mentions: string[];
  @ApiProperty({ format: 'date-time' }) postedAt: string;
  @ApiProperty(decimal) position: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) editedAt: string | null;
  @ApiProperty({ type: [CommentVersionSchema] }) history: CommentVersionSchema[];
}

export class ResolvedSchema {
  @ApiProperty() by: string;
  @ApiProperty({ format: 'date-time' }) at: string;
}

export class CommentThreadSchema {
  @ApiProperty() id: string;
  @ApiProperty({ type: CommentSubjectSchema }) subject: CommentSubjectSchema;
  @ApiProperty({ enum: ['open', 'resolved'] }) status: string;
  @ApiProperty() startedBy: string;
  @ApiProperty({ format: 'date-time' }) startedAt: string;
  @ApiProperty({ type: ResolvedSchema, nullable: true }) resolved: ResolvedSchema | null;
  @ApiProperty({ type: [CommentSchema] }) comments: CommentSchema[];
}

export class CommentsSubjectSchema {
  @ApiProperty({ enum: ['process', 'proposal'] }) kind: string;
  @ApiProperty() id: string;
}

export class CommentCountsSchema {
  @ApiProperty() threads: number;
  @ApiProperty() open: number;
  @ApiProperty() comments: number;
}

/** GET /processes/:id/comments, GET /proposals/:id/comments. */
export class CommentsResponse {
  @ApiProperty({ type: CommentsSubjectSchema }) subject: CommentsSubjectSchema;
  @ApiProperty({ type: [CommentThreadSchema] }) threads: CommentThreadSchema[];
  @ApiProperty({ type: CommentCountsSchema }) counts: CommentCountsSchema;
}

/** GET /principals. */
export class KnownPrincipalResponse {
  @ApiProperty() id: string;
  @ApiProperty({ format: 'date-time' }) since: string;
}
