#!/usr/bin/env node
// The evigraph command. Sources are TypeScript run through tsx, so there is no build step
// between editing and running.
import { register } from 'tsx/esm/api';

register();
await import('../server/cli.ts');
