/**
 * BPMN import time against document size, up to the 1 MB body limit (a script, not a test):
 *   TS_NODE_SWC=true TS_NODE_TRANSPILE_ONLY=true node -r ts-node/register -r tsconfig-paths/register test/bench/bpmn-import.ts
 * Linear time shows as a flat ms/KB column.
 */
import { bpmnImportWorkload } from './workloads/bpmn-import';

const main = async () => {
  const rows = await bpmnImportWorkload([50, 100, 200, 400, 600, 800, 1_000]);
  process.stdout.write('| tasks | KB | median ms | ms/KB | heap MB |\n|---|---|---|---|---|\n');
  for (const r of rows) process.stdout.write(`| ${r.tasks} | ${Math.round(r.bytes / 1024)} | ${r.medianMs} | ${r.msPerKb} | ${r.heapMb} |\n`);
};
void main();
