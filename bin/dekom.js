#!/usr/bin/env node
import module from 'node:module';

// Node 22.1+ caches compiled code between runs; on Node 20 this is absent and skipped.
module.enableCompileCache?.();

const { run } = await import('../dist/cli.js');
await run();
