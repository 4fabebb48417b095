import { ErrorCodes, type Principal, type Role } from '../shared';
import { DeciderSpecification } from '../testing/decider-spec';
import type { RegisterEmailAddress, SetNotificationPreferences } from './recipient.commands';
import { recipientDecider } from './recipient.decider';
import type { RecipientEvent } from './recipient.events';
import { recipientStream } from './recipient.stream';

const spec = DeciderSpecification.for(recipientDecider);
const NOW = '2026-03-01T09:00:00.000Z';
const rolesOfRita: Role[] = [{ role: 'reviewer', stakeholder: 'ksn' }];
const as = (id: string, roles: Role[] = []) => ({ principal: { id, roles } as Principal, now: NOW });
const setPrefs = (data: Partial<SetNotificationPreferences['data']> = {}, context = as('rita', rolesOfRita)): SetNotificationPreferences => ({
  type: 'SetNotificationPreferences',
  data: { principal: 'rita', kinds: ['review', 'own-proposal'], email: true, language: 'sv', ...data },
  context,
});
const register = (address: string, context = as('rita', rolesOfRita)): RegisterEmailAddress => ({ type: 'RegisterEmailAddress', data: { principal: 'rita', address }, context });
const prefsSet: RecipientEvent = { type: 'NotificationPreferencesSet', data: { principal: 'rita', kinds: ['review', 'own-proposal'], email: true, language: 'sv', roles: rolesOfRita } };

describe('Recipient decider', () => {
  describe('notification preferences', () => {
    it('records the choice with the roles the token carried', () => spec.given([]).when(setPrefs()).then([prefsSet]));
    it('keeps the kinds in catalogue order, once each', () =>
      spec.given([]).when(setPrefs({ kinds: ['own-proposal', 'review', 'review'] })).then([prefsSet]));
    it('appends nothing for the same choice and roles', () => spec.given([prefsSet]).when(setPrefs()).then([]));
    it('records again when the roles changed', () =>
      spec.given([prefsSet]).when(setPrefs({}, as('rita', [{ role: 'reviewer', stakeholder: 'uh' }]))).thenEvents((e) => expect(e[0].data).toMatchObject({ roles: [{ role: 'reviewer', stakeholder: 'uh' }] })));
    it('refuses anyone else, an admin too', () => spec.given([]).when(setPrefs({}, as('ada', [{ role: 'admin' }]))).thenThrows(ErrorCodes.NOT_ALLOWED));
    it('refuses an unknown kind', () => spec.given([]).when(setPrefs({ kinds: ['gossip' as never] })).thenThrows(ErrorCodes.INVALID_INPUT, 'kinds'));
    it('refuses an unknown language', () => spec.given([]).when(setPrefs({ language: 'de' as never })).thenThrows(ErrorCodes.INVALID_INPUT, 'language'));
    it('refuses an email flag that is not a boolean', () => spec.given([]).when(setPrefs({ email: 'yes' as never })).thenThrows(ErrorCodes.INVALID_INPUT, 'email'));
  });

  describe('e-mail address', () => {
    const registered: RecipientEvent = { type: 'EmailAddressRegistered', data: { principal: 'rita', address: 'rita@uppsala.se', registeredBy: 'rita' } };
    it('the principal registers its own address, trimmed', () => spec.given([]).when(register(' rita@uppsala.se ')).then([registered]));
    it('an admin registers anyone’s', () =>
      spec.given([]).when(register('rita@uppsala.se', as('ada', [{ role: 'admin' }]))).then([{ ...registered, data: { ...registered.data, registeredBy: 'ada' } } as RecipientEvent]));
    it('nobody else may', () => spec.given([]).when(register('rita@uppsala.se', as('olle'))).thenThrows(ErrorCodes.NOT_ALLOWED));
    it.each(['', 'rita', 'rita@', 'ri ta@uppsala.se', 'rita@uppsala'])('refuses %p', (a) => spec.given([]).when(register(a)).thenThrows(ErrorCodes.INVALID_INPUT, 'address'));
    it('appends nothing for the same address', () => spec.given([registered]).when(register('rita@uppsala.se')).then([]));
  });

  it('folds preferences and address', () =>
    expect([prefsSet, { type: 'EmailAddressRegistered', data: { principal: 'rita', address: 'r@u.se', registeredBy: 'ada' } } as RecipientEvent].reduce(recipientDecider.evolve, recipientDecider.initialState())).toEqual({
      principal: 'rita',
      preferences: { kinds: ['review', 'own-proposal'], email: true, language: 'sv', roles: rolesOfRita },
      address: 'r@u.se',
    }));
  it('names its stream with the principal id encoded', () => expect(recipientStream('anna@uppsala.se')).toBe('recipient-anna%40uppsala.se'));
});
