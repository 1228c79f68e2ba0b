// The first check's one-off work, done ahead of it: once the server has
// answered initialize (on the next timer turn, after the answer is written),
// it resolves the workspace's config and library and builds the rules'
// tables, before any plan is opened; then the first plan gets the same
// findings it would have got without it.
import { describe, expect, it } from 'vitest';
import type { PublishDiagnosticsParams } from 'vscode-languageserver-protocol/node';
import { memoryHost } from '../../server/src/host/host';
import { inMemoryServer } from '../helpers/inMemoryServer';
import { FakeTimers, uriOf } from '../helpers/service';

const NO_METHODS =
  '---\nclient: J.D.\nclinician: A. Rivera, LPC\ncreated: 2026-11-02\n---\n\n## Problem: Depression\n\n### Goal: Return to work\n\n#### Steps\n\n- [ ] Work 3 days a week\n';

async function started(files: Record<string, string>) {
  const timers = new FakeTimers();
  const client = inMemoryServer({ host: memoryHost(files), timers });
  /** What reached the client, in order. */
  const events: string[] = [];
  const published: PublishDiagnosticsParams[] = [];
  client.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
    published.push(p);
    events.push(`diagnostics ${p.uri.split('/').pop()}`);
  });
  client.listen();
  await client.sendRequest('initialize', {
    processId: null,
    rootUri: uriOf('/ws'),
    workspaceFolders: null,
    capabilities: {},
    initializationOptions: { today: '2026-11-28', lintDelay: 0 },
  });
  events.push('initialize answered');
  /** Lets what the connection has to read and write go through (a few turns of the event loop). */
  const settle = async () => {
    for (let i = 0; i < 10; i++) await new Promise((r) => setTimeout(r, 0));
  };
  /** Runs the server's timers until `done` (what they start reaches the client a few turns later). */
  const until = async (done: () => boolean) => {
    while (!done()) {
      timers.advance(0);
      await settle();
    }
  };
  return { client, timers, events, published, settle, until };
}

describe('the first check, prepared', () => {
  it('resolves the config after initialize is answered and before any plan opens', async () => {
    const s = await started({ '/ws/.planrc.yaml': 'rules:\n  phi: loud\n' });
    await s.settle();
    // Nothing yet: the preparation waits for a timer turn after the answer.
    expect(s.events).toEqual(['initialize answered']);
    await s.until(() => s.events.length > 1);
    // The broken config is read (and shown on its file) with no plan open; the small plan it checked is not shown.
    expect(s.events).toEqual(['initialize answered', 'diagnostics .planrc.yaml']);
    expect(s.published[0]?.diagnostics[0]?.message).toMatch(/phi/);
    s.client.dispose();
  });

  it('takes no step once the editor has said initialized: its plans come next', async () => {
    const s = await started({ '/ws/.planrc.yaml': 'rules:\n  phi: loud\n' });
    await s.client.sendNotification('initialized', {});
    await s.settle();
    s.timers.advance(0);
    await s.settle();
    expect(s.events).toEqual(['initialize answered']);
    s.client.dispose();
  });

  it('leaves the first plan its own findings, and shows nothing of its own', async () => {
    const findings = async () => {
      const s = await started({ '/ws/.planrc.yaml': 'rules:\n  phi: warning\n' });
      s.timers.advance(0);
      await s.client.sendNotification('initialized', {});
      const uri = uriOf('/ws/a.plan.md');
      await s.client.sendNotification('textDocument/didOpen', {
        textDocument: { uri, languageId: 'markdown', version: 1, text: NO_METHODS },
      });
      await s.until(() => s.published.some((p) => p.uri === uri));
      s.client.dispose();
      return s.published.map((p) => [p.uri.split('/').pop(), p.diagnostics.map((d) => d.code)]);
    };
    expect(await findings()).toEqual([['a.plan.md', ['goal-has-methods']]]);
  });
});
