import { otherNames } from '../library/diagnosis-names';
import { isPlaceholder } from '../base/placeholders';
import { memoize } from '../base/memo';
import { defineRule } from './types';

// A diagnosis names what its code says. Names are compared by their words
// (small words and case aside, plurals folded, a short form such as PTSD
// read as its words): the name must carry most of the words of the title or
// of another name of the code, and not many of its own. The other names are
// the tabular list's inclusion terms and the names clinicians use
// (server/data/icd10cm-names.txt). The title is also read without what
// ICD-10-CM writes in brackets (synonyms) or parentheses (nonessential
// words), and without "unspecified" or "uncomplicated", which say only that
// nothing more was specified. A name that fits none is information to look
// at, never an error: the code is what is billed.

const SMALL = new Set(['a', 'an', 'and', 'as', 'by', 'due', 'for', 'in', 'of', 'on', 'or', 'the', 'to', 'with']);
const UNSAID = new Set(['unspecified', 'uncomplicated', 'nos']);

/** Short forms clinicians write for a whole name, each unambiguous in a diagnosis. */
const SHORT: Readonly<Record<string, string>> = {
  mdd: 'major depressive disorder',
  gad: 'generalized anxiety disorder',
  ptsd: 'post traumatic stress disorder',
  posttraumatic: 'post traumatic',
  ocd: 'obsessive compulsive disorder',
  adhd: 'attention deficit hyperactivity disorder',
  odd: 'oppositional defiant disorder',
  bdd: 'body dysmorphic disorder',
  aud: 'alcohol use disorder',
  oud: 'opioid use disorder',
  ied: 'intermittent explosive disorder',
};

/** A diagnosis text's words, as the diagnosis rules compare them (short forms read as their words). */
export const diagnosisWords = (text: string): string[] =>
  (text.toLowerCase().match(/[a-z0-9]+/g) ?? [])
    .flatMap((w) => (SHORT[w] ?? w).split(' '))
    .filter((w) => !SMALL.has(w))
    .map((w) => w.replace(/(?<=\w{3})s$/, ''));

function fits(name: string, title: string): boolean {
  const n = new Set(diagnosisWords(name));
  const t = new Set(diagnosisWords(title).filter((w) => !UNSAID.has(w)));
  if (t.size === 0 || n.size === 0) return true;
  const covered = [...t].filter((w) => n.has(w)).length / t.size;
  const own = [...n].filter((w) => t.has(w) || UNSAID.has(w)).length / n.size;
  return covered >= 0.8 && own >= 0.6;
}

/** The ways ICD-10-CM's title can be read: whole, without its brackets or parentheses, and what they hold. */
function readings(title: string): string[] {
  const inBrackets = [...title.matchAll(/\[([^\]]+)\]/g)].map((m) => m[1]!);
  const plain = title.replace(/\s*\[[^\]]*\]/g, '');
  return [title, plain, plain.replace(/\s*\([^)]*\)/g, ''), plain.replace(/[()]/g, ''), ...inBrackets];
}

/** True when a name says what the title says, or what another name of the code says, closely enough. */
export const nameMatchesTitle = memoize((key: string): boolean => {
  const [name = '', title = '', code = ''] = key.split('\u0000');
  const candidates = [...readings(title), ...otherNames(code).map((o) => o.name)];
  return candidates.some((c) => fits(name, c));
}, 2000);

export const diagnosisName = defineRule({
  id: 'diagnosis-name',
  description:
    "A diagnosis `name` that says neither what its code's official title says nor one of the code's other names (the tabular list's inclusion terms, the name clinicians use).",
  defaultSeverity: 'information',
  messages: {
    differs:
      'This name does not match the official title of {{code}}: "{{title}}", or another name of it. The code is what a payer reads: check that the code is the one you meant, or write its title.',
  },
  check({ plan, library, report }) {
    for (const diagnosis of plan.meta.diagnoses?.value ?? []) {
      const code = diagnosis.code?.value;
      const name = diagnosis.name;
      if (!code || !name || isPlaceholder(name.value) || isPlaceholder(code)) continue;
      const title = library.codes.title(code);
      if (!title || nameMatchesTitle(`${name.value}\u0000${title}\u0000${code}`)) continue;
      report({ range: name.range, messageId: 'differs', data: { code, title } });
    }
  },
});
