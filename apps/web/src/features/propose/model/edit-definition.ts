import type { Definition, Handover, Step } from '../../../lib/types';

/** The edits the form offers, as pure functions on a definition (never mutating it). */
const copy = (d: Definition): Definition => structuredClone(d);

const toggle = (list: string[] | undefined, value: string): string[] | undefined => {
  const next = (list ?? []).includes(value) ? (list ?? []).filter((x) => x !== value) : [...(list ?? []), value];
  return next.length ? next : undefined;
};

const setOptional = <T extends object, K extends keyof T>(o: T, k: K, v: T[K] | undefined): void => {
  if (v === undefined || v === '') delete o[k];
  else o[k] = v;
};

export const edits = {
  setPurpose: (d: Definition, purpose: string): Definition => ({ ...copy(d), purpose }),
  toggleParticipant: (d: Definition, s: string): Definition => ({ ...copy(d), participants: toggle(d.participants, s) ?? [] }),
  setStepField: (d: Definition, id: string, field: 'name' | 'performer' | 'description', value: string): Definition => {
    const next = copy(d);
    if (field === 'description') setOptional(next.steps[id], 'description', value);
    else next.steps[id][field] = value;
    return next;
  },
  toggleStepList: (d: Definition, id: string, field: 'terms' | 'systems', value: string): Definition => {
    const next = copy(d);
    setOptional(next.steps[id], field, toggle(next.steps[id][field], value));
    return next;
  },
  addStep: (d: Definition, id: string, step: Step): Definition => {
    const next = copy(d);
    const order = Math.max(0, ...Object.values(next.steps).map((s) => s.order ?? 0)) + 1;
    next.steps[id] = { ...step, order: step.order ?? order };
    return next;
  },
  /** A removed step takes the handovers that name it along. */
  removeStep: (d: Definition, id: string): Definition => {
    const next = copy(d);
    delete next.steps[id];
    for (const [hid, h] of Object.entries(next.handovers)) if (h.from === id || h.to === id) delete next.handovers[hid];
    return next;
  },
  setHandover: (d: Definition, id: string, handover: Handover): Definition => {
    const next = copy(d);
    const h: Handover = { from: handover.from, to: handover.to };
    if (handover.artifact) h.artifact = handover.artifact;
    if (handover.terms?.length) h.terms = handover.terms;
    next.handovers[id] = h;
    return next;
  },
  removeHandover: (d: Definition, id: string): Definition => {
    const next = copy(d);
    delete next.handovers[id];
    return next;
  },
};
