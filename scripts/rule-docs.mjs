// The parts of the rule pages that are facts about the rules, written from
// the rules themselves (server/src/rules): each page's facts table, its
// messages and its "Configure" section, and the rule tables of the index
// docs/rules/README.md, the README and docs/plan-format.md section 5.
// Prose (what the rule checks and why, the examples, the sources) stays the
// page author's; a generated block sits between `<!-- generated:NAME -->`
// and `<!-- /generated:NAME -->`.

import { readFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { build } from 'esbuild';

const rawText = {
  name: 'raw-text',
  setup(b) {
    b.onResolve({ filter: /\?raw$/ }, (args) => ({
      path: path.resolve(args.resolveDir, args.path.replace(/\?raw$/, '')),
      namespace: 'raw-text',
    }));
    b.onLoad({ filter: /.*/, namespace: 'raw-text' }, (args) => ({
      contents: readFileSync(args.path, 'utf8'),
      loader: 'text',
    }));
  },
};

async function loadRules(root) {
  // Bundled as CommonJS into a temp folder and required: the rules' dependencies are CommonJS too.
  const dir = mkdtempSync(path.join(tmpdir(), 'tplan-generate-'));
  try {
    const outfile = path.join(dir, 'rules.cjs');
    await build({
      entryPoints: [path.join(root, 'server/src/rules/index.ts')],
      bundle: true,
      outfile,
      format: 'cjs',
      platform: 'node',
      logLevel: 'warning',
      plugins: [rawText],
    });
    return createRequire(outfile)(outfile).RULES;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const applies = (rule) => (rule.appliesWhen ? `when ${rule.appliesWhen} (otherwise off)` : 'always');

function facts(rule) {
  const fix = rule.fixable ? `yes: ${rule.fixDescription}` : 'no';
  return [
    '| | |',
    '| --- | --- |',
    `| Default severity | **${rule.defaultSeverity}** |`,
    `| Applies | ${applies(rule)} |`,
    `| Quick fix / \`tplan lint --fix\` | ${fix} |`,
  ].join('\n');
}

function messages(rule) {
  const lines = Object.entries(rule.messages).map(
    ([id, text]) => `- \`${id}\`: ${text.replace(/\{\{(\w+)\}\}/g, '‹$1›')}`,
  );
  return [
    '## Messages',
    '',
    'What the rule says, by message id (fixtures can assert the id; ‹…› is filled in from the plan):',
    '',
    ...lines,
  ].join('\n');
}

function configure(rule) {
  const id = rule.id;
  return [
    '## Configure',
    '',
    'Change its severity or turn it off in `.planrc.yaml`:',
    '',
    '```yaml',
    'rules:',
    `  ${id}: warning   # error | warning | information | hint | off`,
    '```',
    '',
    `Silence one occurrence with \`<!-- plan-disable-next-line ${id} -->\` on the line before it, or the rest of the file with \`<!-- plan-disable ${id} -->\` placed before the first heading (it then covers the frontmatter too), or a YAML comment \`# plan-disable-next-line ${id}\` inside the frontmatter.`,
  ].join('\n');
}

/**
 * The table of every rule in the registry's order: the rules index, the README and the format's section 5
 * are written by this one function, so they cannot tell different stories.
 */
function ruleTable(rules, link, { fix }) {
  const row = (r) =>
    [
      `[\`${r.id}\`](${link(r.id)})`,
      r.defaultSeverity,
      r.appliesWhen ?? 'always',
      ...(fix ? [r.fixable ? 'yes' : ''] : []),
      r.description,
    ].join(' | ');
  const head = ['rule', 'default', 'applies', ...(fix ? ['fix'] : []), 'checks'];
  return [
    `| ${head.join(' | ')} |`,
    `| ${head.map(() => '---').join(' | ')} |`,
    ...rules.map((r) => `| ${row(r)} |`),
  ].join('\n');
}

const block = (name, text) => `<!-- generated:${name} (npm run generate) -->\n${text}\n<!-- /generated:${name} -->`;

/** Puts a generated block in place: between its markers, else where `fallback` matches, else before `before`. */
function place(page, name, text, fallback, before) {
  const marked = new RegExp(`<!-- generated:${name}[^>]*-->[\\s\\S]*?<!-- /generated:${name} -->`);
  if (marked.test(page)) return page.replace(marked, () => block(name, text));
  if (fallback && fallback.test(page)) return page.replace(fallback, () => `${block(name, text)}\n\n`);
  const at = page.lastIndexOf(before);
  if (at < 0) throw new Error(`cannot place the ${name} block`);
  return `${page.slice(0, at)}${block(name, text)}\n\n${page.slice(at)}`;
}

export async function ruleDocs(root) {
  const rules = await loadRules(root);
  const outputs = [];
  for (const rule of rules) {
    const file = `docs/rules/${rule.id}.md`;
    const abs = path.join(root, file);
    if (!existsSync(abs)) throw new Error(`${file} is missing: every rule has a page`);
    let page = readFileSync(abs, 'utf8');
    page = place(page, 'facts', facts(rule), /\| \| \|\n\| --- \| --- \|\n(?:\|.*\|\n)+/, '## Why');
    page = place(page, 'configure', configure(rule), /## Configure\n[\s\S]*?(?=\n\[All rules\])/, '[All rules]');
    page = place(
      page,
      'messages',
      messages(rule),
      /## Messages\n[\s\S]*?(?=\n<!-- generated:configure)/,
      '<!-- generated:configure',
    );
    outputs.push([file, page.replace(/\n{3,}/g, '\n\n')]);
  }
  const index = [
    '# Rules',
    '',
    'Every check `tplan lint` and the editor run, with its default severity. Some rules apply only to plans with a given `style`, `payer`, `status` or `risk` (see the [plan format](../plan-format.md#6-styles-payers-severity)). This page is written by `npm run generate` from the rules themselves.',
    '',
    ruleTable(rules, (id) => `${id}.md`, { fix: true }),
    '',
  ].join('\n');
  outputs.push(['docs/rules/README.md', index]);
  // The README's table and the format's (section 5), from the same source and the same function.
  const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
  const readmeTable = ruleTable(rules, (id) => `docs/rules/${id}.md`, { fix: false });
  outputs.push(['README.md', place(readme, 'rules', readmeTable, /^\| rule \| default \|.*\n(?:\|.*\n)+/m, '')]);
  const format = readFileSync(path.join(root, 'docs/plan-format.md'), 'utf8');
  const formatTable = ruleTable(rules, (id) => `rules/${id}.md`, { fix: true });
  outputs.push([
    'docs/plan-format.md',
    place(format, 'rules', formatTable, /^\| id \| default \| checks \|\n(?:\|.*\n)+/m, ''),
  ]);
  return outputs;
}
