import { dict, toDict } from '@samsyn/domain/shared/dict';
import type { Projection } from '../projection';

export interface KnownPrincipal {
  id: string;
  /** When the log first named it. */
  since: string;
}

export interface PrincipalsState {
  principals: Record<string, KnownPrincipal>;
}

/**
 * The principals the log knows (identities live in the identity provider; Samsyn has no user
 * register): members of governance bodies, owners of processes and systems, submitters and
 * reviewers of proposals, principals who chose notifications or have an address, commenters.
 * A comment's `@id` mentions one of them (docs/comments.md).
 */
export const principalsProjection: Projection<PrincipalsState> = {
  name: 'principals',
  version: 1,
  eventTypes: [
    'GovernanceBodyEstablished',
    'GovernanceBodyMembersChanged',
    'ProcessRegistered',
    'SystemRegistered',
    'ProposalSubmitted',
    'ReviewSubmitted',
    'NotificationPreferencesSet',
    'EmailAddressRegistered',
    'CommentPosted',
  ],
  initialState: () => ({ principals: dict() }),
  revive: (s) => ({ principals: toDict(s.principals) }),
  apply(s, e) {
    const ids: string[] = [];
    switch (e.type) {
      case 'GovernanceBodyEstablished':
      case 'GovernanceBodyMembersChanged':
        ids.push(...e.data.members);
        break;
      case 'ProcessRegistered':
        ids.push(e.data.owner.principal);
        break;
      case 'SystemRegistered':
        ids.push(e.data.ownerPrincipal);
        break;
      case 'ProposalSubmitted':
        ids.push(e.data.submittedBy);
        break;
      case 'ReviewSubmitted':
        ids.push(e.data.reviewer);
        break;
      case 'NotificationPreferencesSet':
      case 'EmailAddressRegistered':
        ids.push(e.data.principal);
        break;
      case 'CommentPosted':
        ids.push(e.data.postedBy);
        break;
    }
    for (const id of ids) if (typeof id === 'string' && id !== '' && !s.principals[id]) s.principals[id] = { id, since: e.metadata.occurredAt };
    return s;
  },
};
