// Writing a file the user asked for: atomically (a temp file in the same
// folder, then rename), so a failure or a kill never leaves half a file.

import * as fs from 'node:fs';
import * as path from 'node:path';

export function writeAtomic(file: string, text: string, mode: number): void {
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.tplan-${process.pid}-${Date.now()}.tmp`);
  try {
    fs.writeFileSync(tmp, text, { mode: mode & 0o777, flag: 'wx' });
    fs.renameSync(tmp, file);
  } catch (e) {
    try {
      fs.unlinkSync(tmp);
    } catch {
      // The temp file was never made.
    }
    throw e;
  }
}
