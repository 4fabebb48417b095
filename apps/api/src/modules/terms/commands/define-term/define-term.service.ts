import { termDecider, termStream } from '@samsyn/domain';
import type { TermUseCases } from '@samsyn/application/registers.port';
import type { WriteSide } from '@samsyn/application/write-side';

/** POST /terms: an admin defines a term of the common nomenclature. */
export const defineTerm =
  ({ executor }: WriteSide): TermUseCases['defineTerm'] =>
  (input, options) =>
    executor.on(termDecider).write(termStream(input.id), (_s, context) => ({
      type: 'DefineTerm',
      data: { id: input.id, label: input.label, definition: input.definition },
      context,
    }), options);
