// `npm start`'s last step: where VS Code's `code` command is on PATH, open the
// examples with the freshly packaged extension loaded; elsewhere say how.
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const found = spawnSync(process.platform === 'win32' ? 'where' : 'which', ['code'], { encoding: 'utf8' });
if (found.status === 0 && !process.env.CI) {
  spawnSync('code', ['--extensionDevelopmentPath', root, path.join(root, 'examples')], { stdio: 'inherit' });
} else {
  console.log(
    'Packaged treatment-plan-markdown.vsix. Install it in VS Code with "Extensions: Install from VSIX…", then open examples/.',
  );
}
