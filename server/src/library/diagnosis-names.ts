// Names a diagnosis is written with besides its code's official title: the
// tabular list's inclusion terms and the names clinicians use (DSM-5-TR
// names, short forms), from server/data/icd10cm-names.txt, where each is
// marked as one or the other. A line for a category holds for the codes
// under it. Read by diagnosis-name.

import text from '../../data/icd10cm-names.txt?raw';

export interface DiagnosisName {
  name: string;
  kind: 'inclusion' | 'common';
}

const byCode = new Map<string, DiagnosisName[]>();
for (const line of text.split(/\r?\n/)) {
  if (!line.trim() || line.startsWith('#')) continue;
  const [code = '', kind = '', name = ''] = line.split('\t');
  if (kind !== 'inclusion' && kind !== 'common') continue;
  let list = byCode.get(code);
  if (!list) byCode.set(code, (list = []));
  list.push({ name: name.trim(), kind });
}

/** Every code or category the file names (tests check each against the code table). */
export function namedCodes(): string[] {
  return [...byCode.keys()];
}

/** The other names of a code: its own, then its categories' (`F40.10` → F40.1 → F40). */
export function otherNames(code: string): DiagnosisName[] {
  const out: DiagnosisName[] = [];
  const plain = code.replace('.', '');
  for (let n = plain.length; n >= 3; n--) {
    const prefix = n > 3 ? `${plain.slice(0, 3)}.${plain.slice(3, n)}` : plain.slice(0, 3);
    out.push(...(byCode.get(prefix) ?? []));
  }
  return out;
}
