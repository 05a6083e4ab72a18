// Which URLs a webhook may be sent to: https to a public host on the default port, no credentials.
// Pure (no I/O): checked when a subscription is written and again before each delivery.
// What it cannot see: where a public name resolves (Workers have no DNS lookup before fetch); the
// deliverer never follows redirects, so an answer cannot bounce a delivery elsewhere.

/** Why a URL is refused, in words for the 422 `webhook_url_not_allowed` message. */
export type UrlVerdict = { ok: true; url: string } | { ok: false; reason: string };

export interface UrlRuleOptions {
  /** Development and tests only (WEBHOOK_ALLOW_PRIVATE_URLS): also http://127.0.0.1:<port>. */
  allowLocal?: boolean;
}

const refuse = (reason: string): UrlVerdict => ({ ok: false, reason });

/** Names that never resolve to a public host (RFC 6761, RFC 6762, RFC 8375, common private zones). */
const PRIVATE_SUFFIXES = [
  "localhost",
  "local",
  "internal",
  "localdomain",
  "home.arpa",
  "lan",
  "intranet",
  "corp",
  "home",
  "test",
  "invalid",
  "example",
];

/** IPv4 ranges that are not public: [first octets, prefix length, name]. */
const PRIVATE_V4: [number[], number, string][] = [
  [[0], 8, "this-network (0.0.0.0/8)"],
  [[10], 8, "private (10.0.0.0/8)"],
  [[100, 64], 10, "carrier-grade NAT (100.64.0.0/10)"],
  [[127], 8, "loopback (127.0.0.0/8)"],
  [[169, 254], 16, "link-local (169.254.0.0/16)"],
  [[172, 16], 12, "private (172.16.0.0/12)"],
  [[192, 0, 0], 24, "IETF protocol assignments (192.0.0.0/24)"],
  [[192, 0, 2], 24, "documentation (192.0.2.0/24)"],
  [[192, 168], 16, "private (192.168.0.0/16)"],
  [[198, 18], 15, "benchmarking (198.18.0.0/15)"],
  [[198, 51, 100], 24, "documentation (198.51.100.0/24)"],
  [[203, 0, 113], 24, "documentation (203.0.113.0/24)"],
  [[224], 4, "multicast (224.0.0.0/4)"],
  [[240], 4, "reserved (240.0.0.0/4)"],
];

function v4Number(octets: number[]): number {
  const [a = 0, b = 0, c = 0, d = 0] = octets;
  return ((a << 24) | (b << 16) | (c << 8) | d) >>> 0;
}

/** The range an IPv4 address lies in when it is not public, else undefined. */
export function privateV4Range(address: string): string | undefined {
  const octets = address.split(".").map(Number);
  const n = v4Number(octets);
  for (const [prefix, bits, name] of PRIVATE_V4) {
    const base = v4Number([...prefix, 0, 0, 0, 0].slice(0, 4));
    const mask = bits === 0 ? 0 : (0xffffffff << (32 - bits)) >>> 0;
    if ((n & mask) >>> 0 === (base & mask) >>> 0) return name;
  }
  return undefined;
}

/** 16-bit groups of an IPv6 address as the URL parser writes it (compressed, lower case, no zone). */
function v6Groups(address: string): number[] {
  const [head, tail] = address.includes("::") ? address.split("::") : [address, undefined];
  const parse = (s: string | undefined) => (s ? s.split(":").map((g) => Number.parseInt(g, 16)) : []);
  const h = parse(head);
  const t = parse(tail);
  return tail === undefined ? h : [...h, ...new Array(8 - h.length - t.length).fill(0), ...t];
}

/** The range an IPv6 address lies in when it is not public, else undefined. */
export function privateV6Range(address: string): string | undefined {
  const g = v6Groups(address);
  if (g.length !== 8) return "unparsable IPv6";
  const [g0 = 0, , , , , , g6 = 0, g7 = 0] = g;
  if (g.every((x) => x === 0)) return "unspecified (::)";
  if (g.slice(0, 7).every((x) => x === 0) && g[7] === 1) return "loopback (::1)";
  // ::ffff:a.b.c.d (IPv4-mapped) and 64:ff9b::a.b.c.d (NAT64): the IPv4 address decides.
  const embedded = [g6 >> 8, g6 & 0xff, g7 >> 8, g7 & 0xff].join(".");
  if (g.slice(0, 5).every((x) => x === 0) && g[5] === 0xffff) {
    return privateV4Range(embedded) ? `IPv4-mapped ${privateV4Range(embedded)}` : undefined;
  }
  if (g[0] === 0x64 && g[1] === 0xff9b)
    return privateV4Range(embedded) ? `NAT64 ${privateV4Range(embedded)}` : undefined;
  if ((g0 & 0xfe00) === 0xfc00) return "unique-local (fc00::/7)";
  if ((g0 & 0xffc0) === 0xfe80) return "link-local (fe80::/10)";
  if ((g0 & 0xffc0) === 0xfec0) return "site-local (fec0::/10)";
  if ((g0 & 0xff00) === 0xff00) return "multicast (ff00::/8)";
  if (g[0] === 0x2001 && g[1] === 0xdb8) return "documentation (2001:db8::/32)";
  if (g.slice(0, 6).every((x) => x === 0)) return "IPv4-compatible (::/96)";
  return undefined;
}

const IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/;

/**
 * Whether `raw` may receive webhooks: https (or, with allowLocal, http://127.0.0.1:<port>), no
 * user:password, the default port, a host name with a dot that is not a private name, and no IP
 * literal in a private, loopback, link-local, CGNAT, unique-local or otherwise non-public range.
 * The URL parser normalises the host first (so 0x7f.1 and 2130706433 are seen as 127.0.0.1).
 */
export function checkWebhookUrl(raw: string, opts: UrlRuleOptions = {}): UrlVerdict {
  if (!URL.canParse(raw)) return refuse("not a URL");
  const u = new URL(raw);
  if (opts.allowLocal && u.protocol === "http:" && u.hostname === "127.0.0.1" && !u.username && !u.password) {
    return { ok: true, url: u.toString() };
  }
  if (u.protocol !== "https:") return refuse(`the scheme must be https, not ${u.protocol.replace(":", "")}`);
  if (u.username || u.password) return refuse("the URL must not carry a user name or password");
  if (u.port !== "") return refuse(`the port must be the default (443), not ${u.port}`);
  if (u.hash) return refuse("the URL must not have a #fragment");
  const host = u.hostname.toLowerCase();
  if (host.startsWith("[")) {
    const range = privateV6Range(host.slice(1, -1));
    return range
      ? refuse(`the host is an IPv6 address in a non-public range: ${range}`)
      : { ok: true, url: u.toString() };
  }
  if (IPV4.test(host)) {
    const range = privateV4Range(host);
    return range
      ? refuse(`the host is an IPv4 address in a non-public range: ${range}`)
      : { ok: true, url: u.toString() };
  }
  const name = host.replace(/\.$/, "");
  const suffix = PRIVATE_SUFFIXES.find((s) => name === s || name.endsWith(`.${s}`));
  if (suffix) return refuse(`the host "${name}" is a private name (.${suffix})`);
  if (!name.includes(".")) return refuse(`the host "${name}" is not a public domain name (it has no dot)`);
  return { ok: true, url: u.toString() };
}
