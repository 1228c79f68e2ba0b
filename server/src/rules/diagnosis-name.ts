import { isPlaceholder } from '../text/placeholders';
import { memoize } from '../text/memo';
import { defineRule } from './types';

// A diagnosis names what its code says. Names are compared by their words
// (small words and case aside, plurals folded): the name must carry most of
// the title's words, and not many of its own. A short form ("MDD, recurrent")
// is then information to look at, never an error: the code is what is billed.

const SMALL = new Set(['a', 'an', 'and', 'as', 'by', 'due', 'for', 'in', 'of', 'on', 'or', 'the', 'to', 'with']);

const words = (text: string): string[] =>
  (text.toLowerCase().match(/[a-z0-9]+/g) ?? []).filter((w) => !SMALL.has(w)).map((w) => w.replace(/(?<=\w{3})s$/, ''));

/** True when a name says what the title says, closely enough. */
export const nameMatchesTitle = memoize((key: string): boolean => {
  const [name = '', title = ''] = key.split('\u0000');
  const n = new Set(words(name));
  const t = new Set(words(title));
  if (t.size === 0 || n.size === 0) return true;
  const covered = [...t].filter((w) => n.has(w)).length / t.size;
  const own = [...n].filter((w) => t.has(w)).length / n.size;
  return covered >= 0.8 && own >= 0.6;
}, 2000);

export const diagnosisName = defineRule({
  id: 'diagnosis-name',
  description: "A diagnosis `name` that does not say what its code's official title says.",
  defaultSeverity: 'information',
  messages: {
    differs:
      'This name does not match the official title of {{code}}: "{{title}}". The code is what a payer reads: check that the code is the one you meant, or write its title.',
  },
  check({ plan, library, report }) {
    for (const diagnosis of plan.meta.diagnoses?.value ?? []) {
      const code = diagnosis.code?.value;
      const name = diagnosis.name;
      if (!code || !name || isPlaceholder(name.value) || isPlaceholder(code)) continue;
      const title = library.codes.title(code);
      if (!title || nameMatchesTitle(`${name.value}\u0000${title}`)) continue;
      report({ range: name.range, messageId: 'differs', data: { code, title } });
    }
  },
});
