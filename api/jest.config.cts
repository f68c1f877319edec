/** Unit tests of the api: no database, no HTTP. */
module.exports = {
  displayName: 'api',
  preset: '../jest.preset.js',
  testEnvironment: 'node',
  transform: { '^.+\\.[tj]s$': require('./jest.swc.cjs') },
  moduleFileExtensions: ['ts', 'js', 'html'],
  testPathIgnorePatterns: ['/node_modules/', '\\.int\\.spec\\.ts$'],
  coverageDirectory: '../coverage/api',
};
