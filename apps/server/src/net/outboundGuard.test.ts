import { describe, expect, it } from "vitest";
import { outboundGuard } from "./outboundGuard";

const resolve = (guard: ReturnType<typeof outboundGuard>, host: string, all = false) =>
  new Promise<{ error: Error | null; address: unknown }>((done) => {
    guard.lookup(host, { all }, (error, address) => done({ error, address }));
  });

describe("the outbound guard", () => {
  it("refuses address literals that are not public, however the URL spells them", () => {
    const guard = outboundGuard();
    const cases: [string, string][] = [
      ["https://127.0.0.1/", "refused: 127.0.0.1 is not a public address (loopback)"],
      ["https://[::1]:8443/", "refused: ::1 is not a public address (loopback)"],
      ["https://0.0.0.0/", "refused: 0.0.0.0 is not a public address (unspecified)"],
      ["https://2130706433/", "refused: 127.0.0.1 is not a public address (loopback)"],
      ["https://0x7f.1/", "refused: 127.0.0.1 is not a public address (loopback)"],
      ["https://[::ffff:127.0.0.1]/", "refused: ::ffff:7f00:1 is not a public address (loopback)"],
      [
        "https://169.254.169.254/latest/meta-data",
        "refused: 169.254.169.254 is not a public address (metadata)",
      ],
    ];
    for (const [url, refusal] of cases) expect(guard.check(new URL(url))).toBe(refusal);
    expect(guard.check(new URL("https://8.8.8.8/"))).toBeNull();
    // A name is judged after resolution, by the lookup.
    expect(guard.check(new URL("https://localhost/"))).toBeNull();
  });

  it("refuses a name that resolves to loopback, with the real resolver, in both lookup forms", async () => {
    const guard = outboundGuard();
    for (const all of [false, true]) {
      const { error } = await resolve(guard, "localhost", all);
      expect(error?.message).toMatch(
        /^refused: localhost resolves to (127\.0\.0\.1|::1), not a public address \(loopback\)$/,
      );
    }
  });

  it("lets hosts on the allow-list through, and passes on the addresses it checked", async () => {
    const guard = outboundGuard(["localhost", "127.0.0.1", "[::1]"]);
    expect(guard.check(new URL("https://127.0.0.1/"))).toBeNull();
    expect(guard.check(new URL("https://[::1]/"))).toBeNull();
    const single = await resolve(guard, "localhost");
    expect(single.error).toBeNull();
    expect(["127.0.0.1", "::1"]).toContain(single.address);
    const all = await resolve(guard, "LOCALHOST", true);
    expect(all.error).toBeNull();
    expect((all.address as { address: string }[]).map((a) => a.address)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^(127\.0\.0\.1|::1)$/)]),
    );
    // 2130706433 is how else 127.0.0.1 may be written; a name that resolves to it is another host.
    expect(outboundGuard(["127.0.0.1"]).check(new URL("https://2130706433/"))).toBeNull();
    expect((await resolve(outboundGuard(["127.0.0.1"]), "localhost")).error?.message).toMatch(/^refused/);
  });

  it("reports a name that does not resolve as the resolver's error", async () => {
    const { error } = await resolve(outboundGuard(), "no-such-host.invalid");
    expect((error as NodeJS.ErrnoException).code).toMatch(/ENOTFOUND|EAI_AGAIN/);
  });
});
