// The library the tests lint with: the built-in modules, loaded once.
import * as path from 'node:path';
import { builtinModules } from '../../server/src/library/builtin';
import { createLibrary, type Library } from '../../server/src/library/library';

export const ROOT = path.resolve(__dirname, '..', '..');
export const BUILTIN_MODULES = path.join(ROOT, 'server', 'modules');

let library: Library | undefined;

/** The library as the product loads it: the compiled built-in modules and code table. */
export function testLibrary(): Library {
  library ??= createLibrary(builtinModules());
  return library;
}
