/**
 * Which V8 flags a `caseready` command runs under (see launcher.ts). Pure: no imports, so the
 * launcher stays tiny.
 *
 * The CSV imports stream their file, yet with V8's default heap sizing a 50 MB import peaked at
 * ~310 MB RSS: V8 lets the young generation (16 MB semi-spaces on a 64-bit machine) and the old
 * generation grow far past what the import holds, because the machine has memory to spare. Small
 * semi-spaces and a bounded old generation keep the whole process under the 250 MB limit whatever
 * the file size (bench/csvImport.bench.ts). Setting these with v8.setFlagsFromString at run time
 * does not resize a heap already set up, so they must be given to a fresh Node process.
 */

/** Commands that read a whole file through a streaming parser: these run in a tuned child process. */
export const TUNED_HEAP_COMMANDS: readonly string[] = ['import cases', 'code import'];

/**
 * 8 MB semi-spaces (V8's default on this 64-bit machine: 16 MB) and a 256 MB old generation. The
 * import's live set is a few tens of MB (one case group, the prepared statements, the first
 * problems listed; rejected rows go to the errors file as they are read), so the cap only makes V8
 * collect before it grows, never runs out on a real import. Measured before choosing (main bundle
 * alone under /usr/bin/time, one run each, load average 2–4): a 20 MB export peaked at 218 MB RSS
 * with no flags (21 s), 181 MB with the cap alone, 152–164 MB with semi 8 + cap (21 s, 17.2 s CPU),
 * 126 MB with semi 4 + cap (27 s, 18.5 s CPU), 121 MB with semi 2 + cap (30 s, 19.5 s CPU); a 50 MB
 * export 144 MB with semi 8 (56 s) against 134 MB with semi 4 (60 s). Smaller young generations
 * mean more scavenges: semi 8 keeps most of the memory gain at no cost in time.
 */
export const TUNED_HEAP_FLAGS: readonly string[] = ['--max-semi-space-size=8', '--max-old-space-size=256'];

/** The command words of argv, after the global options the CLI accepts anywhere (as caseready.ts reads them). */
export function commandKey(argv: readonly string[]): string {
  const args = argv.filter((a) => a !== '--json');
  for (const flag of ['--data-dir', '--pack']) {
    const i = args.findIndex((a) => a === flag || a.startsWith(`${flag}=`));
    if (i >= 0) args.splice(i, args[i]!.includes('=') ? 1 : 2);
  }
  return args.slice(0, 2).join(' ');
}

/** The V8 flags to start the CLI with, or null to run it in this process (every other command: no second start-up). */
export function heapFlagsFor(argv: readonly string[]): readonly string[] | null {
  return TUNED_HEAP_COMMANDS.includes(commandKey(argv)) ? TUNED_HEAP_FLAGS : null;
}
