/**
 * Runs a command and measures it: wall time, and on Linux the peak resident
 * memory and the processor time of the process and everything it starts
 * (read from /proc). Used by the build, which prints what each step cost,
 * and by the benchmark. On a machine shared with other work, the processor
 * time varies far less from run to run than the wall time.
 */
import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';

export type Measured = {
  /** Exit code; a signal counts as 1. */
  code: number;
  seconds: number;
  /** Peak memory in bytes of the process and its children together; null where /proc is not available. */
  peakBytes: number | null;
  /** Processor time (user and system) of the process and its children, in seconds; null where /proc is not available. */
  cpuSeconds: number | null;
};

const CAN_READ_PROC = process.platform === 'linux' && existsSync('/proc/self/status');

/** Clock ticks per second of /proc/<pid>/stat: 100 on every Linux the project runs on. */
const TICKS = 100;

function statusOf(pid: number): { rss: number; hwm: number; parent: number; cpu: number } | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kib = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+)`, 'm').exec(status)?.[1] ?? 0) * 1024;
    const parent = Number(/^PPid:\s+(\d+)/m.exec(status)?.[1] ?? 0);
    // utime and stime, the 14th and 15th fields, counted after the command's name in brackets.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const [utime, stime] = stat
      .slice(stat.lastIndexOf(')') + 2)
      .split(' ')
      .slice(11, 13)
      .map(Number);
    return { rss: kib('VmRSS'), hwm: kib('VmHWM'), parent, cpu: ((utime ?? 0) + (stime ?? 0)) / TICKS };
  } catch {
    return null; // The process ended between listing and reading.
  }
}

/** The process and all its descendants, with their memory now. */
function treeOf(root: number) {
  const all = new Map<number, NonNullable<ReturnType<typeof statusOf>>>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const status = statusOf(Number(name));
    if (status) all.set(Number(name), status);
  }
  const tree: { pid: number; rss: number; hwm: number; cpu: number }[] = [];
  const visit = (pid: number) => {
    const status = all.get(pid);
    if (!status) return;
    tree.push({ pid, rss: status.rss, hwm: status.hwm, cpu: status.cpu });
    for (const [child, other] of all) if (other.parent === pid) visit(child);
  };
  visit(root);
  return tree;
}

export type Run = {
  done: Promise<Measured>;
  /** Stops the command, and everything it started if it was spawned `detached`. */
  stop: () => void;
};

/**
 * Runs `command` with `args` (output as `options.stdio` says, inherited by
 * default) and samples the memory of its process tree every `intervalMs`.
 * `onSpawn` receives the child, to read its output.
 */
export function measure(
  command: string,
  args: string[],
  options: SpawnOptions & { onSpawn?: (child: ChildProcess) => void } = {},
  intervalMs = 100,
): Run {
  const { onSpawn, ...spawnOptions } = options;
  const started = performance.now();
  const child = spawn(command, args, { stdio: 'inherit', ...spawnOptions });
  onSpawn?.(child);
  let peak = 0;
  const peaks = new Map<number, number>();
  /** The processor time of each process of the tree, as last seen: a process's last tenth of a second is not counted. */
  const cpu = new Map<number, number>();
  const sample = () => {
    if (!child.pid) return;
    const tree = treeOf(child.pid);
    peak = Math.max(
      peak,
      tree.reduce((sum, item) => sum + item.rss, 0),
    );
    for (const item of tree) {
      peaks.set(item.pid, Math.max(peaks.get(item.pid) ?? 0, item.hwm));
      cpu.set(item.pid, item.cpu);
    }
  };
  const timer = CAN_READ_PROC ? setInterval(sample, intervalMs) : undefined;
  const done = new Promise<Measured>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      if (timer) clearInterval(timer);
      // A single process's own high-water mark is exact; the sum is as good as the sampling.
      const peakBytes = CAN_READ_PROC ? Math.max(peak, ...peaks.values()) : null;
      const cpuSeconds = CAN_READ_PROC ? [...cpu.values()].reduce((sum, seconds) => sum + seconds, 0) : null;
      resolve({ code: code ?? 1, seconds: (performance.now() - started) / 1000, peakBytes, cpuSeconds });
    });
  });
  const stop = () => {
    try {
      if (child.pid) process.kill(-child.pid, 'SIGTERM');
    } catch {
      child.kill('SIGTERM');
    }
  };
  return { done, stop };
}

export const MIB = 1024 * 1024;

/** The middle value, or the mean of the two middle ones; a single slow or fast run does not move it. */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new RangeError('median of no values');
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}
