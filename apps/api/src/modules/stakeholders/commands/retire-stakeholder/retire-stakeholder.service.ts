import { stakeholderDecider, stakeholderStream } from '@samsyn/domain';
import type { StakeholderUseCases } from '@samsyn/application/registers.port';
import type { WriteSide } from '@samsyn/application/write-side';

/** POST /stakeholders/:id/retire: an admin retires a stakeholder; definitions may no longer name it. */
export const retireStakeholder =
  ({ executor }: WriteSide): StakeholderUseCases['retireStakeholder'] =>
  (id, input, options) =>
    executor.on(stakeholderDecider).write(stakeholderStream(id), (_s, context) => ({ type: 'RetireStakeholder', data: { id, reason: input.reason }, context }), options);
