import { type ChildProcess, spawn } from 'node:child_process';

/**
 * A `tsx` script run as a child process in a process group of its own, so the whole tree goes down
 * with it; for specs that stop and start a stack or a console server themselves.
 */
export class Child {
  private process: ChildProcess | null = null;
  private exited: Promise<void> = Promise.resolve();

  constructor(
    private readonly args: string[],
    private readonly env: () => NodeJS.ProcessEnv,
  ) {}

  start(): void {
    const child = spawn('npx', ['tsx', ...this.args], {
      env: { ...process.env, ...this.env() },
      detached: true,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    this.process = child;
    this.exited = new Promise((resolve) => child.once('exit', () => resolve()));
  }

  async stop(signal: NodeJS.Signals): Promise<void> {
    const child = this.process;
    this.process = null;
    if (!child?.pid || child.exitCode !== null) {
      return;
    }
    try {
      process.kill(-child.pid, signal);
    } catch {
      // Already gone.
    }
    await this.exited;
  }

  /** Kills at once, for the exit hook, when nothing can be awaited any more. */
  killNow(): void {
    if (this.process?.pid && this.process.exitCode === null) {
      try {
        process.kill(-this.process.pid, 'SIGKILL');
      } catch {
        // Already gone.
      }
    }
  }
}

/** Waits until `url` answers with a success status, for up to 200 s. */
export async function waitFor(url: string): Promise<void> {
  for (let i = 0; i < 2000; i++) {
    try {
      if ((await fetch(url)).ok) {
        return;
      }
    } catch {
      // Not up yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${url} did not come up within 200 s.`);
}
