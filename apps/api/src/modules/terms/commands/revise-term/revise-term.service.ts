import { termDecider, termStream } from '@samsyn/domain';
import type { TermUseCases } from '@samsyn/application/registers.port';
import type { WriteSide } from '@samsyn/application/write-side';

/** POST /terms/:id/revisions: an admin revises a term's label and definition (a new version). */
export const reviseTerm =
  ({ executor }: WriteSide): TermUseCases['reviseTerm'] =>
  (id, input, options) =>
    executor.on(termDecider).write(termStream(id), (_s, context) => ({ type: 'ReviseTerm', data: { id, label: input.label, definition: input.definition }, context }), options);
