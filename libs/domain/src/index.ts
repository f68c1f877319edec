export * from './lib/domain-error';
export * from './lib/framework/framework-keys';
export * from './lib/framework/framework-validation';
export * from './lib/framework/framework-editions';
export * from './lib/framework/seed/ikast-brande';
export * from './lib/people/access';
export * from './lib/gaps';
