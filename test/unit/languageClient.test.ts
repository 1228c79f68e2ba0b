// The language client is made and started when the extension's bundle loads,
// not in activate() (which VS Code calls only once the extension's context is
// ready): activate() takes that client. It hands the server the settings in
// initialize, so that the server's first pull of them changes nothing and the
// first check is not redone. vscode and the client library are replaced.
import { describe, expect, it, vi } from 'vitest';

const made: Array<{ options: Record<string, unknown>; start: ReturnType<typeof vi.fn> }> = [];
const settings = { profile: 'insurance', rules: { phi: 'error' } };

vi.mock('vscode', () => ({
  window: { createOutputChannel: () => ({ append: vi.fn(), dispose: vi.fn() }) },
  workspace: {
    isTrusted: false,
    getConfiguration: (section?: string) => ({
      get: (key: string) => (section === undefined && key === 'treatmentPlan' ? settings : undefined),
    }),
  },
}));
vi.mock('vscode-languageclient/node', () => ({
  IPCMessageReader: class {},
  IPCMessageWriter: class {},
  LanguageClient: class {
    readonly start = vi.fn(() => Promise.resolve());
    constructor(_id: string, _name: string, _server: unknown, options: Record<string, unknown>) {
      made.push({ options, start: this.start });
    }
  },
}));
vi.mock('../../client/src/serverProcess', () => ({ takeServerProcess: vi.fn() }));

describe('the language client', () => {
  it('is made and started when the extension loads, and taken once by activate()', async () => {
    const { takeClient } = await import('../../client/src/languageClient');
    expect(made).toHaveLength(1);
    expect(made[0]!.start).toHaveBeenCalledOnce();
    const first = takeClient();
    expect(made).toHaveLength(1);
    expect(first.client.start).toBe(made[0]!.start);
    // A host that activates the extension again gets a client started then.
    const second = takeClient();
    expect(made).toHaveLength(2);
    expect(second.client).not.toBe(first.client);
    expect(made[1]!.start).toHaveBeenCalledOnce();
  });

  it("gives the server the settings it would pull, and the workspace's trust, in initialize", () => {
    const init = made[0]!.options['initializationOptions'] as () => unknown;
    expect(init()).toEqual({ trusted: false, settings });
    expect(made[0]!.options['synchronize']).toEqual({ configurationSection: 'treatmentPlan' });
  });
});
