/**
 * Exit codes of the `ndr` command, stable for scripts (BSD sysexits where one fits).
 */
export const EXIT = {
  /** Success: every input was read. */
  ok: 0,
  /** Success, but nothing was found (no code, no bounce) in the input. */
  nothingFound: 1,
  /** Wrong usage: unknown option, missing argument. */
  usage: 64,
  /** Input data was unusable: empty, binary, too large. */
  dataError: 65,
  /** An input file could not be opened. */
  noInput: 66,
  /** Internal error (a bug in ndrkit). */
  software: 70,
  /** Output could not be written. */
  ioError: 74,
} as const;

/** One of the exit codes above. */
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];
