/**
 * Deliberate crash points for the integration tests that prove a killed process leaves the
 * store consistent. Set CASEREADY_CRASH_AT=<name> and the process SIGKILLs itself there:
 * a real, uncatchable kill at a known moment, not a simulated one. Inert otherwise.
 */
export function crashPoint(name: string): void {
  if (process.env.CASEREADY_CRASH_AT === name) process.kill(process.pid, 'SIGKILL');
}
