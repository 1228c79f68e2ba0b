// The CLI's two ways to stop: each is printed as one line and exits 2.

/** A reason the command cannot run. */
export class CliError extends Error {}

/** Paths on the command line that name no plan, or cannot be read. */
export class UsageError extends Error {}
