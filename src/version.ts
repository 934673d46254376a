// Kept in step with package.json by the test in src/version.test.ts.
export const VERSION = '0.1.0';
