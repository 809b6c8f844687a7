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
  // Both cores: the suite is CPU-bound and no test shares a port, a file or a clock with
  // another, so two workers halve CI's time (Jest's default on 2 cores is one worker).
  maxWorkers: 2,
};
