// Preload (node -r) for tests/integration/cliLauncher.test.ts: appends one JSON line per Node
// process to $CASEREADY_TEST_PROCESS_LOG when it starts (pid, script, Node flags) and one when it
// exits (the packages it loaded). The environment carries the path into the launcher's child.
const fs = require('node:fs');
const log = process.env.CASEREADY_TEST_PROCESS_LOG;
const line = (o) => fs.appendFileSync(log, `${JSON.stringify(o)}\n`);
line({ pid: process.pid, script: process.argv[1], execArgv: process.execArgv });
// Packages by name; the date-fns barrels (every function, every locale) by their own names.
const name = (file) => {
  const barrel = /date-fns[\\/](index|locale)\.cjs$/.exec(file);
  if (barrel) return `date-fns barrel ${barrel[1]}`;
  return /node_modules[\\/]((@[^\\/]+[\\/])?[^\\/]+)/.exec(file)?.[1]?.replace('\\', '/');
};
process.on('exit', () => {
  const packages = [...new Set(Object.keys(require.cache).map(name).filter(Boolean))].sort();
  line({ pid: process.pid, script: process.argv[1], execArgv: [], packages });
});
