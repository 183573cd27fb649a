/** A CLI command: receives its arguments, returns the process exit code. */
export type CliCommand = (args: string[]) => Promise<number>;
