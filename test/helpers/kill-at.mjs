// Preloaded into a tplan run (`node --import`): ends the process with SIGKILL, as
// `kill -9` would, at the Nth call of a file-system function (TPLAN_KILL_AT=N),
// halfway through the data when that call writes. A test stops `tplan sign`
// at every step of its work this way, with no clock to race. With
// TPLAN_KILL_AT=0 it only counts the calls, into the file TPLAN_KILL_COUNT.
import fs from 'node:fs';

const at = Number(process.env.TPLAN_KILL_AT ?? 0);
const writeSync = fs.writeSync;
const writeFileSync = fs.writeFileSync;
let calls = 0;
for (const name of [
  'openSync',
  'readSync',
  'fstatSync',
  'writeFileSync',
  'writeSync',
  'fchmodSync',
  'fchownSync',
  'fsyncSync',
  'closeSync',
  'renameSync',
  'unlinkSync',
]) {
  const real = fs[name];
  fs[name] = function (...args) {
    calls++;
    if (calls === at) {
      // A write cut off halfway: the first half of the data reaches the file.
      if ((name === 'writeFileSync' || name === 'writeSync') && typeof args[0] === 'number') {
        const data = String(args[1]);
        writeSync(args[0], data.slice(0, data.length >> 1));
      }
      process.kill(process.pid, 'SIGKILL');
    }
    return real.apply(this, args);
  };
}
process.on('exit', () => {
  if (at === 0 && process.env.TPLAN_KILL_COUNT) writeFileSync(process.env.TPLAN_KILL_COUNT, String(calls));
});
