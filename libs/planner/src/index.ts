export * from './lib/plan-types';
export * from './lib/scoring';
export * from './lib/formulation';
export * from './lib/on-the-job';
export * from './lib/solver';
export * from './lib/planner';
export * from './lib/greedy';
