// The worker bench/hash-cost.ts runs in workerd: hashes K times with the app's own hashPassword
// (src/platform/auth/password.ts) and the parameters given, with no I/O, so its wall time is CPU time.
import { hashPassword } from "../src/platform/auth/password";

export default {
  async fetch(request: Request): Promise<Response> {
    const url = new URL(request.url);
    const k = Number(url.searchParams.get("k") ?? "1");
    const params = {
      ln: Number(url.searchParams.get("ln") ?? "14"),
      r: Number(url.searchParams.get("r") ?? "8"),
      p: Number(url.searchParams.get("p") ?? "5"),
    };
    let last = "";
    try {
      for (let i = 0; i < k; i++) last = await hashPassword(`bench password ${i}`, params);
    } catch (err) {
      return new Response(`error: ${(err as Error).message}`, { status: 500 });
    }
    return new Response(last);
  },
};
