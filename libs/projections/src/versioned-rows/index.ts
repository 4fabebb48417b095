export * from './versioned-table';
export * from './versioned-state';
export * from './versioned-state-store';
export * from './rows-projection';
