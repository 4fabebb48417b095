import { processDecider, processStream } from '@samsyn/domain';
import type { ProcessUseCases } from '@samsyn/application/processes.port';
import type { WriteSide } from '@samsyn/application/write-side';

/** POST /processes: a process owner registers a process with its first revision. Every
 * stakeholder, term and system the definition names, and the governing body, are read from their
 * own streams, so the rule is checked against the store as it is. */
export const registerProcess =
  ({ executor, states }: WriteSide): ProcessUseCases['registerProcess'] =>
  (input, options) =>
    executor.on(processDecider).write(processStream(input.id), async (_s, context) => ({
      type: 'RegisterProcess',
      data: { id: input.id, name: input.name, ownerStakeholder: input.ownerStakeholder, governingBody: input.governingBody, definition: input.definition },
      refs: { ...(await states.definitionRefs(input.definition)), body: await states.body(input.governingBody) },
      context,
    }), options);
