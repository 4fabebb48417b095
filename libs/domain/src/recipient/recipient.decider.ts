import { ErrorCodes, isAdmin, refuse, type Decider, type Role } from '../shared';
import type { RecipientCommand, RegisterEmailAddress, SetNotificationPreferences } from './recipient.commands';
import { LANGUAGES, NOTIFICATION_KINDS, type RecipientEvent } from './recipient.events';
import type { RecipientState } from './recipient.state';

// Deliberately plain: one @, no spaces, a dot in the domain. The SMTP server is the real judge.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

const sameSet = <T>(a: readonly T[], b: readonly T[]): boolean => a.length === b.length && a.every((x) => b.includes(x));
const sameRoles = (a: readonly Role[], b: readonly Role[]): boolean => JSON.stringify(a) === JSON.stringify(b);

const setPreferences = ({ data, context }: SetNotificationPreferences, state: RecipientState): RecipientEvent[] => {
  // Preferences are personal: nobody, not even an admin, chooses them for someone else.
  if (context.principal.id !== data.principal) refuse(ErrorCodes.NOT_ALLOWED, 'only the principal itself may set its notification preferences');
  if (!Array.isArray(data.kinds) || data.kinds.some((k) => !NOTIFICATION_KINDS.includes(k))) {
    refuse(ErrorCodes.INVALID_INPUT, `kinds must be some of ${NOTIFICATION_KINDS.join(', ')}`, { field: 'kinds' });
  }
  if (typeof data.email !== 'boolean') refuse(ErrorCodes.INVALID_INPUT, 'email must be true or false', { field: 'email' });
  if (!LANGUAGES.includes(data.language)) refuse(ErrorCodes.INVALID_INPUT, `language must be one of ${LANGUAGES.join(', ')}`, { field: 'language' });
  const kinds = NOTIFICATION_KINDS.filter((k) => data.kinds.includes(k));
  const roles = context.principal.roles;
  const p = state.preferences;
  // The same choice with the same roles again appends nothing.
  if (p && sameSet(p.kinds, kinds) && p.email === data.email && p.language === data.language && sameRoles(p.roles, roles)) return [];
  return [{ type: 'NotificationPreferencesSet', data: { principal: data.principal, kinds, email: data.email, language: data.language, roles } }];
};

const registerAddress = ({ data, context }: RegisterEmailAddress, state: RecipientState): RecipientEvent[] => {
  if (context.principal.id !== data.principal && !isAdmin(context.principal)) {
    refuse(ErrorCodes.NOT_ALLOWED, "only an admin or the principal itself may register a principal's e-mail address");
  }
  const address = typeof data.address === 'string' ? data.address.trim() : '';
  if (!EMAIL.test(address) || address.length > 254) refuse(ErrorCodes.INVALID_INPUT, 'address must be an e-mail address', { field: 'address' });
  if (state.address === address) return [];
  return [{ type: 'EmailAddressRegistered', data: { principal: data.principal, address, registeredBy: context.principal.id } }];
};

export const recipientDecider: Decider<RecipientCommand, RecipientEvent, RecipientState> = {
  initialState: () => ({ principal: null, preferences: null, address: null }),

  decide(command, state) {
    if (typeof command.data.principal !== 'string' || command.data.principal.trim() === '') {
      refuse(ErrorCodes.INVALID_INPUT, 'principal must be a non-empty string', { field: 'principal' });
    }
    switch (command.type) {
      case 'SetNotificationPreferences':
        return setPreferences(command, state);
      case 'RegisterEmailAddress':
        return registerAddress(command, state);
      default: {
        const never: never = command;
        return never;
      }
    }
  },

  evolve(state, event) {
    switch (event.type) {
      case 'NotificationPreferencesSet': {
        const { principal, ...preferences } = event.data;
        return { ...state, principal, preferences };
      }
      case 'EmailAddressRegistered':
        return { ...state, principal: event.data.principal, address: event.data.address };
      default:
        return state;
    }
  },
};
