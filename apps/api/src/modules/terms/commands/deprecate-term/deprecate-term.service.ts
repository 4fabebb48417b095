import { termDecider, termStream } from '@samsyn/domain';
import type { TermUseCases } from '@samsyn/application/registers.port';
import type { WriteSide } from '@samsyn/application/write-side';

/** POST /terms/:id/deprecate: an admin deprecates a term, optionally for a replacement read from its own stream. */
export const deprecateTerm =
  ({ executor, states }: WriteSide): TermUseCases['deprecateTerm'] =>
  (id, input, options) =>
    executor.on(termDecider).write(termStream(id), async (_s, context) => ({
      type: 'DeprecateTerm',
      data: { id, reason: input.reason, replacedBy: input.replacedBy ?? null },
      refs: { replacement: input.replacedBy ? await states.term(input.replacedBy) : undefined },
      context,
    }), options);
