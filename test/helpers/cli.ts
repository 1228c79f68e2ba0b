// Runs `tplan` in process with a fixed clock, collecting its output.
import { main } from '../../server/src/cli/main';

export function runCli(args: string[], cwd: string, now = '2026-11-29T12:00:00') {
  let stdout = '';
  let stderr = '';
  const code = main(args, {
    cwd,
    stdout: (t) => (stdout += `${t}\n`),
    stderr: (t) => (stderr += `${t}\n`),
    color: false,
    now: () => new Date(now),
    version: '0',
  });
  return { code, stdout, stderr };
}
