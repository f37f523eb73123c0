// Integration tests run the bundled CLI exactly as a user would; build it once per test run.
import { execFileSync } from 'node:child_process';
import path from 'node:path';

export default function setup(): void {
  const root = path.resolve(__dirname, '..');
  execFileSync(process.execPath, [path.join(root, 'scripts/build.mjs'), '--core'], { cwd: root, stdio: 'inherit' });
}
