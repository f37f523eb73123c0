#!/usr/bin/env node
// The `caseready` command: runs the bundled CLI (build it with `npm run build`).
const path = require('node:path');
const fs = require('node:fs');
const bundle = path.join(__dirname, '..', 'dist', 'cli', 'caseready.cjs');
if (!fs.existsSync(bundle)) {
  console.error('caseready: the CLI is not built yet. Run `npm run build` in the CaseReady folder first.');
  process.exit(2);
}
require(bundle);
