import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['lib/**/*.test.ts', 'scripts/**/*.test.ts', 'components/**/*.test.ts'],
    exclude: ['e2e/**', 'node_modules/**', '.next/**', 'out/**', '.e2e-site/**'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
