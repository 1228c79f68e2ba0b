// Snippet text built from a module: the editor's "Insert problem module"
// command and the generated snippets/modules.json use the same function.

import type { Module } from '../library/library';
import { DATE_PLACEHOLDER, withoutPlaceholderTarget } from '../plan/dates';
import { PLACEHOLDER } from '../base/placeholders';

/** Escapes text for a snippet body (`$`, `}` and `\` are special). */
export function snippetText(text: string): string {
  return text.replace(/[\\$}]/g, (c) => `\\${c}`);
}

function choice(items: readonly string[]): string {
  return items.map((i) => snippetText(i).replace(/[,|]/g, (c) => `\\${c}`)).join(',');
}

/** A module goal as a heading: no closing period (markdownlint MD026; a heading is not a sentence). */
export function goalHeading(goal: string): string {
  return goal.trim().replace(/[.\u3002]+$/, '');
}

/** The step's text without the module's `by YYYY-MM-DD` placeholder. */
export const stepText = withoutPlaceholderTarget;

/**
 * A problem section pre-filled from a module: its first goal (a choice of its
 * goals), its first three steps with their dates as tab stops, and two methods
 * to choose from.
 */
export function moduleSnippet(m: Module): string[] {
  let n = 1;
  const body = [
    `## Problem: \${${n++}:${snippetText(m.name)}}`,
    '',
    `\${${n++}:${snippetText(PLACEHOLDER.description)}}`,
    '',
    `### Goal: \${${n++}|${choice(m.goals.map(goalHeading))}|}`,
    '',
    '#### Steps',
    '',
  ];
  for (const step of m.steps.slice(0, 3)) {
    body.push(`- [ ] \${${n++}:${snippetText(stepText(step))}}, by \${${n++}:${DATE_PLACEHOLDER}}`);
  }
  body.push(
    '',
    '#### Methods',
    '',
    `- \${${n++}|${choice(m.methods)}|}`,
    `- \${${n}|${choice([...m.methods.slice(1), m.methods[0]!])}|}`,
    '$0',
  );
  return body;
}

/**
 * A snippet body as the editor would insert it with its defaults: each
 * placeholder's text, a choice's first item, tab stops and unknown variables
 * empty, escapes undone. For a client without snippet support (LSP
 * `snippetSupport`), which would insert `${1:…}` as it is.
 */
export function snippetDefaults(body: string, variables: Readonly<Record<string, string>> = {}): string {
  let i = 0;
  const readUntil = (stops: string): string => {
    let text = '';
    while (i < body.length && !stops.includes(body[i]!)) {
      if (body[i] === '\\' && i + 1 < body.length) {
        text += body[i + 1];
        i += 2;
      } else if (body[i] === '$') text += readDollar();
      else text += body[i++];
    }
    return text;
  };
  const readDollar = (): string => {
    i++; // $
    const braced = body[i] === '{';
    if (braced) i++;
    const name = /^(\d+|[A-Za-z_]\w*)?/.exec(body.slice(i))![0];
    i += name.length;
    if (!name && !braced) return '$';
    let value = variables[name] ?? '';
    if (!braced) return value;
    if (body[i] === ':') {
      i++;
      value = readUntil('}');
    } else if (body[i] === '|') {
      i++;
      value = readUntil(',|');
      while (i < body.length && body[i] !== '}') i += body[i] === '\\' ? 2 : 1;
    }
    i++; // }
    return value;
  };
  return readUntil('');
}
