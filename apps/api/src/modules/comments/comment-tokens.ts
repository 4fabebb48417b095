/** The comments module's own executor on the shared store (the same read-fold-decide-append path as every command). */
export const COMMENT_EXECUTOR = Symbol('CommentExecutor');
