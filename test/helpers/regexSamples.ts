// Texts a pattern of the risk lexicon matches, made from its source: sample
// `i` takes alternative `i mod n` of every alternation (so each alternative of
// every group is taken by some sample) and the fewest repetitions each
// quantifier allows. With `avoid`, each alternation takes, from there on, the
// first alternative whose text `avoid` does not accept: samples made to slip
// past a prefilter, if any can. Lookarounds are left out, so a sample may not
// be a match: the caller keeps those the pattern matches. Reads the subset of
// regular-expression syntax the lexicon is written in; for tests only.

interface Out {
  text: string;
}

type Avoid = (text: string) => boolean;

/** Up to `count` distinct texts made from a pattern's source. */
export function samplesOf(source: string, count: number, avoid?: Avoid): string[] {
  const seen = new Set<string>();
  for (let i = 0; i < count; i++) {
    const out: Out = { text: '' };
    alternation(source, 0, i, out, avoid);
    seen.add(out.text);
  }
  return [...seen];
}

/** How many alternatives the widest alternation of a source has: the samples needed to take each once. */
export function widestAlternation(source: string): number {
  let widest = 1;
  const stack: number[] = [1];
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (c === '[') {
      while (i < source.length && source[i] !== ']') i += source[i] === '\\' ? 2 : 1;
    } else if (c === '(') stack.push(1);
    else if (c === '|') stack[stack.length - 1]!++;
    else if (c === ')') widest = Math.max(widest, stack.pop()!);
  }
  return Math.max(widest, stack[0]!);
}

function alternation(src: string, start: number, pick: number, out: Out, avoid?: Avoid): number {
  const branches: number[] = [start];
  let depth = 0;
  let i = start;
  for (; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') i++;
    else if (c === '[') {
      while (i < src.length && src[i] !== ']') i += src[i] === '\\' ? 2 : 1;
    } else if (c === '(') depth++;
    else if (c === ')') {
      if (depth === 0) break;
      depth--;
    } else if (c === '|' && depth === 0) branches.push(i + 1);
  }
  let chosen: Out | undefined;
  for (let k = 0; k < branches.length; k++) {
    const branch: Out = { text: '' };
    sequence(src, branches[(pick + k) % branches.length]!, pick, branch, avoid);
    chosen ??= branch;
    if (!avoid) break;
    if (!avoid(branch.text)) {
      chosen = branch;
      break;
    }
  }
  out.text += chosen!.text;
  return i;
}

function sequence(src: string, start: number, pick: number, out: Out, avoid?: Avoid): void {
  let i = start;
  while (i < src.length && src[i] !== '|' && src[i] !== ')') {
    const c = src[i]!;
    let atom = '';
    let end: number;
    if (c === '\\') {
      const e = src[i + 1]!;
      atom = e === 's' ? ' ' : e === 'w' ? 'a' : e === 'd' ? '1' : e === 'b' || e === 'B' ? '' : e === 'u' ? '' : e;
      end = i + (e === 'u' ? 6 : 2);
    } else if (c === '[') {
      let j = i + 1;
      const negated = src[j] === '^';
      if (negated) j++;
      atom = negated ? 'a' : src[j] === '\\' ? (src[j + 1] === 's' ? ' ' : src[j + 1] === 'd' ? '1' : 'a') : src[j]!;
      while (j < src.length && src[j] !== ']') j += src[j] === '\\' ? 2 : 1;
      end = j + 1;
    } else if (c === '(') {
      let j = i + 1;
      let look = false;
      if (src[j] === '?') {
        if (src.startsWith('?:', j)) j += 2;
        else if (/^\?<?[=!]/.test(src.slice(j, j + 3))) [j, look] = [j + (src[j + 1] === '<' ? 3 : 2), true];
        else if (src.startsWith('?<', j)) j = src.indexOf('>', j) + 1;
      }
      const inner: Out = { text: '' };
      const close = alternation(src, j, pick, inner, avoid);
      atom = look ? '' : inner.text;
      end = close + 1;
    } else if (c === '^' || c === '$') {
      end = i + 1;
    } else if (c === '.') {
      atom = 'a';
      end = i + 1;
    } else {
      atom = c;
      end = i + 1;
    }
    const q = quantifier(src, end);
    out.text += atom.repeat(q.min);
    i = q.end;
  }
}

function quantifier(src: string, i: number): { end: number; min: number } {
  const c = src[i];
  const lazy = (j: number) => (src[j] === '?' ? j + 1 : j);
  if (c === '?' || c === '*') return { end: lazy(i + 1), min: 0 };
  if (c === '+') return { end: lazy(i + 1), min: 1 };
  if (c === '{') {
    const close = src.indexOf('}', i);
    return { end: lazy(close + 1), min: Number(src.slice(i + 1, close).split(',')[0]) };
  }
  return { end: i, min: 1 };
}
