import { processDecider, processStream } from '@samsyn/domain';
import type { AdoptionUseCases } from '@samsyn/application/adoptions.port';
import type { WriteSide } from '@samsyn/application/write-side';

/** POST /processes/:id/adoptions: a stakeholder records that it works by a revision from a date. */
export const recordAdoption =
  ({ executor }: WriteSide): AdoptionUseCases['recordAdoption'] =>
  (processId, input, options) =>
    executor.on(processDecider).write(processStream(processId), (_s, context) => ({
      type: 'RecordAdoption',
      data: { id: processId, stakeholder: input.stakeholder, revision: input.revision, adoptedOn: input.adoptedOn },
      context,
    }), options);
