// bpmn-moddle ships types for the BPMN elements only, not for the class itself: the slice used here.
declare module 'bpmn-moddle' {
  export interface ParseWarning {
    message: string;
  }

  export class BpmnModdle {
    constructor(packages?: Record<string, unknown>, options?: Record<string, unknown>);
    create<T = unknown>(type: string, attrs?: Record<string, unknown>): T;
    toXML(element: unknown, options?: { format?: boolean; preamble?: boolean }): Promise<{ xml: string }>;
    fromXML(xml: string, typeName?: string, options?: Record<string, unknown>): Promise<{ rootElement: unknown; warnings: ParseWarning[] }>;
  }
}
