// The webhook URL rules (src/webhooks/url-rules.ts): every refused URL with its reason, and the
// public ones that pass.
import { describe, expect, it } from "vitest";
import { checkWebhookUrl } from "../../../src/webhooks/url-rules";

const refused: [string, RegExp][] = [
  ["http://hooks.example.com/x", /scheme must be https/],
  ["ftp://hooks.example.com/x", /scheme must be https/],
  ["not a url", /not a URL/],
  ["https://user:pw@hooks.example.com/x", /user name or password/],
  ["https://user@hooks.example.com/x", /user name or password/],
  ["https://hooks.example.com:8443/x", /port must be the default/],
  ["https://hooks.example.com/x#frag", /fragment/],
  ["https://localhost/x", /private name \(\.localhost\)/],
  ["https://api.localhost/x", /private name \(\.localhost\)/],
  ["https://printer.local/x", /private name \(\.local\)/],
  ["https://db.internal/x", /private name \(\.internal\)/],
  ["https://metadata.google.internal/x", /private name \(\.internal\)/],
  ["https://router.home.arpa/x", /private name \(\.home\.arpa\)/],
  ["https://intranet/x", /private name/],
  ["https://webhooks/x", /no dot/],
  ["https://127.0.0.1/x", /loopback/],
  ["https://127.1.2.3/x", /loopback/],
  ["https://2130706433/x", /loopback/],
  ["https://0x7f.1/x", /loopback/],
  ["https://10.0.0.5/x", /private \(10\.0\.0\.0\/8\)/],
  ["https://172.16.0.1/x", /private \(172\.16\.0\.0\/12\)/],
  ["https://172.31.255.255/x", /private \(172\.16\.0\.0\/12\)/],
  ["https://192.168.1.1/x", /private \(192\.168/],
  ["https://169.254.169.254/latest/meta-data", /link-local/],
  ["https://100.64.0.1/x", /carrier-grade NAT/],
  ["https://100.127.255.254/x", /carrier-grade NAT/],
  ["https://0.0.0.0/x", /this-network/],
  ["https://224.0.0.1/x", /multicast/],
  ["https://255.255.255.255/x", /reserved/],
  ["https://[::1]/x", /loopback \(::1\)/],
  ["https://[::]/x", /unspecified/],
  ["https://[fc00::1]/x", /unique-local/],
  ["https://[fd12:3456::1]/x", /unique-local/],
  ["https://[fe80::1]/x", /link-local \(fe80/],
  ["https://[::ffff:127.0.0.1]/x", /IPv4-mapped loopback/],
  ["https://[::ffff:10.1.2.3]/x", /IPv4-mapped private/],
  ["https://[64:ff9b::a9fe:a9fe]/x", /NAT64 link-local/],
  ["https://[ff02::1]/x", /multicast/],
  ["https://[2001:db8::1]/x", /documentation/],
  // The local receiver's address is refused unless the flag allows it.
  ["http://127.0.0.1:8026/hooks/a", /scheme must be https/],
];

describe("webhook URL rules", () => {
  it.each(refused)("refuses %s, naming why", (url, reason) => {
    const v = checkWebhookUrl(url);
    expect(v.ok).toBe(false);
    if (!v.ok) expect(v.reason).toMatch(reason);
  });

  it.each([
    "https://hooks.example.com/spec-drive",
    "https://hooks.example.com:443/x?a=1",
    "https://8.8.8.8/x",
    "https://100.128.0.1/x",
    "https://172.32.0.1/x",
    "https://[2606:4700::1111]/x",
    "https://[::ffff:8.8.8.8]/x",
  ])("accepts %s", (url) => {
    expect(checkWebhookUrl(url).ok).toBe(true);
  });

  it("allows exactly http://127.0.0.1 when the development flag says so", () => {
    expect(checkWebhookUrl("http://127.0.0.1:8026/hooks/a", { allowLocal: true }).ok).toBe(true);
    expect(checkWebhookUrl("http://localhost:8026/hooks/a", { allowLocal: true }).ok).toBe(false);
    expect(checkWebhookUrl("http://10.0.0.1/hooks/a", { allowLocal: true }).ok).toBe(false);
    expect(checkWebhookUrl("http://u:p@127.0.0.1:8026/", { allowLocal: true }).ok).toBe(false);
  });
});
