// Makes the V8 code cache the language server's loader reads beside its bundle
// (dist/language-server.js.cache, see loader.cjs). The server is started
// through its loader, with the V8 flags it always runs with (a cache made
// under other flags is rejected), and driven over stdio as an editor drives it
// on opening a plan: initialize, each example plan opened, its diagnostics
// pulled, the outline, folding, lenses, code actions, hover, completion, the
// status bar's request and the preview. When it exits, V8's code for every
// function compiled so far is written. Run by the build with the Node that
// will run the server; a later Node rejects the cache and the server compiles
// as before.
//   node scripts/server-cache.cjs FLAG…   (the server's V8 flags)
'use strict';
const { spawn } = require('node:child_process');
const { readFileSync, readdirSync, writeFileSync } = require('node:fs');
const path = require('node:path');
const { pathToFileURL } = require('node:url');

const root = path.join(__dirname, '..');
const out = path.join(root, 'dist', 'language-server.js.cache');

if (process.argv[2] === '--child') {
  // The server, on this process's stdio; its `exit` notification ends the process.
  const { script } = require(path.join(root, 'dist', 'server.js'));
  process.on('exit', () => writeFileSync(out, script.createCachedData()));
} else {
  drive(process.argv.slice(2)).catch((e) => {
    process.stderr.write(`server-cache: ${e.message}\n`);
    process.exitCode = 1;
  });
}

async function drive(flags) {
  const child = spawn(process.execPath, [...flags, __filename, '--child', '--stdio'], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const timer = setTimeout(() => child.kill(), 120_000);
  const waiting = new Map();
  let nextId = 1;
  const send = (message) => {
    const body = Buffer.from(JSON.stringify({ jsonrpc: '2.0', ...message }), 'utf8');
    child.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
    child.stdin.write(body);
  };
  const notify = (method, params) => send({ method, params });
  const request = (method, params) =>
    new Promise((resolve) => {
      const id = nextId++;
      waiting.set(id, resolve);
      send({ id, method, params });
    });
  let buffer = Buffer.alloc(0);
  child.stdout.on('data', (chunk) => {
    buffer = Buffer.concat([buffer, chunk]);
    for (;;) {
      const end = buffer.indexOf('\r\n\r\n');
      if (end < 0) return;
      const length = Number(/Content-Length: (\d+)/i.exec(buffer.subarray(0, end).toString('ascii'))?.[1]);
      if (buffer.length < end + 4 + length) return;
      const message = JSON.parse(buffer.subarray(end + 4, end + 4 + length).toString('utf8'));
      buffer = buffer.subarray(end + 4 + length);
      // A request from the server (none is expected of this client): answered with nothing.
      if (message.method && message.id !== undefined) send({ id: message.id, result: null });
      else if (message.id !== undefined) {
        waiting.get(message.id)?.(message.result);
        waiting.delete(message.id);
      }
    }
  });
  const closed = new Promise((resolve) => child.on('close', resolve));

  const examples = path.join(root, 'examples');
  await request('initialize', {
    processId: process.pid,
    rootUri: pathToFileURL(examples).href,
    workspaceFolders: [{ uri: pathToFileURL(examples).href, name: 'examples' }],
    capabilities: {
      textDocument: { diagnostic: {}, completion: { completionItem: { snippetSupport: true } } },
    },
    initializationOptions: { today: '2026-11-28' },
  });
  notify('initialized', {});
  for (const name of readdirSync(examples).filter((f) => f.endsWith('.plan.md'))) {
    const text = readFileSync(path.join(examples, name), 'utf8');
    const uri = pathToFileURL(path.join(examples, name)).href;
    const textDocument = { uri };
    const lines = text.split('\n').length;
    notify('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
    await Promise.all([
      request('textDocument/diagnostic', { textDocument }),
      request('textDocument/documentSymbol', { textDocument }),
      request('textDocument/foldingRange', { textDocument }),
      request('textDocument/codeLens', { textDocument }),
      request('textDocument/codeAction', {
        textDocument,
        range: { start: { line: 0, character: 0 }, end: { line: lines, character: 0 } },
        context: { diagnostics: [] },
      }),
      request('textDocument/hover', { textDocument, position: { line: 1, character: 2 } }),
      request('textDocument/completion', { textDocument, position: { line: lines - 1, character: 0 } }),
      request('treatmentPlan/planStatus', { uri }),
      request('treatmentPlan/render', { uri }),
    ]);
  }
  await request('shutdown', null);
  notify('exit', null);
  const code = await closed;
  clearTimeout(timer);
  if (code !== 0) throw new Error(`the server exited with ${code}`);
}
