import { systemDecider, systemStream } from '@samsyn/domain';
import type { SystemUseCases } from '@samsyn/application/registers.port';
import type { WriteSide } from '@samsyn/application/write-side';

/** POST /systems/:id/retire: an admin retires a system; definitions may no longer name it. */
export const retireSystem =
  ({ executor }: WriteSide): SystemUseCases['retireSystem'] =>
  (id, input, options) =>
    executor.on(systemDecider).write(systemStream(id), (_s, context) => ({ type: 'RetireSystem', data: { id, reason: input.reason }, context }), options);
