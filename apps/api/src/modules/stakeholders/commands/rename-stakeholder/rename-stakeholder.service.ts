import { stakeholderDecider, stakeholderStream } from '@samsyn/domain';
import type { StakeholderUseCases } from '@samsyn/application/registers.port';
import type { WriteSide } from '@samsyn/application/write-side';

/** PATCH /stakeholders/:id: an admin renames a stakeholder; the event keeps the previous name. */
export const renameStakeholder =
  ({ executor }: WriteSide): StakeholderUseCases['renameStakeholder'] =>
  (id, input, options) =>
    executor.on(stakeholderDecider).write(stakeholderStream(id), (_s, context) => ({ type: 'RenameStakeholder', data: { id, name: input.name }, context }), options);
