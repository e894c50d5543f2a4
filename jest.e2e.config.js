/** Browser tests: Web Chat in headless Chromium (needs /usr/bin/chromium). */
const { base } = require('./jest.config');
module.exports = { ...base, testMatch: ['<rootDir>/test/e2e/**/*.test.ts'], testTimeout: 120000 };
