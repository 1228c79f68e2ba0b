// Loading modules from folders of YAML files through the host. A broken module
// never breaks the library: the others load, and the broken one is reported
// with its file, line and reason.

import * as path from 'node:path';
import { parseDocument, isMap } from 'yaml';
import type { FileSystemHost } from '../host';
import { LineIndex } from '../plan/lines';
import type { Module } from './library';

export interface ModuleProblem {
  file: string;
  /** 1-based. */
  line: number;
  column: number;
  message: string;
}

const LIST_FIELDS = ['aliases', 'diagnoses', 'definitions', 'goals', 'steps', 'methods'] as const;

/** Reads one module file's text into a Module, or the reasons it cannot be one. */
export function readModule(text: string, file: string): { module?: Module; problems: ModuleProblem[] } {
  const lines = new LineIndex(text);
  const problems: ModuleProblem[] = [];
  const at = (offset: number, message: string) => {
    const p = lines.position(offset);
    problems.push({ file, line: p.line + 1, column: p.character + 1, message });
  };
  const doc = parseDocument(text, { uniqueKeys: true });
  for (const e of doc.errors) at(e.pos[0], `the YAML does not parse: ${e.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')}`);
  if (problems.length > 0) return { problems };
  if (!isMap(doc.contents)) {
    at(0, 'a module is `key: value` lines: id, name, aliases, summary, diagnoses, definitions, goals, steps, methods');
    return { problems };
  }
  const data = doc.toJS() as Record<string, unknown>;
  const keyOffset = (key: string) => {
    const pair = doc.contents && isMap(doc.contents) ? doc.contents.items.find((p) => (p.key as { value?: unknown })?.value === key) : undefined;
    return (pair?.key as { range?: number[] } | undefined)?.range?.[0] ?? 0;
  };
  for (const key of ['id', 'name', 'summary'] as const) {
    if (typeof data[key] !== 'string' || !(data[key] as string).trim()) at(keyOffset(key), `\`${key}\` is required and must be text`);
  }
  if (typeof data.id === 'string' && !/^[a-z0-9][a-z0-9-]*$/.test(data.id)) at(keyOffset('id'), '`id` must be lower-case letters, digits and dashes');
  for (const key of LIST_FIELDS) {
    const v = data[key];
    if (v === undefined && key === 'aliases') continue;
    if (!Array.isArray(v) || v.some((x) => typeof x !== 'string')) at(keyOffset(key), `\`${key}\` must be a list of text lines`);
  }
  if (problems.length > 0) return { problems };
  const list = (key: (typeof LIST_FIELDS)[number]) => ((data[key] as string[] | undefined) ?? []).map((s) => s.trim());
  return {
    module: {
      id: data.id as string,
      name: (data.name as string).trim(),
      aliases: list('aliases'),
      summary: (data.summary as string).trim(),
      diagnoses: list('diagnoses'),
      definitions: list('definitions'),
      goals: list('goals'),
      steps: list('steps'),
      methods: list('methods'),
      source: file,
    },
    problems,
  };
}

/** Every module in the folders, in folder order (a later folder's module replaces an earlier one's). */
export function loadModules(host: FileSystemHost, folders: readonly string[]): { modules: Module[]; problems: ModuleProblem[] } {
  const modules: Module[] = [];
  const problems: ModuleProblem[] = [];
  for (const folder of folders) {
    const names = host.readDirectory(folder);
    if (!names) {
      problems.push({ file: folder, line: 1, column: 1, message: 'the module folder does not exist or cannot be read' });
      continue;
    }
    for (const name of names.filter((n) => /\.ya?ml$/i.test(n)).sort()) {
      const file = path.join(folder, name);
      const text = host.readFile(file);
      if (text === undefined) {
        problems.push({ file, line: 1, column: 1, message: 'the module file cannot be read' });
        continue;
      }
      const result = readModule(text, file);
      problems.push(...result.problems);
      if (result.module) modules.push(result.module);
    }
  }
  return { modules, problems };
}
