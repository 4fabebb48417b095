import { systemDecider, systemStream } from '@samsyn/domain';
import type { SystemUseCases } from '@samsyn/application/registers.port';
import type { WriteSide } from '@samsyn/application/write-side';

/** POST /systems: an admin registers an IT system; its owner and governing body are read from their streams. */
export const registerSystem =
  ({ executor, states }: WriteSide): SystemUseCases['registerSystem'] =>
  (input, options) =>
    executor.on(systemDecider).write(systemStream(input.id), async (_s, context) => ({
      type: 'RegisterSystem',
      data: { id: input.id, name: input.name, ownerStakeholder: input.ownerStakeholder, governingBody: input.governingBody },
      refs: { owner: await states.stakeholder(input.ownerStakeholder), body: await states.body(input.governingBody) },
      context,
    }), options);
