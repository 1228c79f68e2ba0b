// A string written into YAML so that it reads back as the same string: plain
// when every YAML reader would read it so (YAML 1.2, and 1.1 where `No`,
// `on`, `1e3`, `0x1F` and `1:20` are not strings), else double-quoted.

import { parse } from 'yaml';

function readsBackAs(text: string, value: string, version: '1.1' | '1.2'): boolean {
  try {
    return parse(text, { version }) === value;
  } catch {
    return false;
  }
}

/** `value` as a YAML scalar for a `key: value` line. */
export function yamlScalar(value: string): string {
  const plain =
    /^[\p{L}\p{N}][\p{L}\p{N} .,'()/&-]*$/u.test(value) &&
    !/\s$/.test(value) &&
    // YAML 1.1 also reads these as booleans, and numbers in bases and sexagesimal.
    !/^(?:y|n|yes|no|on|off|true|false|null|~)$/i.test(value) &&
    !/^[-+]?(?:\d[\d_]*)?(?:\.[\d_]*)?(?:e[-+]?\d+)?$/i.test(value) &&
    readsBackAs(value, value, '1.2') &&
    readsBackAs(value, value, '1.1');
  return plain ? value : JSON.stringify(value);
}
