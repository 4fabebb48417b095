export * from './catch-up-subscription';
