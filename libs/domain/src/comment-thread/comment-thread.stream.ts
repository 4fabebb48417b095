/** One stream per thread; the thread id is encoded so a client's id is always a valid stream name. */
export const COMMENT_THREAD_STREAM_PREFIX = 'comment-thread-';
export const commentThreadStream = (threadId: string): string => `${COMMENT_THREAD_STREAM_PREFIX}${encodeURIComponent(threadId)}`;
