import { processDecider, processStream } from '@samsyn/domain';
import type { AdoptionUseCases } from '@samsyn/application/adoptions.port';
import type { WriteSide } from '@samsyn/application/write-side';

/** PUT /processes/:id/default-adoption-target: the process owner or a member of the governing body
 * sets the roll-out default (docs/harmonization.md). The body is read from its own stream. */
export const setDefaultAdoptionTarget =
  ({ executor, states }: WriteSide): AdoptionUseCases['setDefaultAdoptionTarget'] =>
  (processId, input, options) =>
    executor.on(processDecider).write(processStream(processId), async (process, context) => ({
      type: 'SetDefaultAdoptionTarget',
      data: { id: processId, daysAfterApplied: input.daysAfterApplied },
      refs: { body: await states.body(process.governingBody) },
      context,
    }), options);
