import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { BpmnImportError, type InvalidBpmnReason } from '../bpmn-import-error';
import { refusalMessage, type MessageParams, type RefusalReason } from '../import-messages';
import type { BpmnImport, BpmnImportOptions } from '../bpmn-to-definition';
import { BpmnTooLargeError } from '../import/import-limits';

export interface WorkerLimits {
  /** Wall-clock time the import may take before its thread is stopped. */
  timeoutMs: number;
  /** The worker's own heap (V8 old generation), so one document cannot take the server's memory. */
  maxMemoryMb: number;
}

type TooLargeLimit = RefusalReason<'BPMN_TOO_LARGE'>;

export const WORKER_LIMITS: WorkerLimits = { timeoutMs: 5_000, maxMemoryMb: 256 };

/** A document the worker had to be stopped for: over its time or memory. HTTP 422. */
export class BpmnImportAbortedError extends Error {
  readonly code = 'BPMN_TOO_COMPLEX';
  readonly params: MessageParams = {};

  constructor(readonly reason: 'time' | 'memory') {
    super(refusalMessage('BPMN_TOO_COMPLEX', reason, {}));
    this.name = 'BpmnImportAbortedError';
  }
}

/**
 * The worker loads the compiled import (dist) when it runs from dist, else the TypeScript sources
 * through swc (tests and ts runs), resolving the @samsyn/* aliases the way tsconfig.json does.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const path = require('node:path');
const fs = require('node:fs');
const Module = require('node:module');
const { entry, root, typescript } = workerData;
if (!typescript) require(path.join(root, 'bin', 'register-aliases.js'));
if (typescript) {
  const swc = require(require.resolve('@swc/core', { paths: [root] }));
  Module._extensions['.ts'] = (module, filename) => {
    const out = swc.transformSync(fs.readFileSync(filename, 'utf8'), { filename, jsc: { parser: { syntax: 'typescript' }, target: 'es2022' }, module: { type: 'commonjs' } });
    module._compile(out.code, filename);
  };
  const resolve = Module._resolveFilename;
  Module._resolveFilename = function (request, parent, ...rest) {
    const alias = /^@samsyn\\/([^/]+)(?:\\/(.*))?$/.exec(request);
    if (alias) request = path.join(root, 'libs', alias[1], 'src', alias[2] || 'index');
    if (request.startsWith('.') || alias) {
      const base = path.resolve(alias ? '' : path.dirname(parent.filename), request);
      for (const candidate of [base + '.ts', path.join(base, 'index.ts')]) if (fs.existsSync(candidate)) return candidate;
    }
    return resolve.call(this, request, parent, ...rest);
  };
}
const { fromBpmnXml } = require(entry);
parentPort.once('message', async ({ input, options }) => {
  try {
    parentPort.postMessage({ ok: true, result: await fromBpmnXml(input, options) });
  } catch (e) {
    parentPort.postMessage({ ok: false, error: { name: e && e.name, code: e && e.code, message: String(e && e.message), reason: e && e.reason, params: e && e.params, limit: e && e.limit, max: e && e.max } });
  }
});
`;

const locate = () => {
  const compiled = join(__dirname, '..', 'bpmn-to-definition.js');
  if (existsSync(compiled)) return { entry: compiled, typescript: false };
  return { entry: join(__dirname, '..', 'bpmn-to-definition.ts'), typescript: true };
};

/**
 * fromBpmnXml in a thread of its own, with a time limit and a memory limit: the event loop of the
 * caller (the HTTP server) stays free, and a document that is too costly stops only its thread.
 */
export const importInWorker = (input: Uint8Array | string, options: BpmnImportOptions = {}, limits: WorkerLimits = WORKER_LIMITS): Promise<BpmnImport> =>
  new Promise((resolve, reject) => {
    const { entry, typescript } = locate();
    const root = join(__dirname, '..', '..', '..', '..', ...(typescript ? [] : ['..']));
    const worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: { entry, root, typescript },
      resourceLimits: { maxOldGenerationSizeMb: limits.maxMemoryMb, maxYoungGenerationSizeMb: Math.min(32, limits.maxMemoryMb / 4) },
    });
    let settled = false;
    const settle = (fn: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      fn();
    };
    const timer = setTimeout(() => settle(() => reject(new BpmnImportAbortedError('time'))), limits.timeoutMs);
    worker.once('message', (m: { ok: true; result: BpmnImport } | { ok: false; error: { name?: string; code?: string; message: string; reason?: InvalidBpmnReason; params?: MessageParams; limit?: TooLargeLimit; max?: number } }) =>
      settle(() => {
        if (m.ok) return resolve(m.result);
        const e = m.error;
        if (e.code === 'INVALID_BPMN' && e.reason) return reject(new BpmnImportError(e.reason, e.params));
        if (e.code === 'BPMN_TOO_LARGE' && e.limit) return reject(new BpmnTooLargeError(e.limit, e.max ?? 0));
        reject(new Error(e.message));
      }),
    );
    worker.once('error', (e: Error & { code?: string }) => settle(() => reject(e.code === 'ERR_WORKER_OUT_OF_MEMORY' ? new BpmnImportAbortedError('memory') : e)));
    worker.once('exit', () => settle(() => reject(new BpmnImportAbortedError('memory'))));
    worker.postMessage({ input, options });
  });
