// Loading modules from folders of YAML files through the host. A broken module
// never breaks the library: the others load, and the broken one is reported
// with its file, line and reason.

import * as path from 'node:path';
import { parseDocument, type Document } from 'yaml';
import { validate, type ValidationError } from './module.validate.generated.js';
import { READ_LIMITS, describeReadFailure, type FileSystemHost } from '../host/host';
import { LineIndex } from '../plan/lines';
import type { Module } from './library';
import { plainText } from '../base/plain';

export interface ModuleError {
  file: string;
  /** 1-based. */
  line: number;
  column: number;
  message: string;
  /** The file or folder could not be read (not there, not allowed, too large): not an error in what it holds. */
  unreadable?: true;
}

/** Where a validation error points: the YAML node at its path, else the nearest parent that exists. */
function offsetOf(doc: Document, instancePath: string): number {
  const parts = instancePath
    .split('/')
    .slice(1)
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((p) => (/^\d+$/.test(p) ? Number(p) : p));
  for (let n = parts.length; n >= 0; n--) {
    const node = (n === 0 ? doc.contents : doc.getIn(parts.slice(0, n), true)) as
      { range?: number[] } | null | undefined;
    if (node?.range) return node.range[0]!;
  }
  return 0;
}

function describe(error: ValidationError): string {
  const where = error.instancePath ? `\`${error.instancePath.slice(1).replace(/\//g, '.')}\`` : 'the module';
  switch (error.keyword) {
    case 'required':
      return `${where} has no \`${String(error.params.missingProperty)}\` (required)`;
    case 'additionalProperties':
      return `unknown key \`${String(error.params.additionalProperty)}\` (known: id, name, aliases, summary, diagnoses, definitions, goals, steps, methods)`;
    case 'type':
      return `${where} must be ${error.params.type === 'array' ? 'a list' : error.params.type === 'string' ? 'text' : String(error.params.type)}`;
    case 'pattern':
      return where.includes('diagnoses')
        ? `${where} is not an ICD-10-CM code written with its dot, like F41.1`
        : where.startsWith('`id')
          ? `${where} must be lower-case letters, digits and dashes`
          : `${where} must not be empty`;
    case 'minItems':
      return `${where} needs at least one line`;
    default:
      return `${where} ${error.message ?? 'is not valid'}`;
  }
}

/** Reads one module file's text into a Module, or the reasons it cannot be one (module.schema.json). */
export function readModule(text: string, file: string): { module?: Module; errors: ModuleError[] } {
  const lines = new LineIndex(text);
  const errors: ModuleError[] = [];
  const at = (offset: number, message: string) => {
    const p = lines.position(offset);
    errors.push({ file, line: p.line + 1, column: p.character + 1, message: plainText(message) });
  };
  const doc = parseDocument(text, { uniqueKeys: true });
  for (const e of doc.errors)
    at(e.pos[0], `the YAML does not parse: ${e.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')}`);
  if (errors.length > 0) return { errors };
  const data = doc.toJS() as unknown;
  if (!validate(data)) {
    for (const error of validate.errors ?? []) at(offsetOf(doc, error.instancePath), describe(error));
    return { errors };
  }
  const m = data as Omit<Module, 'source' | 'aliases'> & { aliases?: string[] };
  const trim = (list: readonly string[]) => list.map((s) => s.trim());
  return {
    module: {
      id: m.id,
      name: m.name.trim(),
      aliases: trim(m.aliases ?? []),
      summary: m.summary.trim(),
      diagnoses: trim(m.diagnoses),
      definitions: trim(m.definitions),
      goals: trim(m.goals),
      steps: trim(m.steps),
      methods: trim(m.methods),
      source: file,
    },
    errors,
  };
}

/** Every module in the folders, in folder order (a later folder's module replaces an earlier one's). */
export function loadModules(
  host: FileSystemHost,
  folders: readonly string[],
): { modules: Module[]; errors: ModuleError[] } {
  const modules: Module[] = [];
  const errors: ModuleError[] = [];
  for (const folder of folders) {
    const entries = host.readDirectory(folder);
    if (!entries) {
      errors.push({
        file: folder,
        line: 1,
        column: 1,
        message: 'the module folder does not exist or cannot be read',
        unreadable: true,
      });
      continue;
    }
    const names = entries.filter((e) => /\.ya?ml$/i.test(e.name) && e.kind !== 'directory').map((e) => e.name);
    for (const name of names.sort()) {
      const file = path.join(folder, name);
      const read = host.readText(file, READ_LIMITS.module);
      if (!('text' in read)) {
        const why = read.failure === 'unreadable' ? '' : `: ${describeReadFailure(read.failure, READ_LIMITS.module)}`;
        errors.push({ file, line: 1, column: 1, message: `the module file cannot be read${why}`, unreadable: true });
        continue;
      }
      const result = readModule(read.text, file);
      errors.push(...result.errors);
      if (result.module) modules.push(result.module);
    }
  }
  return { modules, errors };
}
