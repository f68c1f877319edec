export * from './lib/common';
export * from './lib/framework';
export * from './lib/case';
export * from './lib/people';
export * from './lib/assessment';
export * from './lib/catalogue';
export * from './lib/organisation-admin';
export * from './lib/plans';
