// CPU time of the workerd processes a bench script started, read from /proc: wall time inside
// workerd is no measure of CPU (its timers stand still during pure computation).
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";

let clockTicks = 100;
try {
  clockTicks = Number(execFileSync("getconf", ["CLK_TCK"]).toString().trim()) || 100;
} catch {}

/** CPU ms used so far by workerd processes descending from this process; undefined off Linux. */
export function workerdCpuMs(): number | undefined {
  try {
    const stats = readdirSync("/proc")
      .filter((d) => /^\d+$/.test(d))
      .flatMap((pid) => {
        try {
          const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
          const comm = stat.slice(stat.indexOf("(") + 1, stat.lastIndexOf(")"));
          const rest = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
          return [{ pid: Number(pid), comm, ppid: Number(rest[1]), cpu: Number(rest[11]) + Number(rest[12]) }];
        } catch {
          return [];
        }
      });
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
    const ticks = stats.filter((s) => mine.has(s.pid) && s.comm.includes("workerd")).map((s) => s.cpu);
    return ticks.length ? (ticks.reduce((a, b) => a + b, 0) * 1000) / clockTicks : undefined;
  } catch {
    return undefined;
  }
}
