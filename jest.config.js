/** Jest: TypeScript through ts-jest (type checking is done once by `tsc` in `npm test`). */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests'],
  testMatch: ['**/*.test.ts'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { diagnostics: false }],
  },
  // A bound for a hung test, not a speed check: the CI machine is a loaded 2-core box, where
  // a bundle test that takes 5 s alone can take a minute (speed is `npm run bench`'s job).
  testTimeout: 300000,
};
