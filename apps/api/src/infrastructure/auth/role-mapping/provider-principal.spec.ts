import { claimAt, principalFromProviderClaims } from './provider-principal';
import { EMPTY_ROLE_MAPPING, parseRoleMapping } from './role-mapping';

const mapping = parseRoleMapping(
  JSON.stringify({
    groups: { 'g-ksn-rev': [{ role: 'reviewer', stakeholder: 'ksn' }], 'g-uh-own': [{ role: 'process-owner', stakeholder: 'uh' }], constructor: [{ role: 'auditor' }] },
    roles: { 'Samsyn.Admin': [{ role: 'admin' }], reviewer: [{ role: 'reviewer', stakeholder: 'ksn' }] },
    claims: { roles: ['roles', 'realm_access.roles'] },
  }),
  'test',
);

describe('a provider token’s claims → the principal', () => {
  it('maps groups and roles, ignores what the mapping does not name', () => {
    const p = principalFromProviderClaims({ sub: 'anna', name: 'Anna A', groups: ['g-ksn-rev', 'all-staff', 'g-uh-own'], roles: ['Samsyn.Admin', 'Other.App'] }, mapping);
    expect(p).toEqual({ id: 'anna', name: 'Anna A', roles: [{ role: 'admin' }, { role: 'reviewer', stakeholder: 'ksn' }, { role: 'process-owner', stakeholder: 'uh' }] });
  });

  it('an account in no mapped group and with no mapped role gets no roles', () => {
    expect(principalFromProviderClaims({ sub: 'x', groups: ['all-staff'], roles: ['Other.App'] }, mapping)).toEqual({ id: 'x', roles: [] });
  });

  it('reads nested claims (Keycloak realm_access.roles), single strings (ADFS), and grants each role once', () => {
    const p = principalFromProviderClaims({ sub: 'k', realm_access: { roles: ['reviewer', 'offline_access'] }, groups: 'g-ksn-rev' }, mapping);
    expect(p.roles).toEqual([{ role: 'reviewer', stakeholder: 'ksn' }]);
  });

  it('combines with roles already in Samsyn’s shape, which are checked strictly', () => {
    const p = principalFromProviderClaims({ sub: 's', roles: [{ role: 'auditor' }, 'Samsyn.Admin'] }, mapping);
    expect(p.roles).toEqual([{ role: 'auditor' }, { role: 'admin' }]);
    expect(() => principalFromProviderClaims({ sub: 's', roles: [{ role: 'overlord' }] }, mapping)).toThrow(expect.objectContaining({ statusCode: 401, code: 'UNAUTHENTICATED' }));
    expect(principalFromProviderClaims({ sub: 's', roles: [{ role: 'reviewer', stakeholder: 'uh' }] }, EMPTY_ROLE_MAPPING).roles).toEqual([{ role: 'reviewer', stakeholder: 'uh' }]);
    expect(() => principalFromProviderClaims({ sub: 's', roles: [{ role: 'reviewer' }] }, mapping)).toThrow(expect.objectContaining({ statusCode: 401 }));
    // Entries that are not Samsyn's shape at all belong to another system and are passed over.
    expect(principalFromProviderClaims({ sub: 's', roles: [42, { scope: 'x' }, null, 'Samsyn.Admin'] }, mapping).roles).toEqual([{ role: 'admin' }]);
  });

  it('takes the principal id from the configured claim', () => {
    const byOid = parseRoleMapping('{"claims": {"id": "oid", "name": "preferred_username"}}', 'test');
    expect(principalFromProviderClaims({ sub: 'pairwise-123', oid: '6f1c-…', preferred_username: 'anna@uppsala.se' }, byOid)).toEqual({ id: '6f1c-…', name: 'anna@uppsala.se', roles: [] });
    expect(() => principalFromProviderClaims({ sub: 'pairwise-123' }, byOid)).toThrow(expect.objectContaining({ statusCode: 401, message: expect.stringContaining('"oid"') }));
    expect(() => principalFromProviderClaims({ sub: '' }, mapping)).toThrow(expect.objectContaining({ statusCode: 401 }));
  });

  it('never reads Object’s own members as claims or as mapped names', () => {
    expect(claimAt({}, 'constructor')).toBeUndefined();
    expect(claimAt({ a: {} }, 'a.toString')).toBeUndefined();
    expect(principalFromProviderClaims({ sub: 'x', groups: ['toString', 'hasOwnProperty'] }, mapping).roles).toEqual([]);
    expect(principalFromProviderClaims({ sub: 'x', groups: ['constructor'] }, mapping).roles).toEqual([{ role: 'auditor' }]);
    const byProto = parseRoleMapping('{"claims": {"id": "__proto__"}}', 'test');
    expect(() => principalFromProviderClaims({ sub: 'x' }, byProto)).toThrow(expect.objectContaining({ statusCode: 401 }));
  });
});
