#!/usr/bin/env node
// Installed entry point: registers tsx so the TypeScript CLI runs as is.
import { register } from 'tsx/esm/api';

register();
await import('../lib/cli/main.ts');
