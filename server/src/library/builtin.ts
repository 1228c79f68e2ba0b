// The built-in modules, compiled from server/modules/*.yaml by
// scripts/generate.mjs so that loading them costs no YAML parse.
import data from './builtin-modules.generated.json';
import type { Module } from './library';

export function builtinModules(): Module[] {
  return data as Module[];
}
