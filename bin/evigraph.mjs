#!/usr/bin/env node
// The evigraph command. Its sources are TypeScript that Node runs by stripping the types
// (on by default from Node 22.18), so there is no build step between editing and running.
if (!process.features.typescript) {
  console.error(
    `evigraph needs Node.js 22.18 or later, which runs TypeScript sources; this is ${process.version}.`,
  );
  process.exit(1);
}
await import('../server/cli.ts');
