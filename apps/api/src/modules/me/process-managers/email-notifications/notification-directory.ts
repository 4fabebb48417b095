import type { Language, NotificationKind } from '@samsyn/domain/recipient/recipient.events';
import type { Role } from '@samsyn/domain/shared/principal';
import { myWorkProjection, type MyWorkState } from '@samsyn/projections/my-work/my-work.projection';
import type { ProjectedEvent } from '@samsyn/projections/projection';

export interface Recipient {
  principal: string;
  kinds: NotificationKind[];
  email: boolean;
  language: Language;
  roles: Role[];
  address: string | null;
}

/** What the e-mail notifier must know to address a fact: the my-work facts plus who wants what. */
export interface NotificationDirectory {
  work: MyWorkState;
  recipients: Record<string, Recipient>;
}

/** Comments are not folded: their events carry the subject and mentions a mail needs (mention-mails.ts). */
export const NOTIFIER_EVENT_TYPES: readonly string[] = [...(myWorkProjection.eventTypes ?? []), 'NotificationPreferencesSet', 'EmailAddressRegistered', 'CommentPosted', 'CommentEdited'];

export const emptyDirectory = (): NotificationDirectory => ({ work: myWorkProjection.initialState(), recipients: {} });

const recipientOf = (d: NotificationDirectory, principal: string): Recipient =>
  (d.recipients[principal] ??= { principal, kinds: [], email: false, language: 'sv', roles: [], address: null });

/** Pure fold, like a projection's apply (it may mutate and return the state). */
export const foldDirectory = (d: NotificationDirectory, e: ProjectedEvent): NotificationDirectory => {
  if (e.type === 'NotificationPreferencesSet') {
    Object.assign(recipientOf(d, e.data.principal), { kinds: e.data.kinds, email: e.data.email, language: e.data.language, roles: e.data.roles });
  } else if (e.type === 'EmailAddressRegistered') {
    recipientOf(d, e.data.principal).address = e.data.address;
  } else if (e.type !== 'CommentPosted' && e.type !== 'CommentEdited') {
    d.work = myWorkProjection.apply(d.work, e);
  }
  return d;
};
