import type { ArgumentMetadata } from '@nestjs/common';
import { RegisterProcessRequestDto } from '../../modules/processes/commands/register-process/register-process.request.dto';
import { SubmitProposalRequestDto } from '../../modules/proposals/commands/submit-proposal/submit-proposal.request.dto';
import { createValidationPipe } from '../errors/validation';

const body = (metatype: ArgumentMetadata['metatype']): ArgumentMetadata => ({ type: 'body', metatype });

describe('a request body reaches the handler with its keys as sent (ids named like Object.prototype members)', () => {
  const pipe = createValidationPipe();
  const steps = JSON.parse(
    '{"constructor":{"name":"A","performer":"ksn","order":1},"toString":{"name":"B","performer":"ksn","order":2},"valueOf":{"name":"C","performer":"ksn","order":3},"hasOwnProperty":{"name":"D","performer":"ksn","order":4}}',
  );

  it('given a definition with steps constructor, toString, valueOf, hasOwnProperty, the validated request keeps all four', async () => {
    const raw = { id: 'P-1', name: 'P', ownerStakeholder: 'ksn', governingBody: 'obj', definition: { purpose: 'x', participants: ['ksn'], steps, handovers: JSON.parse('{"constructor":{"from":"constructor","to":"toString","artifact":"a"}}') } };
    const dto = (await pipe.transform(JSON.parse(JSON.stringify(raw)), body(RegisterProcessRequestDto))) as RegisterProcessRequestDto;
    expect(dto).toBeInstanceOf(RegisterProcessRequestDto);
    expect(Object.keys((dto.definition as { steps: object }).steps)).toEqual(['constructor', 'toString', 'valueOf', 'hasOwnProperty']);
    expect(Object.keys((dto.definition as { handovers: object }).handovers)).toEqual(['constructor']);
    expect((dto.definition as { steps: Record<string, { name: string }> }).steps['constructor'].name).toBe('A');
  });

  it('a key starting with U+0000 (the mask) is refused, not taken for a masked one', async () => {
    const raw = JSON.parse('{"baseRevision":1,"rationale":"r","changes":[{"op":"add","path":"/steps/x","value":{"\\u0000toString":1}}]}');
    await expect(pipe.transform(raw, body(SubmitProposalRequestDto))).rejects.toMatchObject({ statusCode: 400, code: 'VALIDATION_FAILED' });
  });

  it('given a patch operation whose value holds such keys, the value is kept whole', async () => {
    const raw = { baseRevision: 1, rationale: 'r', changes: [{ op: 'replace', path: '/steps', value: steps }] };
    const dto = (await pipe.transform(JSON.parse(JSON.stringify(raw)), body(SubmitProposalRequestDto))) as SubmitProposalRequestDto;
    expect(Object.keys(dto.changes[0].value as object)).toEqual(['constructor', 'toString', 'valueOf', 'hasOwnProperty']);
  });

  it('unknown fields are still refused', async () => {
    const raw = { id: 'P-1', name: 'P', ownerStakeholder: 'ksn', governingBody: 'obj', definition: { purpose: 'x', participants: ['ksn'], steps: {}, handovers: {} }, extra: 1 };
    await expect(pipe.transform(raw, body(RegisterProcessRequestDto))).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
  });
});

describe('keys of a request body', () => {
  const pipe = createValidationPipe();

  it('constructor and prototype are kept as keys (Nest would delete them without a word)', async () => {
    const steps = JSON.parse('{"constructor":{"name":"A","performer":"ksn","order":1},"prototype":{"name":"B","performer":"ksn","order":2}}');
    const raw = { id: 'P-1', name: 'P', ownerStakeholder: 'ksn', governingBody: 'obj', definition: { purpose: 'x', participants: ['ksn'], steps, handovers: {} } };
    const dto = (await pipe.transform(raw, body(RegisterProcessRequestDto))) as RegisterProcessRequestDto;
    expect(Object.keys((dto.definition as { steps: object }).steps)).toEqual(['constructor', 'prototype']);
  });

  it('a __proto__ key anywhere is refused with 400 naming where', async () => {
    const raw = JSON.parse(
      '{"id":"P-1","name":"P","ownerStakeholder":"ksn","governingBody":"obj","definition":{"purpose":"x","participants":["ksn"],"steps":{"__proto__":{"name":"A","performer":"ksn","order":1}},"handovers":{}}}',
    );
    await expect(pipe.transform(raw, body(RegisterProcessRequestDto))).rejects.toMatchObject({
      statusCode: 400,
      code: 'VALIDATION_FAILED',
      details: [{ field: 'definition.steps.__proto__', errors: ['"__proto__" is not allowed as a key'] }],
    });
  });
});
