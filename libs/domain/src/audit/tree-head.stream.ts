/** Every published head in one stream: the last one is the publisher's state. */
export const TREE_HEAD_STREAM = 'audit-tree-heads';
