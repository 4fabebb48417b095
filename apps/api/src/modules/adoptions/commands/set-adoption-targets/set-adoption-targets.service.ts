import { processDecider, processStream } from '@samsyn/domain';
import type { AdoptionUseCases } from '@samsyn/application/adoptions.port';
import type { WriteSide } from '@samsyn/application/write-side';

/** PUT /processes/:id/adoption-targets: a member of the governing body sets target adoption dates
 * for a revision. The body is read from its own stream (its current members), never a read model. */
export const setAdoptionTargets =
  ({ executor, states }: WriteSide): AdoptionUseCases['setAdoptionTargets'] =>
  (processId, input, options) =>
    executor.on(processDecider).write(processStream(processId), async (process, context) => ({
      type: 'SetAdoptionTargets',
      data: { id: processId, revision: input.revision, targets: input.targets },
      refs: { body: await states.body(process.governingBody) },
      context,
    }), options);
