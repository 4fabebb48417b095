/** The read models that can be kept as system-versioned rows (SAMSYN_READ_MODEL_ROWS;
 * docs/read-model-storage.md). A file of its own: the server's configuration checks the names
 * without loading the read side. */
export const ROW_STORABLE_READ_MODELS = ['proposals', 'process-history', 'my-work', 'stakeholder-history'] as const;

export type RowStorableReadModel = (typeof ROW_STORABLE_READ_MODELS)[number];

export const isRowStorable = (name: string): name is RowStorableReadModel => (ROW_STORABLE_READ_MODELS as readonly string[]).includes(name);
