import { quote } from '../text/plan-text';
import { isPlaceholder } from '../base/placeholders';
import { diagnosisWords } from './diagnosis-name';
import { defineRule } from './types';

// A basis says how the diagnosis was reached: measures and scores, symptoms
// and how long, history. Some bases are written and say nothing of it: a
// mark left for later ("x", "n/a", "see notes"), two words, or the
// diagnosis said again ("Presenting problem of generalized anxiety at
// intake"). A restatement is read by words: once the words every basis may
// use ("presenting", "meets criteria", "at intake") are set aside, nothing is
// left that the diagnosis's name, its title or its code does not say, and no
// number (a score, a duration, a count).

const FILLER =
  /^(?:x+|y+|z+|n\/?a|none|nil|tbd|tba|tbc|pending|same(?: as (?:above|before))?|as above|see (?:notes?|chart|record|intake|assessment|above|below)|per (?:notes?|chart|record|intake|assessment)|intake|assessment|interview|yes|ok|-+|\.+|\?+)$/i;

const SET_ASIDE = new Set(
  `presenting present presents presented problem problems issue issues concern concerns diagnosis diagnosed dx client patient pt
  meets met meeting criteria criterion dsm consistent evidence evidenced evident as per based on by at of for with in is was
  has have had shows showing show noted observed reported reports report endorses endorsed intake initial assessment
  evaluation interview clinical symptoms symptom signs sign current currently history hx the a an and to due from this`
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => w.replace(/(?<=\w{3})s$/, '')),
);

export type Finding = 'placeholder' | 'short' | 'restates' | 'empty';

export function vagueness(basis: string, said: readonly string[]): Finding | undefined {
  const text = basis.trim();
  const bare = text.replace(/[.!]+$/, '').trim();
  if (!bare || FILLER.test(bare)) return 'placeholder';
  if (text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length < 3) return 'short';
  // "DSM-5" and "DSM-5-TR" name the manual, not a score.
  const plain = text.replace(/\bDSM[-\s]?(?:5|IV|V)(?:-TR)?\b/gi, 'DSM');
  if (/\d/.test(plain)) return undefined;
  const own = new Set(said.flatMap(diagnosisWords));
  const words = diagnosisWords(plain).filter((w) => !SET_ASIDE.has(w));
  if (words.some((w) => !own.has(w))) return undefined;
  // Only words any basis may use ("Reported at intake"), or those and the diagnosis's own.
  return words.length === 0 ? 'empty' : 'restates';
}

export const diagnosisBasisVague = defineRule({
  id: 'diagnosis-basis-vague',
  description:
    'A diagnosis `basis` that says nothing of how the diagnosis was reached: a mark left for later, fewer than three words, or the diagnosis said again.',
  defaultSeverity: 'warning',
  messages: {
    placeholder:
      'The basis {{basis}} is a mark left to fill in, not how the diagnosis was reached: say it (measures and scores, symptoms and how long, history).',
    short:
      'The basis {{basis}} is too short to say how the diagnosis was reached: add the measures and scores, the symptoms and how long, the history.',
    restates:
      'The basis {{basis}} says the diagnosis again, not how it was reached: add what showed it (measures and scores, symptoms and how long, history).',
    empty:
      'The basis {{basis}} says when or by whom, not what showed the diagnosis: add the measures and scores, the symptoms and how long, the history.',
  },
  check({ plan, library, report }) {
    for (const diagnosis of plan.meta.diagnoses?.value ?? []) {
      const basis = diagnosis.basis;
      // An empty basis is diagnosis-basis's, a template's placeholder is `placeholder`'s.
      if (!basis || !basis.value.trim() || isPlaceholder(basis.value)) continue;
      const code = diagnosis.code?.value;
      const said = [diagnosis.name?.value ?? '', code ? (library.codes.title(code) ?? '') : '', code ?? ''];
      const found = vagueness(basis.value, said);
      if (found) report({ range: basis.range, messageId: found, data: { basis: quote(basis.value) } });
    }
  },
});
