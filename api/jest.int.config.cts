/**
 * API integration tests: each file starts the real Nest app on a fresh database
 * (SQLite file, or PostgreSQL when TEST_DATABASE_URL is set) and speaks HTTP to it.
 */
module.exports = {
  displayName: 'api-int',
  preset: '../jest.preset.js',
  testEnvironment: 'node',
  transform: { '^.+\\.[tj]s$': require('./jest.swc.cjs') },
  moduleFileExtensions: ['ts', 'js', 'html'],
  testMatch: ['<rootDir>/src/**/*.int.spec.ts'],
  testTimeout: 30000,
  coverageDirectory: '../coverage/api-int',
};
