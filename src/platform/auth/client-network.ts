// The client's network, the unit every per-IP limit counts: an IPv4 address as is, an IPv6 address
// by its /64 (the smallest block a provider hands one subscriber, so one customer cannot rotate
// through 2^64 addresses to get 2^64 budgets). IPv4-mapped IPv6 (::ffff:a.b.c.d) is its IPv4.

function parseIpv4(s: string): number[] | undefined {
  const parts = s.split(".");
  if (parts.length !== 4) return undefined;
  const octets = parts.map((p) => (/^(0|[1-9]\d{0,2})$/.test(p) ? Number(p) : Number.NaN));
  return octets.every((o) => o <= 255) ? octets : undefined;
}

/** The 8 hextets of an IPv6 address (compressed `::`, embedded IPv4 and a zone id accepted). */
function parseIpv6(input: string): number[] | undefined {
  let s = input.replace(/%.*$/, "");
  const lastColon = s.lastIndexOf(":");
  if (lastColon >= 0 && s.includes(".", lastColon)) {
    // Embedded IPv4 (::ffff:192.0.2.1): rewrite its 4 octets as 2 hextets.
    const v4 = parseIpv4(s.slice(lastColon + 1));
    if (!v4) return undefined;
    const [a, b, c, d] = v4 as [number, number, number, number];
    s = `${s.slice(0, lastColon + 1)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const halves = s.split("::");
  if (halves.length > 2) return undefined;
  const groups = (h: string) => (h === "" ? [] : h.split(":"));
  const head = groups(halves[0] as string);
  const rest = halves.length === 2 ? groups(halves[1] as string) : [];
  if (![...head, ...rest].every((h) => /^[0-9a-f]{1,4}$/.test(h))) return undefined;
  const missing = 8 - head.length - rest.length;
  if (halves.length === 2 ? missing < 1 : missing !== 0) return undefined;
  const hex = (h: string) => Number.parseInt(h, 16);
  return [...head.map(hex), ...Array<number>(missing).fill(0), ...rest.map(hex)];
}

/**
 * `203.0.113.7`, or `2001:db8:1:2::/64` for any address in that /64. A value that is not an IP
 * address (never from Cloudflare, whose `cf-connecting-ip` always is one) is its own bucket.
 */
export function clientNetwork(raw: string | undefined): string {
  const s = (raw ?? "").trim().toLowerCase().slice(0, 64);
  if (!s) return "unknown";
  const v4 = parseIpv4(s);
  if (v4) return v4.join(".");
  const v6 = parseIpv6(s);
  if (!v6) return s;
  if (v6.slice(0, 5).every((h) => h === 0) && v6[5] === 0xffff) {
    const [a, b] = [v6[6] as number, v6[7] as number];
    return [a >> 8, a & 255, b >> 8, b & 255].join(".");
  }
  return `${v6
    .slice(0, 4)
    .map((h) => h.toString(16))
    .join(":")}::/64`;
}
