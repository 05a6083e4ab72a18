// CPU time of the workerd processes a bench script started, read from /proc: wall time inside
// workerd is no measure of CPU (its timers stand still during pure computation).
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";

let clockTicks = 100;
try {
  clockTicks = Number(execFileSync("getconf", ["CLK_TCK"]).toString().trim()) || 100;
} catch {}

interface Proc {
  pid: number;
  comm: string;
  ppid: number;
  /** user + system, clock ticks */
  ticks: number;
}

function processes(): Proc[] {
  return readdirSync("/proc")
    .filter((d) => /^\d+$/.test(d))
    .flatMap((pid) => {
      try {
        const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
        const comm = stat.slice(stat.indexOf("(") + 1, stat.lastIndexOf(")"));
        const rest = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
        return [{ pid: Number(pid), comm, ppid: Number(rest[1]), ticks: Number(rest[11]) + Number(rest[12]) }];
      } catch {
        return [];
      }
    });
}

/** workerd processes descending from this process (Linux; [] elsewhere). */
export function workerdProcesses(): number[] {
  try {
    const stats = processes();
    const mine = new Set([process.pid]);
    for (let grew = true; grew; ) {
      grew = false;
      for (const s of stats) {
        if (!mine.has(s.pid) && mine.has(s.ppid)) {
          mine.add(s.pid);
          grew = true;
        }
      }
    }
    return stats.filter((s) => mine.has(s.pid) && s.comm.includes("workerd")).map((s) => s.pid);
  } catch {
    return [];
  }
}

/** CPU ms used so far by workerd processes descending from this process; undefined off Linux. */
export function workerdCpuMs(): number | undefined {
  return processCpuMs(workerdProcesses());
}

/**
 * Nanoseconds on CPU so far of every thread of the given processes, from /proc/<pid>/task/<tid>/schedstat
 * (the scheduler's own account, ns resolution: fine enough for one request, unlike /proc/<pid>/stat's
 * 10 ms ticks). undefined when schedstat is unavailable.
 */
export function onCpuNs(pids: number[]): number | undefined {
  let total = 0;
  let seen = 0;
  for (const pid of pids) {
    let tids: string[] = [];
    try {
      tids = readdirSync(`/proc/${pid}/task`);
    } catch {
      continue;
    }
    for (const tid of tids) {
      try {
        total += Number(readFileSync(`/proc/${pid}/task/${tid}/schedstat`, "utf8").split(" ")[0]);
        seen += 1;
      } catch {}
    }
  }
  return seen ? total : undefined;
}

/**
 * CPU ms used so far by the given processes, from /proc/<pid>/stat (user + system of the whole
 * process, threads that have exited included; clock-tick resolution, 10 ms here): sum it over many
 * requests. Per-thread schedstat (onCpuNs) loses the time of a thread that exits between two
 * readings. undefined off Linux.
 */
export function processCpuMs(pids: number[]): number | undefined {
  try {
    const mine = new Set(pids);
    const ticks = processes()
      .filter((s) => mine.has(s.pid))
      .map((s) => s.ticks);
    return ticks.length ? (ticks.reduce((a, b) => a + b, 0) * 1000) / clockTicks : undefined;
  } catch {
    return undefined;
  }
}
