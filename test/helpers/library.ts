// The library the tests lint with: the built-in modules, loaded once.
import * as path from 'node:path';
import { nodeHost } from '../../server/src/cli/nodeHost';
import { createLibrary, type Library } from '../../server/src/library/library';
import { loadModules } from '../../server/src/library/load';

export const ROOT = path.resolve(__dirname, '..', '..');
export const BUILTIN_MODULES = path.join(ROOT, 'server', 'modules');

let library: Library | undefined;

export function testLibrary(): Library {
  if (!library) {
    const { modules, problems } = loadModules(nodeHost, [BUILTIN_MODULES]);
    if (problems.length > 0) throw new Error(`built-in modules are broken: ${JSON.stringify(problems)}`);
    library = createLibrary(modules);
  }
  return library;
}
