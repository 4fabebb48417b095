import 'reflect-metadata';
import fc from 'fast-check';
import { governanceBodyDecider, stakeholderDecider, systemDecider, termDecider, type Principal } from '@samsyn/domain';
import { createValidationPipe } from '../../apps/api/src/infrastructure/errors/validation';
import { EstablishBodyRequestDto } from '../../apps/api/src/modules/bodies/commands/establish-body/establish-body.request.dto';
import { SetBodyMembersRequestDto } from '../../apps/api/src/modules/bodies/commands/set-body-members/set-body-members.request.dto';
import { RegisterStakeholderRequestDto } from '../../apps/api/src/modules/stakeholders/commands/register-stakeholder/register-stakeholder.request.dto';
import { RenameStakeholderRequestDto } from '../../apps/api/src/modules/stakeholders/commands/rename-stakeholder/rename-stakeholder.request.dto';
import { RetireStakeholderRequestDto } from '../../apps/api/src/modules/stakeholders/commands/retire-stakeholder/retire-stakeholder.request.dto';
import { RegisterSystemRequestDto } from '../../apps/api/src/modules/systems/commands/register-system/register-system.request.dto';
import { RetireSystemRequestDto } from '../../apps/api/src/modules/systems/commands/retire-system/retire-system.request.dto';
import { DefineTermRequestDto } from '../../apps/api/src/modules/terms/commands/define-term/define-term.request.dto';
import { DeprecateTermRequestDto } from '../../apps/api/src/modules/terms/commands/deprecate-term/deprecate-term.request.dto';
import { ReviseTermRequestDto } from '../../apps/api/src/modules/terms/commands/revise-term/revise-term.request.dto';
import * as writes from '../../apps/web/src/features/registers/model/register-writes';
import { formFieldOf, ruleOfApiMessage } from '../../apps/web/src/lib/field-rules';

/**
 * The admin forms check "with the same rules the API answers" (issue 11): for random form input,
 * the page sends a write exactly when the API's validation (the real pipe and request DTO) and
 * the domain's own checks (the real decider, in a world where every referenced resource exists)
 * would both accept it; and every field message the API gives for these writes is one the page
 * can say as a sentence.
 */
const admin: Principal = { id: 'admin', roles: [{ role: 'admin' }] };
const context = { principal: admin, now: '2025-01-10T09:00:00.000Z' };
const pipe = createValidationPipe();

const apiFieldErrors = async (dto: unknown, body: unknown): Promise<{ field: string; errors: string[] }[]> => {
  try {
    await pipe.transform(body, { type: 'body', metatype: dto as never, data: '' });
    return [];
  } catch (e) {
    return (e as { details?: { field: string; errors: string[] }[] }).details ?? [{ field: '?', errors: [String(e)] }];
  }
};
const domainAccepts = (decide: () => unknown): boolean => {
  try {
    decide();
    return true;
  } catch (e) {
    if ((e as Error).name !== 'DomainError') throw e;
    return false;
  }
};

const live = { exists: true, retired: false, deprecated: false };
type Case = { write: writes.RegisterWrite; dto: unknown; fields: Record<string, fc.Arbitrary<string>>; decide: (body: Record<string, unknown>, values: writes.Values) => unknown };

const text = (max: number) => fc.oneof(fc.constantFrom('', ' ', '  x  ', 'Kommunstyrelsen', 'å'.repeat(max), 'a'.repeat(max + 1), ` ${'a'.repeat(max)} `), fc.string({ maxLength: 12 }));
const id = fc.oneof(fc.constantFrom('', ' ', 'ksn', 'Ksn', 'kultur-nam', 'a b', '-x', '.x', 'x.y_z', 'å', 'a'.repeat(100), 'a'.repeat(101), ' ksn '), fc.stringMatching(/^[a-z0-9][a-z0-9._-]{0,12}$/), fc.string({ maxLength: 8 }));
const members = fc.oneof(fc.constantFrom('', 'anna', 'anna, bjorn', 'anna\n\n bjorn ,', ' , ', 'x'.repeat(201), Array.from({ length: 501 }, (_, i) => `p${i}`).join(',')), fc.string({ maxLength: 10 }));
const chosen = fc.constantFrom('', 'x1');

const CASES: Record<string, Case> = {
  registerStakeholder: {
    write: writes.registerStakeholder,
    dto: RegisterStakeholderRequestDto,
    fields: { id, name: text(200), kind: fc.constantFrom('', 'committee', 'company', 'administration', 'office', 'bolag') },
    decide: (body) => stakeholderDecider.decide({ type: 'RegisterStakeholder', data: body as never, context }, stakeholderDecider.initialState()),
  },
  renameStakeholder: {
    write: writes.renameStakeholder,
    dto: RenameStakeholderRequestDto,
    fields: { stakeholder: chosen, name: text(200) },
    decide: (body, x) => stakeholderDecider.decide({ type: 'RenameStakeholder', data: { id: x.stakeholder, ...body } as never, context }, { ...live, id: x.stakeholder, name: 'Old name', kind: 'committee' }),
  },
  retireStakeholder: {
    write: writes.retireStakeholder,
    dto: RetireStakeholderRequestDto,
    fields: { stakeholder: chosen, reason: text(2000) },
    decide: (body, x) => stakeholderDecider.decide({ type: 'RetireStakeholder', data: { id: x.stakeholder, ...body } as never, context }, { ...live, id: x.stakeholder, name: 'N', kind: 'committee' }),
  },
  establishBody: {
    write: writes.establishBody,
    dto: EstablishBodyRequestDto,
    fields: { id, name: text(200), level: fc.constantFrom('', 'object', 'administration', 'portfolio', 'team'), parent: fc.oneof(id, fc.constant('')), members },
    decide: (body) => {
      const level = writes.PARENT_LEVEL[body.level as keyof typeof writes.PARENT_LEVEL];
      const parentBody = typeof body.parent === 'string' && level ? { exists: true, id: body.parent, name: 'P', level, parent: null, members: [] } : undefined;
      return governanceBodyDecider.decide({ type: 'EstablishGovernanceBody', data: body as never, refs: { parentBody }, context }, governanceBodyDecider.initialState());
    },
  },
  setBodyMembers: {
    write: writes.setBodyMembers,
    dto: SetBodyMembersRequestDto,
    fields: { body: chosen, members },
    decide: (body, x) => governanceBodyDecider.decide({ type: 'SetGovernanceBodyMembers', data: { id: x.body, ...body } as never, context }, { exists: true, id: x.body, name: 'B', level: 'object', parent: 'p', members: [] }),
  },
  defineTerm: {
    write: writes.defineTerm,
    dto: DefineTermRequestDto,
    fields: { id, label: text(200), definition: text(5000) },
    decide: (body) => termDecider.decide({ type: 'DefineTerm', data: body as never, context }, termDecider.initialState()),
  },
  reviseTerm: {
    write: writes.reviseTerm,
    dto: ReviseTermRequestDto,
    fields: { term: chosen, label: text(200), definition: text(5000) },
    decide: (body, x) => termDecider.decide({ type: 'ReviseTerm', data: { id: x.term, ...body } as never, context }, { ...termDecider.initialState(), exists: true, id: x.term, label: 'L', definition: 'D', version: 1 }),
  },
  deprecateTerm: {
    write: writes.deprecateTerm,
    dto: DeprecateTermRequestDto,
    // The form offers the other terms as replacements, never the term itself.
    fields: { term: chosen, reason: text(2000), replacedBy: fc.oneof(fc.constant(''), id.filter((s) => s.trim() !== 'x1')) },
    decide: (body, x) => {
      const replacement = typeof body.replacedBy === 'string' ? { ...termDecider.initialState(), exists: true, id: body.replacedBy } : undefined;
      return termDecider.decide({ type: 'DeprecateTerm', data: { id: x.term, ...body } as never, refs: { replacement }, context }, { ...termDecider.initialState(), exists: true, id: x.term });
    },
  },
  registerSystem: {
    write: writes.registerSystem,
    dto: RegisterSystemRequestDto,
    fields: { id, name: text(200), ownerStakeholder: id, governingBody: id },
    decide: (body) => {
      const refs = { owner: { ...live, id: body.ownerStakeholder as string, name: 'O', kind: 'committee' as const }, body: { exists: true, id: body.governingBody as string, name: 'B', level: 'object' as const, parent: 'p', members: [] } };
      return systemDecider.decide({ type: 'RegisterSystem', data: body as never, refs, context }, systemDecider.initialState());
    },
  },
  retireSystem: {
    write: writes.retireSystem,
    dto: RetireSystemRequestDto,
    fields: { system: chosen, reason: text(2000) },
    decide: (body, x) => systemDecider.decide({ type: 'RetireSystem', data: { id: x.system, ...body } as never, context }, { ...systemDecider.initialState(), exists: true, id: x.system }),
  },
};

describe('the admin forms check the API’s rules', () => {
  it('covers every register write the API has', () => {
    expect(Object.keys(CASES).sort()).toEqual(Object.keys(writes).filter((k) => typeof (writes as Record<string, unknown>)[k] === 'object' && 'request' in ((writes as Record<string, object>)[k] ?? {})).sort());
  });

  it.each(Object.entries(CASES))('%s: the page sends exactly what the API and the domain accept, and can say every field error', async (_name, c) => {
    await fc.assert(
      fc.asyncProperty(fc.record(c.fields), async (values) => {
        const problems = c.write.validate(values);
        const { body } = c.write.request(values);
        const apiErrors = await apiFieldErrors(c.dto, body);
        // A write about a chosen resource needs one chosen: without it there is no route to send to.
        const routed = Object.keys(c.fields).every((f) => c.fields[f] !== chosen || values[f] !== '');
        const accepted = routed && apiErrors.length === 0 && domainAccepts(() => c.decide(body, values));
        expect({ values, clientAccepts: problems.length === 0 }).toEqual({ values, clientAccepts: accepted });
        for (const { field, errors } of apiErrors) {
          for (const message of errors) expect({ field, message, rule: ruleOfApiMessage(field, message) }).toEqual({ field, message, rule: expect.objectContaining({ field }) });
          // The page marks the same field the API names (members.3 is the members field).
          if (problems.length > 0) expect(problems.map((p) => p.field)).toContain(formFieldOf(field));
        }
      }),
      { numRuns: 300 },
    );
  });
});
