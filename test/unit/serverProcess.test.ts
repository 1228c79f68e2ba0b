// The extension starts the language server when its code loads, before
// VS Code calls activate(), and before the client library is read (this
// module imports none): the client takes that first process, a restart
// starts another, and deactivation ends what the client's shutdown left.
// node:child_process is replaced: no process runs.
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
    const { takeServerProcess } = await import('../../client/src/serverProcess');
    expect(takeServerProcess(output)).toBe(forked[0]!.proc);
    expect(forked).toHaveLength(1);
    expect(takeServerProcess(output)).toBe(forked[1]!.proc);
    expect(forked).toHaveLength(2);
  });

  it('is ended at deactivation when still running, not when it has exited', async () => {
    const { endServerProcess } = await import('../../client/src/serverProcess');
    forked[0]!.proc.exitCode = 0;
    endServerProcess();
    expect(forked[0]!.proc.kill).not.toHaveBeenCalled();
    expect(forked[1]!.proc.kill).toHaveBeenCalledOnce();
  });
});
