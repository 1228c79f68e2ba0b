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
  const moduleTable = [
    `${modules.length} modules ship with the product (\`server/modules/*.yaml\`; each file says why each code is there).`,
    '',
    '| module | id | codes |',
    '| --- | --- | --- |',
    ...modules.map((m) => `| ${cell(m.name)} | \`${m.id}\` | ${m.diagnoses.join(', ')} |`),
  ].join('\n');
  let page = readFileSync(path.join(root, 'docs/modules.md'), 'utf8');
  page = place(page, 'measures', measureTable);
  page = place(page, 'modules', moduleTable);
  return [['docs/modules.md', page]];
}
