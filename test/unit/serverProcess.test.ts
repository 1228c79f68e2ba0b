// The extension starts the language server when its code loads, before
// VS Code calls activate(): the client takes that first process, a restart
// starts another, and deactivation ends what the client's shutdown left.
// node:child_process and the client library are replaced: no process runs.
import * as path from 'node:path';
import { EventEmitter } from 'node:events';
import { afterAll, describe, expect, it, vi } from 'vitest';

interface FakeProcess extends EventEmitter {
  stdout: EventEmitter;
  stderr: EventEmitter;
  exitCode: number | null;
  signalCode: string | null;
  kill: () => void;
}

const forked: Array<{ module: string; args: string[]; options: Record<string, unknown>; proc: FakeProcess }> = [];

vi.mock('node:child_process', () => ({
  fork: (module: string, args: string[], options: Record<string, unknown>) => {
    const proc = Object.assign(new EventEmitter(), {
      stdout: new EventEmitter(),
      stderr: new EventEmitter(),
      exitCode: null as number | null,
      signalCode: null as string | null,
      kill: vi.fn(),
    });
    forked.push({ module, args, options, proc });
    return proc;
  },
}));
vi.mock('vscode-languageclient/node', () => ({
  IPCMessageReader: class {
    constructor(readonly proc: unknown) {}
  },
  IPCMessageWriter: class {
    constructor(readonly proc: unknown) {}
  },
}));
vi.stubGlobal('__SERVER_NODE_FLAGS__', ['--max-semi-space-size=4']);
afterAll(() => vi.unstubAllGlobals());

const output = { append: vi.fn() } as never;

describe("the language server's process", () => {
  it('is started when the extension loads, over IPC, with the server flags, as Node', async () => {
    await import('../../client/src/serverProcess');
    expect(forked).toHaveLength(1);
    const [first] = forked;
    expect(path.basename(first!.module)).toBe('server.js');
    expect(first!.args).toEqual(['--node-ipc', `--clientProcessId=${process.pid}`]);
    expect(first!.options).toMatchObject({
      execArgv: ['--max-semi-space-size=4'],
      env: expect.objectContaining({ ELECTRON_RUN_AS_NODE: '1' }),
      silent: true,
    });
  });

  it('is handed to the client once; a restart starts another', async () => {
    const { serverTransports } = await import('../../client/src/serverProcess');
    const a = (await serverTransports(output)) as unknown as { reader: { proc: unknown } };
    expect(forked).toHaveLength(1);
    expect(a.reader.proc).toBe(forked[0]!.proc);
    const b = (await serverTransports(output)) as unknown as { reader: { proc: unknown } };
    expect(forked).toHaveLength(2);
    expect(b.reader.proc).toBe(forked[1]!.proc);
  });

  it('is ended at deactivation when still running, not when it has exited', async () => {
    const { endServerProcess } = await import('../../client/src/serverProcess');
    forked[0]!.proc.exitCode = 0;
    endServerProcess();
    expect(forked[0]!.proc.kill).not.toHaveBeenCalled();
    expect(forked[1]!.proc.kill).toHaveBeenCalledOnce();
  });
});
