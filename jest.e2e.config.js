/** Browser tests: Web Chat in headless Chromium (needs /usr/bin/chromium). */
module.exports = {
  ...require('./jest.base'),
  testMatch: ['<rootDir>/test/e2e/**/*.test.ts'],
  testTimeout: 120000,
};
