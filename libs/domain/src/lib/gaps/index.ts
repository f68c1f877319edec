export * from './gap-types';
export * from './gap-settings';
export * from './gap-profile';
