import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { Proposal } from '../../../lib/types';
import type { PatchOp } from '../model/build-patch';

/** A warning of the BPMN import (docs/bpmn.md): translated by its code, never shown from the file itself. */
export interface BpmnWarning {
  code: string;
  params: Record<string, string | number>;
  message: string;
}

/** POST /processes/:id/proposals/from-bpmn?preview=1: the change the diagram makes, written nowhere. */
export interface BpmnProposalPreview {
  baseRevision: number;
  changes: PatchOp[];
  requiredLevel: 'object' | 'administration' | 'portfolio';
  warnings: BpmnWarning[];
  unmatched: { element: string; elementId: string; name: string; id: string }[];
}

const fromBpmn = (processId: string) => `/processes/${encodeURIComponent(processId)}/proposals/from-bpmn`;
const BPMN = 'application/bpmn+xml';

/** Reads a .bpmn file into the change it proposes (the API imports it; the browser never parses it). */
export const usePreviewFromBpmn = (processId: string) =>
  useMutation({ mutationFn: (file: Blob) => api.post<BpmnProposalPreview>(fromBpmn(processId), file, { contentType: BPMN, params: { preview: 1 } }) });

/** Sends the diagram as a change proposal with its rationale. */
export const useSubmitFromBpmn = (processId: string) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ file, rationale }: { file: Blob; rationale: string }) => api.post<Proposal>(fromBpmn(processId), file, { contentType: BPMN, params: { rationale } }),
    onSuccess: () => queryClient.invalidateQueries(),
  });
};
