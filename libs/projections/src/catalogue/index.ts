export * from './catalogue.projection';
export * from './catalogue.view';
export * from './harmonization-status';
export * from './deviation-diff.view';
export * from './catalogue.queries';
