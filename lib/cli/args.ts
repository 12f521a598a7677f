/** Minimal argv parsing: repeated `--rules DIR`, flags, and positionals. */

export interface Args {
  positionals: string[];
  rules: string[];
  flags: Set<string>;
  options: Map<string, string>;
}

const WITH_VALUE = new Set(['--rules', '--out', '--filter']);

export function parseArgs(argv: readonly string[]): Args {
  const args: Args = { positionals: [], rules: [], flags: new Set(), options: new Map() };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const [name, inline] = a.startsWith('--') && a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
    if (WITH_VALUE.has(name)) {
      const value = inline ?? argv[++i];
      if (value === undefined) throw new UsageError(`${name} needs a value`);
      if (name === '--rules') args.rules.push(value);
      else args.options.set(name, value);
    } else if (a.startsWith('--')) args.flags.add(a);
    else args.positionals.push(a);
  }
  return args;
}

export class UsageError extends Error {}
