const BOUND_GLOBALS = '<rootDir>/test/jest/bound-globals.js';

/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  setupFilesAfterEnv: ['<rootDir>/test/helpers/reset-exit-code.ts'],
  // Two workers on the two cores of CI: jest's default (cores − 1) ran every file one after
  // the other. Test files share nothing but read-only inputs: each writes into its own
  // temporary folders, the web tests listen on port 0, and every LibreOffice has a profile
  // and pipes of its own (docs/performance.md, "Tests").
  maxWorkers: 2,
  // Hooks that build the samples take a few seconds on a quiet machine and many more on a busy
  // CI runner; the default 5 s made the suite fail on load, not on a defect.
  testTimeout: 60_000,
  // Every module, libraries and jest's own matchers included, goes through bound-globals.js: it
  // lets code in jest's vm context read Object, Array, Math… as fast as it does under node
  // (docs/performance.md, "Tests"). TypeScript is compiled by ts-jest first.
  transform: {
    '^.+\\.ts$': [BOUND_GLOBALS, { tsJest: { tsconfig: 'tsconfig.json' } }],
    // Fastify's inject (light-my-request) requires `cookie` 2, an ES module: Node 20 loads it,
    // jest's CommonJS runtime does not, so the web app's tests have it compiled to CommonJS.
    '/node_modules/cookie/.+\\.js$': [
      BOUND_GLOBALS,
      {
        tsJest: {
          tsconfig: { allowJs: true, module: 'commonjs', esModuleInterop: true },
          isolatedModules: true,
        },
      },
    ],
    '\\.c?js$': [BOUND_GLOBALS, {}],
  },
  transformIgnorePatterns: [],
};
