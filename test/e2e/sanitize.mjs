// Hostile plan text, rendered by the core and loaded in headless Chromium:
// no payload may run (a window.__pwned tripwire) and the page may request
// nothing at all (every request is blocked and counted). Then screenshots of
// an example's export and its print layout (PDF → PNG with pdftoppm).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const require = createRequire(import.meta.url);

/** Payloads that try to run script, load a resource, or leave the page. */
export const HOSTILE = [
  '<script>window.__pwned = 1</script>',
  '<img src=x onerror="window.__pwned=2">',
  '<svg onload="window.__pwned=3"></svg>',
  '<svg><script>window.__pwned=4</script></svg>',
  '<iframe src="javascript:parent.__pwned=5"></iframe>',
  '<iframe srcdoc="<script>parent.__pwned=6</script>"></iframe>',
  '[click](javascript:window.__pwned=7)',
  '<a href="javascript:window.__pwned=8">x</a>',
  '<a href="jav&#x09;ascript:window.__pwned=9">x</a>',
  '<a href="&#106;avascript:window.__pwned=10">x</a>',
  '![x](https://evil.example/pixel.png)',
  '<img src="https://evil.example/pixel.png">',
  '<style>@import url(https://evil.example/x.css); body { background: url(https://evil.example/bg) }</style>',
  '<link rel="stylesheet" href="https://evil.example/x.css">',
  '<meta http-equiv="refresh" content="0;url=https://evil.example/">',
  '<base href="https://evil.example/">',
  '<object data="https://evil.example/x.swf"></object>',
  '<embed src="https://evil.example/x.swf">',
  '<video src=x onerror="window.__pwned=11"></video>',
  '<audio src=x onerror="window.__pwned=12"></audio>',
  '<body onload="window.__pwned=13">',
  '<details open ontoggle="window.__pwned=14">x</details>',
  '<form action="https://evil.example/"><button>go</button></form>',
  '<input autofocus onfocus="window.__pwned=15">',
  '<math><mtext><table><mglyph><style><img src=x onerror="window.__pwned=16"></style></mglyph></table></mtext></math>',
  '&lt;script&gt;window.__pwned=17&lt;/script&gt;',
  '<div style="background:url(https://evil.example/s)">x</div>',
  '<a href="data:text/html,<script>alert(1)</script>">x</a>',
  '" onmouseover="window.__pwned=18" x="',
  '<noscript><p title="</noscript><img src=x onerror=window.__pwned=19>">',
];

/** The places plan text can go: headings, description, steps, methods, frontmatter values, other sections. */
export function hostilePlan(payload) {
  const yaml = JSON.stringify(payload);
  return `---
client: ${yaml}
clinician: ${yaml}
created: 2026-11-02
review: 2027-01-30
status: active
severity: severe
diagnoses:
  - code: F33.1
    name: ${yaml}
    basis: ${yaml}
    reviewed: 2026-11-02
services:
  - modality: ${yaml}
    frequency: ${yaml}
    duration: ${yaml}
revisions:
  - date: 2026-11-20
    summary: ${yaml}
---

# ${payload}

## Safety plan

- ${payload}

## Problem: ${payload}

${payload}

### Goal: ${payload}

#### Steps

- [ ] ${payload}, by 2027-01-15
- [x] Step ${payload}

#### Methods

- ${payload}

## ${payload}

${payload}

<div>
${payload}
</div>
`;
}

export async function sanitizeCheck(browser, log) {
  const core = require(path.join(root, 'dist', 'core.js'));
  const library = core.createLibrary(core.builtinModules());
  let failures = 0;
  const page = await browser.newPage();
  let requests = [];
  await page.route('**/*', (route) => {
    requests.push(route.request().url());
    return route.abort();
  });
  // The tripwire and the request counter must work: an unsanitized page trips both.
  requests = [];
  await page.setContent('<img src="https://evil.example/p.png"><img src=x onerror="window.__pwned=1">', {
    waitUntil: 'load',
  });
  await page.waitForTimeout(150);
  if ((await page.evaluate(() => window.__pwned)) !== 1 || requests.length === 0) {
    log('✗ the tripwire or the request counter does not work');
    return false;
  }
  await page.evaluate(() => {
    delete window.__pwned;
  });
  for (const [i, payload] of HOSTILE.entries()) {
    for (const mode of ['export', 'preview']) {
      const plan = core.parsePlan(hostilePlan(payload));
      const html = core.renderHtml(plan, {
        mode,
        today: '2026-11-28',
        library,
        diagnostics: core.lint(plan, { today: '2026-11-28', library }),
      });
      requests = [];
      await page.setContent(html, { waitUntil: 'load' });
      // Give timers, focus and toggle events their chance.
      await page.hover('body').catch(() => {});
      await page.waitForTimeout(150);
      const pwned = await page.evaluate(() => window.__pwned);
      const location = page.url();
      if (pwned !== undefined || requests.length > 0 || location !== 'about:blank') {
        failures++;
        log(`✗ payload ${i + 1} (${mode}): pwned=${pwned} requests=${JSON.stringify(requests)} url=${location}`);
      }
    }
  }
  await page.close();
  log(
    `${failures === 0 ? '✓' : '✗'} ${HOSTILE.length} hostile inputs in every place plan text goes, export and preview: ${failures === 0 ? 'none ran, nothing was requested' : `${failures} failed`}`,
  );
  return failures === 0;
}

export async function exportShots(browser, shots, log) {
  const core = require(path.join(root, 'dist', 'core.js'));
  const library = core.createLibrary(core.builtinModules());
  const text = readFileSync(path.join(root, 'examples', 'severe-safety.plan.md'), 'utf8');
  const plan = core.parsePlan(text);
  const page = await browser.newPage({ viewport: { width: 1000, height: 1300 } });
  await page.route('**/*', (route) => route.abort());
  await page.setContent(core.renderHtml(plan, { mode: 'export', today: '2026-11-28', library }), { waitUntil: 'load' });
  await page.screenshot({ path: path.join(shots, 'export-light.png'), fullPage: false });
  // The preview's CSS reads VS Code's theme variables, which VS Code sets on <html>: a dark theme's, by hand here.
  await page.setContent(
    core
      .renderHtml(plan, { mode: 'preview', today: '2026-11-28', library })
      .replace(
        '<html lang="en">',
        '<html lang="en" style="--vscode-editor-foreground:#cccccc;--vscode-editor-background:#1f1f1f;--vscode-descriptionForeground:#9d9d9d;--vscode-panel-border:#3c3c3c;--vscode-textLink-foreground:#4daafc">',
      ),
    { waitUntil: 'load' },
  );
  await page.screenshot({ path: path.join(shots, 'preview-dark.png') });
  const tmp = mkdtempSync(path.join(tmpdir(), 'tplan-pdf-'));
  await page.setContent(core.renderHtml(plan, { mode: 'export', today: '2026-11-28', library }), { waitUntil: 'load' });
  for (const format of ['A4', 'Letter']) {
    const pdf = path.join(tmp, `${format}.pdf`);
    await page.pdf({ path: pdf, format, printBackground: true });
    if (existsSync('/usr/bin/pdftoppm')) {
      execFileSync('pdftoppm', [
        '-png',
        '-r',
        '60',
        '-f',
        '1',
        '-l',
        '2',
        pdf,
        path.join(shots, `print-${format.toLowerCase()}`),
      ]);
    }
  }
  await page.close();
  log(
    `✓ export, dark preview and print (A4, Letter) screenshots${existsSync('/usr/bin/pdftoppm') ? '' : ' (no pdftoppm: PDFs not turned into PNGs)'}`,
  );
  writeFileSync(path.join(tmp, 'done'), '');
  mkdirSync(shots, { recursive: true });
}
