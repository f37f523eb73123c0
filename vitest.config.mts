import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts'],
    environment: 'node',
    testTimeout: 180_000,
    hookTimeout: 60_000,
    // Integration tests spawn the CLI and Chromium-free child processes; two cores here.
    pool: 'forks',
    globalSetup: ['tests/globalSetup.ts'],
  },
});
