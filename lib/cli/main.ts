/** sigma-catalog: index, show, check. Argument handling only; the analysis lives in lib/catalog. */

import { parseArgs, UsageError } from './args';
import { runCheck } from './commands/check';
import { runIndex } from './commands/index';
import { runLayer } from './commands/layer';
import { runShow } from './commands/show';

const USAGE = `usage: sigma-catalog <command> [options]
  index [--rules DIR]... [--out FILE]        write the catalog as JSON
  show ID|PATH [--rules DIR]... [--json]     one rule's analysis
  check [--rules DIR]... [--strict]          every diagnostic; exit 1 on errors with --strict
  layer [--rules DIR]... [--level L]... [--product P] [--tactic T] [--technique T] [--out FILE] [--site-url URL]
                                             ATT&CK Navigator layer (format 4.5) of the (filtered) rules
Without --rules, the embedded rules in content/rules are used.
`;

const COMMANDS: Record<string, (a: ReturnType<typeof parseArgs>) => number> = {
  index: runIndex,
  show: runShow,
  check: runCheck,
  layer: runLayer,
};

export function main(argv: readonly string[]): number {
  const [command, ...rest] = argv;
  const run = command ? COMMANDS[command] : undefined;
  if (!run) {
    process.stderr.write(command && command !== '--help' ? `unknown command '${command}'\n${USAGE}` : USAGE);
    return command && command !== '--help' ? 2 : 0;
  }
  try {
    return run(parseArgs(rest));
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`${e.message}\n${USAGE}`);
      return 2;
    }
    throw e;
  }
}

process.exitCode = main(process.argv.slice(2));
