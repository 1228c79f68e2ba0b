// The tables of docs/modules.md, from their sources: every built-in module with
// its codes (server/modules), and every measure with its range, bands and
// source (server/data/measures.json). `npm run generate` writes them.
import { readFileSync } from 'node:fs';
import * as path from 'node:path';

function place(page, name, text) {
  const marked = new RegExp(`<!-- generated:${name}[^>]*-->[\\s\\S]*?<!-- /generated:${name} -->`);
  if (!marked.test(page)) throw new Error(`docs/modules.md has no generated:${name} block`);
  return page.replace(
    marked,
    () => `<!-- generated:${name} (npm run generate) -->\n${text}\n<!-- /generated:${name} -->`,
  );
}

const cell = (s) => String(s).replace(/\|/g, '\\|');

export function libraryDocs(root, modules) {
  const measures = JSON.parse(readFileSync(path.join(root, 'server/data/measures.json'), 'utf8'));
  const measureTable = [
    `${measures.length} instruments. "Bands" says whether the bands are published cut-offs or a common reading of the scores.`,
    '',
    '| measure | written | scores | better | bands | source |',
    '| --- | --- | --- | --- | --- | --- |',
    ...measures.map((m) => {
      const scores = m.scored === false ? 'read by its answers' : `${m.min}–${m.max}`;
      const bands = m.bands.length
        ? `${m.bands.length} (${m.bandsAre === 'conventions' ? 'common reading' : 'cut-offs'})`
        : 'none';
      return `| ${cell(m.name)} | ${m.aliases.map((a) => `\`${a}\``).join(', ')} | ${scores} | ${m.scored === false ? '' : m.improvement} | ${bands} | ${cell(m.source)} |`;
    }),
  ].join('\n');
  // A measure counts as named when one of its written forms stands as a word in the module's text.
  const named = (m) => {
    const text = [m.summary, ...m.definitions, ...m.goals, ...m.steps, ...m.methods].join('\n');
    return measures
      .filter((x) =>
        x.aliases.some((a) =>
          new RegExp(`(^|[^\\w-])${a.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\w-])`).test(text),
        ),
      )
      .map((x) => x.aliases[0]);
  };
  // A comment block of the module file (`# Sources:`, `# Checked:`, `# Not checked:`), to the end of its sentence.
  const blockOf = (m, label) => {
    const file = path.join(root, 'server/modules', `${m.id}.yaml`);
    let text;
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      return '';
    }
    const lines = text.split('\n');
    const at = lines.findIndex((l) => label.test(l));
    if (at < 0) return '';
    const out = [];
    // The block ends at the first line that ends a sentence: a note may follow it.
    for (let i = at; i < lines.length && lines[i].startsWith('#'); i++) {
      out.push(lines[i].replace(/^#\s?/, ''));
      if (lines[i].endsWith('.')) break;
    }
    return out.join(' ').replace(/^[A-Za-z ]+:\s*/, '');
  };
  // Where a module's clinical claims come from, and which of them were looked up.
  const sourcesOf = (m) => blockOf(m, /^# Sources?:/);
  const checkedOf = (m) =>
    [
      ['checked', blockOf(m, /^# Checked:/)],
      ['not checked', blockOf(m, /^# Not checked:/)],
    ]
      .filter(([, text]) => text)
      .map(([label, text]) => `${label}: ${text}`)
      .join(' ');
  const moduleTable = [
    `${modules.length} modules ship with the product (\`server/modules/*.yaml\`; each file says why each code is there). Code titles and their sources: [ICD-10-CM codes](#icd-10-cm-codes); measures: [the measure table](#measures).`,
    '',
    '| module | id | codes | measures named | sources of its clinical claims | sources looked up |',
    '| --- | --- | --- | --- | --- | --- |',
    ...modules.map(
      (m) =>
        `| ${cell(m.name)} | \`${m.id}\` | ${m.diagnoses.join(', ')} | ${named(m).join(', ')} | ${cell(sourcesOf(m))} | ${cell(checkedOf(m))} |`,
    ),
  ].join('\n');
  let page = readFileSync(path.join(root, 'docs/modules.md'), 'utf8');
  page = place(page, 'measures', measureTable);
  page = place(page, 'measure-outcomes', outcomesTable(root, measures));
  page = place(page, 'modules', moduleTable);
  return [['docs/modules.md', page]];
}

/** The instruments with a checked LOINC code or outcome definitions (server/data/measure-outcomes.json). */
function outcomesTable(root, measures) {
  const outcomes = JSON.parse(readFileSync(path.join(root, 'server/data/measure-outcomes.json'), 'utf8'));
  const from = (x) => (x.minBaseline ? `, from a first score of ${x.minBaseline} or more` : '');
  return [
    "What the change of a score means, where a checked source defines it: shown in the hover, the preview and `tplan report`, never written into a plan. Each definition's source is in `server/data/measure-outcomes.json`; what could not be checked is listed in `server/data/README.md`.",
    '',
    '| measure | LOINC (total score) | response | remission | reliable change |',
    '| --- | --- | --- | --- | --- |',
    ...Object.entries(outcomes).map(([id, o]) => {
      const m = measures.find((x) => x.id === id);
      return `| ${cell(m ? m.aliases[0] : id)} | ${o.loinc ? `${o.loinc.code} ${cell(o.loinc.display)}` : '—'} | ${o.response ? `a reduction of ${o.response.reduction} % or more${from(o.response)}` : '—'} | ${o.remission ? `${o.remission.term ?? 'remission'}: below ${o.remission.below}${from(o.remission)}` : '—'} | ${o.reliable ? `${o.reliable.points} points` : '—'} |`;
    }),
  ].join('\n');
}
