import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { viteKindsPlugin } from './scripts/kinds-module.mjs';
import { viteTemplatesPlugin } from './scripts/templates-module.mjs';

export default defineConfig({
  plugins: [viteKindsPlugin(fileURLToPath(new URL('.', import.meta.url))), viteTemplatesPlugin(fileURLToPath(new URL('.', import.meta.url)))],
  test: {
    include: ['test/**/*.test.ts'],
    // End-to-end tests spawn bin/dekom.js, which runs the bundle: build it once, first.
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    reporters: process.env.CI ? ['default', './test/summary-reporter.ts'] : ['default'],
  },
});
