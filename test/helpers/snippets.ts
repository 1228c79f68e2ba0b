// Expanding VS Code snippets as the editor does with their defaults (tests of snippets and generators).

const VARIABLES: Record<string, string> = { CURRENT_YEAR: '2026', CURRENT_MONTH: '11', CURRENT_DATE: '28' };

/** Expands a VS Code snippet body with its defaults: the first choice, the placeholder text. */
export function expand(body: string): string {
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
    if (body[i] === '{') {
      i++;
      const name = /^(\d+|[A-Z_]+)/.exec(body.slice(i))![0];
      i += name.length;
      let value = VARIABLES[name] ?? '';
      if (body[i] === ':') {
        i++;
        value = readUntil('}');
      } else if (body[i] === '|') {
        i++;
        value = readUntil(',|');
        while (body[i] !== '}') i++;
      }
      i++; // }
      return value;
    }
    const name = /^(\d+|[A-Z_]+)/.exec(body.slice(i))![0];
    i += name.length;
    return VARIABLES[name] ?? '';
  };
  return readUntil('');
}
