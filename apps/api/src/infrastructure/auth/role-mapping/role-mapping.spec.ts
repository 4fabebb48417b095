import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { DEFAULT_CLAIM_NAMES, loadRoleMapping, parseRoleMapping } from './role-mapping';

const parse = (json: unknown) => parseRoleMapping(typeof json === 'string' ? json : JSON.stringify(json), 'roles.json');

describe('SAMSYN_ROLE_MAPPING file', () => {
  it('reads groups, roles and claim names', () => {
    const m = parse({
      groups: { 'a1b2-ksn-reviewers': [{ role: 'reviewer', stakeholder: 'ksn' }], 'uh-owners': [{ role: 'process-owner', stakeholder: 'uh' }, { role: 'reviewer', stakeholder: 'uh' }] },
      roles: { 'Samsyn.Admin': [{ role: 'admin' }], 'Samsyn.Auditor': [{ role: 'auditor' }] },
      claims: { id: 'oid', groups: 'groups', roles: ['roles', 'realm_access.roles'] },
    });
    expect(m.groups.get('uh-owners')).toEqual([{ role: 'process-owner', stakeholder: 'uh' }, { role: 'reviewer', stakeholder: 'uh' }]);
    expect(m.roles.get('Samsyn.Admin')).toEqual([{ role: 'admin' }]);
    expect(m.claims).toEqual({ id: 'oid', name: 'name', groups: ['groups'], roles: ['roles', 'realm_access.roles'] });
  });

  it('defaults: no tables, claims sub / name / groups / roles', () => {
    const m = parse({});
    expect(m.groups.size + m.roles.size).toBe(0);
    expect(m.claims).toEqual(DEFAULT_CLAIM_NAMES);
  });

  it('keeps names such as constructor and __proto__ as data, never as Object’s own members', () => {
    const m = parse('{"groups": {"constructor": [{"role":"admin"}], "__proto__": [{"role":"auditor"}]}, "roles": {}}');
    expect(m.groups.get('constructor')).toEqual([{ role: 'admin' }]);
    expect(m.groups.get('__proto__')).toEqual([{ role: 'auditor' }]);
    expect(m.roles.get('toString')).toBeUndefined();
  });

  it.each([
    ['bad JSON', '{"groups": {', /roles\.json\): file: not valid JSON/],
    ['not an object', '[1]', /file: must be a JSON object/],
    ['a misspelt top-level key', { group: {} }, /file: unknown key "group"/],
    ['an unknown role', { roles: { X: [{ role: 'superuser' }] } }, /roles\["X"\]\[0\]: unknown role "superuser"/],
    ['a reviewer without stakeholder', { groups: { g: [{ role: 'reviewer' }] } }, /groups\["g"\]\[0\]: reviewer needs a stakeholder/],
    ['a process owner with an empty stakeholder', { groups: { g: [{ role: 'process-owner', stakeholder: ' ' }] } }, /process-owner needs a stakeholder/],
    ['an admin with a stakeholder', { roles: { A: [{ role: 'admin', stakeholder: 'ksn' }] } }, /admin applies to every organisation/],
    ['a role that is a string', { roles: { A: ['admin'] } }, /each role must be an object/],
    ['grants that are not a list', { roles: { A: { role: 'admin' } } }, /roles\["A"\]: must be a list of roles/],
    ['an unknown key in a role', { roles: { A: [{ role: 'admin', org: 'x' }] } }, /unknown key "org"/],
    ['an empty name', { groups: { '': [] } }, /must not be empty/],
    ['an unknown claims key', { claims: { group: 'groups' } }, /claims: unknown key "group"/],
    ['an empty claim path part', { claims: { roles: ['realm_access..roles'] } }, /claims\.roles\[0\]: must be a claim name or a dot path/],
  ])('refuses %s, naming the file and the place', (_, json, message) => {
    expect(() => parse(json)).toThrow(message);
  });

  it('names a file that cannot be read', () => {
    const missing = path.join(os.tmpdir(), 'samsyn-no-such-mapping.json');
    expect(() => loadRoleMapping(missing)).toThrow(`SAMSYN_ROLE_MAPPING (${missing}): file: cannot be read (ENOENT)`);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'samsyn-mapping-'));
    fs.writeFileSync(path.join(dir, 'roles.json'), '{"roles": {"Samsyn.Admin": [{"role": "admin"}]}}');
    expect(loadRoleMapping(path.join(dir, 'roles.json')).roles.get('Samsyn.Admin')).toEqual([{ role: 'admin' }]);
  });
});
