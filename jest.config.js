/** Unit, dialog, conversation and HTTP tests: in-process, no network. */
module.exports = {
  ...require('./jest.base'),
  testMatch: ['<rootDir>/test/**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/test/e2e/'],
};
