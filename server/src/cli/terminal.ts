// What reaches the terminal: text made safe to print, whether to colour it,
// a reader that leaves early, and the input and output of a command run by
// this process. Small and without other code.

import type { CliIo } from './context';

/**
 * Text made safe for a terminal, on one line: control characters (an escape
 * sequence can clear the screen, set the window title or worse; a line break
 * or a tab in a file name could forge an output line) shown as `\xHH`; the
 * bidirectional embeddings, overrides and isolates, which reorder the rest of
 * a line on screen ("Trojan Source", Unicode UTS #55), and the line and
 * paragraph separators, as `\uHHHH`. The marks RLM and LRM stay: they belong to
 * right-to-left writing and reorder nothing past a word.
 */
export function visible(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g, (c) => {
    const code = c.charCodeAt(0);
    return code > 0xff ? `\\u${code.toString(16)}` : `\\x${code.toString(16).padStart(2, '0')}`;
  });
}

/** Colour in stylish output: a TTY without NO_COLOR (https://no-color.org). */
export function wantsColor(isTTY: boolean | undefined, env: NodeJS.ProcessEnv): boolean {
  return Boolean(isTTY) && !('NO_COLOR' in env && env.NO_COLOR !== '');
}

/**
 * A reader that stops early (`tplan … | head`) closes the pipe: that is the
 * reader's choice, not a failure to report with a stack trace.
 */
export function endQuietlyOnClosedPipe(): void {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code !== 'EPIPE') throw e;
      process.exit(process.exitCode ?? 0);
    });
  }
}

/** The input and output of a command this process runs. */
export function processIo(version: string): CliIo {
  return {
    cwd: process.cwd(),
    stdout: (text) => process.stdout.write(`${text}\n`),
    stderr: (text) => process.stderr.write(`${text}\n`),
    color: wantsColor(process.stdout.isTTY, process.env),
    now: () => new Date(),
    version,
  };
}
