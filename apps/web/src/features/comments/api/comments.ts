import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { useApiQuery } from '../../../lib/use-api-query';
import type { Comments, CommentsTarget } from '../model/comments';

const pathOf = (t: CommentsTarget) => `/${t.kind === 'proposal' ? 'proposals' : 'processes'}/${encodeURIComponent(t.id)}/comments`;

export const useComments = (target: CommentsTarget) => useApiQuery<Comments>(['comments', target.kind, target.id], pathOf(target));

/** Who an @mention can name (GET /principals), for the autocomplete. */
export const usePrincipals = () => useApiQuery<{ id: string }[]>(['principals'], '/principals', undefined, { staleTime: 60_000 });

const useCommentsMutation = <I>(target: CommentsTarget, fn: (input: I) => Promise<unknown>) => {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => queryClient.invalidateQueries({ queryKey: ['comments', target.kind, target.id] }) });
};

/** A new thread (on the target or one of its steps), or a reply with `thread`. */
export const usePostComment = (target: CommentsTarget) =>
  useCommentsMutation(target, (input: { text: string; step?: string; thread?: string }) => {
    const path = input.step ? `/processes/${encodeURIComponent(target.id)}/steps/${encodeURIComponent(input.step)}/comments` : pathOf(target);
    return api.post(path, input.thread ? { text: input.text, thread: input.thread } : { text: input.text });
  });

export const useEditComment = (target: CommentsTarget) =>
  useCommentsMutation(target, (input: { thread: string; comment: string; text: string }) =>
    api.patch(`/comments/${encodeURIComponent(input.thread)}/${encodeURIComponent(input.comment)}`, { text: input.text }),
  );

export const useThreadStatus = (target: CommentsTarget) =>
  useCommentsMutation(target, (input: { thread: string; action: 'resolve' | 'reopen' }) => api.post(`/comments/${encodeURIComponent(input.thread)}/${input.action}`, undefined));
