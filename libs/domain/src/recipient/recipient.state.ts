import type { Role } from '../shared';
import type { Language, NotificationKind } from './recipient.events';

export interface RecipientState {
  principal: string | null;
  /** null until the principal chose: then it is told nothing. */
  preferences: { kinds: NotificationKind[]; email: boolean; language: Language; roles: Role[] } | null;
  address: string | null;
}
