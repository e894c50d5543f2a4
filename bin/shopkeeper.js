#!/usr/bin/env node
// The `shopkeeper` command. Runs the TypeScript sources through tsx, so a
// fresh clone needs no build step.
'use strict';
require('tsx/cjs/api').register();
require('../src/cli/main.ts')
  .main(process.argv)
  .catch((error) => {
    process.stderr.write(`shopkeeper: ${error && error.message ? error.message : error}\n`);
    process.exitCode = 1;
  });
