export * from './bpmn-import-error';
export * from './bpmn-to-definition';
export * from './definition-to-bpmn';
export { SAMSYN_NS } from './samsyn-moddle';
