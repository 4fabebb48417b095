import { fromBpmnXml } from './bpmn-to-definition';
import { BpmnImportError } from './bpmn-import-error';
import { BpmnTooLargeError, IMPORT_LIMITS } from './import/import-limits';

const NS = 'xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"';
const doc = (body: string) => `<?xml version="1.0" encoding="UTF-8"?><bpmn:definitions ${NS} id="D" targetNamespace="x"><bpmn:process id="P" name="P"><bpmn:documentation>p</bpmn:documentation>${body}</bpmn:process></bpmn:definitions>`;
const task = (i: number) => `<bpmn:task id="t${i}" name="Uppgift ${i}" />`;
const flow = (id: string, from: string, to: string, name = '') => `<bpmn:sequenceFlow id="${id}"${name ? ` name="${name}"` : ''} sourceRef="${from}" targetRef="${to}" />`;

/** Tasks 0..n-1, each to the next. */
const chain = (n: number) => doc(Array.from({ length: n }, (_, i) => task(i) + (i > 0 ? flow(`f${i}`, `t${i - 1}`, `t${i}`, 'Underlag') : '')).join(''));
/** n tasks into one gateway, and out of it to n other tasks: n² paths. */
const fanOut = (n: number) =>
  doc(
    '<bpmn:exclusiveGateway id="g" />' +
      Array.from({ length: n }, (_, i) => `${task(i)}<bpmn:task id="u${i}" name="U${i}" />${flow(`in${i}`, `t${i}`, 'g')}${flow(`out${i}`, 'g', `u${i}`)}`).join(''),
  );

describe('fromBpmnXml is bounded: past IMPORT_LIMITS a document is refused as a whole, cheaply', () => {
  it('a chain of as many tasks as a definition may hold imports, ordered along the chain', async () => {
    const { definition } = await fromBpmnXml(chain(IMPORT_LIMITS.maxSteps));
    expect(Object.keys(definition.steps)).toHaveLength(IMPORT_LIMITS.maxSteps);
    expect(Object.keys(definition.handovers)).toHaveLength(IMPORT_LIMITS.maxSteps - 1);
    expect(definition.steps[`t${IMPORT_LIMITS.maxSteps - 1}`].order).toBe(IMPORT_LIMITS.maxSteps);
  });

  it('a longer chain is refused with BPMN_TOO_LARGE (steps)', async () => {
    await expect(fromBpmnXml(chain(IMPORT_LIMITS.maxSteps + 1))).rejects.toMatchObject({ code: 'BPMN_TOO_LARGE', limit: 'steps', max: IMPORT_LIMITS.maxSteps });
  });

  it('500 tasks into one gateway and out to 500 others (250,000 paths) are refused, not walked', async () => {
    const attempt = fromBpmnXml(fanOut(500));
    await expect(attempt).rejects.toBeInstanceOf(BpmnTooLargeError);
    await expect(attempt).rejects.toMatchObject({ code: 'BPMN_TOO_LARGE' });
  });

  it('a fan-out within the bounds imports with one handover per path and collapsed warnings', async () => {
    const { definition, warnings } = await fromBpmnXml(fanOut(30));
    expect(Object.keys(definition.handovers)).toHaveLength(900);
    expect(warnings.length).toBeLessThan(10);
    expect(warnings).toContainEqual({ code: 'more-like-above', params: { count: 897, of: 'no-artifact' }, message: '… and 897 more like the above' });
  });

  it('more XML elements than allowed are refused before parsing', async () => {
    const many = doc('<bpmn:task id="t" name="x" />' + '<bpmn:textAnnotation id="a" />'.repeat(IMPORT_LIMITS.maxElements));
    await expect(fromBpmnXml(many)).rejects.toMatchObject({ code: 'BPMN_TOO_LARGE', limit: 'elements' });
  });

  it('encodings: UTF-16 BE without a mark, windows-1252 declared; a malformed document names a line, never its content', async () => {
    const text = doc('<bpmn:task id="t" name="Åtgärda fel" />');
    const be = Buffer.from(text, 'utf16le').swap16();
    expect((await fromBpmnXml(be)).definition.steps.t.name).toBe('Åtgärda fel');
    const latin = Buffer.from(text.replace('UTF-8', 'windows-1252'), 'latin1');
    expect((await fromBpmnXml(latin)).definition.steps.t.name).toBe('Åtgärda fel');
    const broken = fromBpmnXml(`<bpmn:definitions ${NS}><secret-token-123>`);
    await expect(broken).rejects.toBeInstanceOf(BpmnImportError);
    await expect(broken).rejects.not.toThrow(/secret-token/);
  });
});
