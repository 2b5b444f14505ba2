/** How the pages:* commands start: only when run as the entry point, an unexpected error as one line and exit 1. */
export function runCommand(entry: string, main: (argv: string[]) => number): void {
  if (!process.argv[1]?.endsWith(entry)) return;
  try {
    process.exitCode = main(process.argv.slice(2));
  } catch (e) {
    process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 1;
  }
}
