import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BpmnImportError } from '../bpmn-import-error';
import { fromBpmnXml } from '../bpmn-to-definition';
import { BpmnTooLargeError } from '../import/import-limits';
import { BpmnImportAbortedError, importInWorker } from './import-in-worker';

const MODELLER_MADE = readFileSync(join(__dirname, '..', 'testing', 'modeller-made.bpmn'));

describe('importInWorker: the import in a thread of its own, with a time and a memory limit', () => {
  it('gives what fromBpmnXml gives', async () => {
    const options = { stakeholders: [{ id: 'ksn', name: 'Kommunstyrelsen' }] };
    expect(await importInWorker(MODELLER_MADE, options)).toEqual(await fromBpmnXml(MODELLER_MADE, options));
  });

  it('passes refusals on with their code', async () => {
    await expect(importInWorker('<x/>')).rejects.toBeInstanceOf(BpmnImportError);
    const chain = `<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"><bpmn:process id="P">${Array.from({ length: 1_001 }, (_, i) => `<bpmn:task id="t${i}" />`).join('')}</bpmn:process></bpmn:definitions>`;
    await expect(importInWorker(chain)).rejects.toBeInstanceOf(BpmnTooLargeError);
  });

  it('stops a document that takes longer than its time limit, and the caller goes on', async () => {
    await expect(importInWorker(MODELLER_MADE, {}, { timeoutMs: 1, maxMemoryMb: 256 })).rejects.toEqual(new BpmnImportAbortedError('time'));
  });
});
