import { fromBpmnXml } from '@samsyn/bpmn';

/** About what a tool writes as a step's documentation: 1,000 tasks make a document near the 1 MB body limit. */
const DESCRIPTION = 'Handläggaren går igenom ärendet, kontrollerar underlaget mot gällande riktlinjer och dokumenterar sin bedömning i ärendehanteringssystemet. '.repeat(5);

/** A tool-like document of `tasks` tasks in two pools: lanes, a gateway every 10 tasks, a message flow every 50, names with line breaks. */
export const bpmnDocument = (tasks: number): string => {
  const half = Math.ceil(tasks / 2);
  const pool = (p: number, from: number, to: number) => {
    const nodes: string[] = [];
    for (let i = from; i < to; i++) {
      nodes.push(`<task id="T${i}" name="Uppgift&#10;nummer ${i}"><documentation>Steg ${i}. ${DESCRIPTION}</documentation></task>`);
      if (i === from) continue;
      if ((i - from) % 10 === 0) {
        nodes.push(`<exclusiveGateway id="G${i}" name="Klart?" />`);
        nodes.push(`<sequenceFlow id="F${i}a" sourceRef="T${i - 1}" targetRef="G${i}" />`);
        nodes.push(`<sequenceFlow id="F${i}b" name="Ja" sourceRef="G${i}" targetRef="T${i}"><conditionExpression>klart</conditionExpression></sequenceFlow>`);
        nodes.push(`<sequenceFlow id="F${i}c" name="Nej" sourceRef="G${i}" targetRef="T${i - 1}" />`);
      } else nodes.push(`<sequenceFlow id="F${i}" name="Underlag ${i}" sourceRef="T${i - 1}" targetRef="T${i}" />`);
    }
    const lane = (l: number, ids: string[]) => `<lane id="L${p}_${l}" name="Bana ${l}">${ids.map((id) => `<flowNodeRef>${id}</flowNodeRef>`).join('')}</lane>`;
    const ids = Array.from({ length: to - from }, (_, k) => `T${from + k}`);
    return `<process id="P${p}" name="Process ${p}"><laneSet id="LS${p}">${lane(0, ids.filter((_, k) => k % 2 === 0))}${lane(1, ids.filter((_, k) => k % 2 === 1))}</laneSet>${nodes.join('')}</process>`;
  };
  const messages = Array.from({ length: Math.floor(half / 50) }, (_, k) => `<messageFlow id="M${k}" name="Meddelande ${k}" sourceRef="T${k * 50}" targetRef="T${half + k * 50}" />`).join('');
  return `<?xml version="1.0" encoding="UTF-8"?><definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" id="D" targetNamespace="x"><collaboration id="C"><participant id="A" name="Kommunstyrelsen" processRef="P0" /><participant id="B" name="Uppsalahem AB" processRef="P1" />${messages}</collaboration>${pool(0, 0, half)}${pool(1, half, tasks)}</definitions>`;
};

export interface BpmnImportRow {
  tasks: number;
  bytes: number;
  medianMs: number;
  msPerKb: number;
  heapMb: number;
}

/** Import time against document size: the median of `runs` imports per size, and the heap growth of one. */
export const bpmnImportWorkload = async (sizes: number[], runs = 5): Promise<BpmnImportRow[]> => {
  const stakeholders = [{ id: 'ksn', name: 'Kommunstyrelsen' }, { id: 'uh', name: 'Uppsalahem AB' }];
  const rows: BpmnImportRow[] = [];
  for (const tasks of sizes) {
    const xml = bpmnDocument(tasks);
    const bytes = Buffer.byteLength(xml);
    const times: number[] = [];
    let heapMb = 0;
    for (let r = 0; r < runs; r++) {
      const heap = process.memoryUsage().heapUsed;
      const start = performance.now();
      await fromBpmnXml(Buffer.from(xml), { stakeholders });
      times.push(performance.now() - start);
      heapMb = Math.max(heapMb, (process.memoryUsage().heapUsed - heap) / 1e6);
    }
    const medianMs = times.sort((a, b) => a - b)[Math.floor(runs / 2)];
    rows.push({ tasks, bytes, medianMs: Math.round(medianMs * 10) / 10, msPerKb: Math.round((medianMs / (bytes / 1024)) * 1000) / 1000, heapMb: Math.round(heapMb) });
  }
  return rows;
};
