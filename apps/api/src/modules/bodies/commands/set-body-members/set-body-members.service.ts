import { bodyStream, governanceBodyDecider } from '@samsyn/domain';
import type { BodyUseCases } from '@samsyn/application/registers.port';
import type { WriteSide } from '@samsyn/application/write-side';

/** PUT /bodies/:id/members: an admin replaces a body's members. */
export const setBodyMembers =
  ({ executor }: WriteSide): BodyUseCases['setBodyMembers'] =>
  (id, input, options) =>
    executor.on(governanceBodyDecider).write(bodyStream(id), (_s, context) => ({ type: 'SetGovernanceBodyMembers', data: { id, members: input.members }, context }), options);
