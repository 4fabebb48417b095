import type { DomainCommand } from '../shared';
import type { Language, NotificationKind } from './recipient.events';

export type SetNotificationPreferences = DomainCommand<
  'SetNotificationPreferences',
  { principal: string; kinds: NotificationKind[]; email: boolean; language: Language }
>;
export type RegisterEmailAddress = DomainCommand<'RegisterEmailAddress', { principal: string; address: string }>;

export type RecipientCommand = SetNotificationPreferences | RegisterEmailAddress;
