export * from './bpmn-import-error';
export * from './bpmn-to-definition';
export * from './definition-to-bpmn';
export { SAMSYN_NS } from './samsyn-moddle';
export { BpmnTooLargeError, IMPORT_LIMITS } from './import/import-limits';
export { BpmnImportAbortedError, importInWorker, WORKER_LIMITS } from './worker/import-in-worker';
export * from './import-messages';
