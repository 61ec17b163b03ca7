import { spawn, type ChildProcess, type StdioOptions } from 'node:child_process';

export type Say = (message: string) => void;

/**
 * Keeps one child process running, as a service manager would: restarts it after a crash with a pause
 * that grows with repeated crashes (1 s, 2 s, 4 s ... 30 s; back to 1 s after a minute of running), and
 * stops it on request (SIGTERM, then SIGKILL after `killAfterMs`).
 */
export class Supervised {
  private child?: ChildProcess;
  private stopping = false;
  private restarts = 0;

  constructor(
    readonly name: string,
    private readonly command: string,
    private readonly args: string[],
    private readonly options: {
      cwd?: string;
      env?: NodeJS.ProcessEnv;
      stdio?: StdioOptions;
      /** Keeps the process's standard error to itself and shows its last lines only when it exits (a chatty server). */
      errorsOnExit?: boolean;
      killAfterMs?: number;
      say: Say;
    },
  ) {}

  get pid(): number | undefined {
    return this.child?.pid;
  }

  start(): void {
    const startedAt = Date.now();
    const { errorsOnExit } = this.options;
    const stdio: StdioOptions = errorsOnExit ? ['ignore', 'ignore', 'pipe'] : (this.options.stdio ?? 'inherit');
    const child = spawn(this.command, this.args, { cwd: this.options.cwd, env: this.options.env ?? process.env, stdio });
    this.child = child;
    let lastErrors = '';
    child.stderr?.on('data', (chunk: Buffer) => {
      lastErrors = (lastErrors + chunk.toString()).slice(-2000);
    });
    child.once('error', (error) => this.options.say(`${this.name} could not be started: ${error.message}`));
    child.once('exit', (code, signal) => {
      if (this.stopping) return;
      if (Date.now() - startedAt > 60_000) this.restarts = 0;
      const pause = Math.min(30_000, 1000 * 2 ** this.restarts++);
      const said = lastErrors.trim().split('\n').slice(-3).join('\n');
      this.options.say(`${this.name} exited (${signal ?? `code ${code}`}); restarting in ${pause / 1000}s.${said ? `\n${said}` : ''}`);
      setTimeout(() => !this.stopping && this.start(), pause);
    });
    // Never outlive this process, however it ends (a crash, process.exit): a server left behind keeps its ports and data.
    const orphanGuard = () => child.kill('SIGKILL');
    process.once('exit', orphanGuard);
    child.once('exit', () => process.removeListener('exit', orphanGuard));
  }

  stop(): Promise<void> {
    this.stopping = true;
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
    return new Promise((resolve) => {
      const kill = setTimeout(() => child.kill('SIGKILL'), this.options.killAfterMs ?? 10_000);
      child.once('exit', () => {
        clearTimeout(kill);
        resolve();
      });
      child.kill('SIGTERM');
    });
  }
}
