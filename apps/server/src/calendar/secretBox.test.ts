import { describe, expect, it } from "vitest";
import { openSecret, sealSecret } from "./secretBox";

const KEY = "instance-secret-key-for-tests";

describe("secretBox", () => {
  it("stores a password unreadable and opens it again", () => {
    const sealed = sealSecret(KEY, "app-password-123", "conn-1");
    expect(sealed).not.toContain("app-password-123");
    expect(sealed.startsWith("v1.")).toBe(true);
    expect(openSecret(KEY, sealed, "conn-1")).toBe("app-password-123");
  });

  it("never stores the same text twice for the same password", () => {
    expect(sealSecret(KEY, "same", "conn-1")).not.toBe(sealSecret(KEY, "same", "conn-1"));
  });

  it("refuses another instance's key, another row and altered text", () => {
    const sealed = sealSecret(KEY, "secret", "conn-1");
    const refused =
      /^the stored secret does not open: it was altered, copied from another row or sealed with another SECRET_KEY$/;
    expect(() => openSecret("another-key", sealed, "conn-1")).toThrow(refused);
    expect(() => openSecret(KEY, sealed, "conn-2")).toThrow(refused);
    const parts = sealed.split(".");
    const flipped = Buffer.from(parts[3]!, "base64url");
    flipped[0] = flipped[0]! ^ 1;
    parts[3] = flipped.toString("base64url");
    expect(() => openSecret(KEY, parts.join("."), "conn-1")).toThrow(refused);
    expect(() => openSecret(KEY, "plain-text", "conn-1")).toThrow(
      "the stored secret is not sealed text (expected v1.<iv>.<tag>.<ciphertext>)",
    );
  });

  it("names the secret it could not open", () => {
    const sealed = sealSecret(KEY, "whsec_x", "webhook:sub-1");
    expect(() => openSecret(KEY, sealed, "webhook:sub-2", "webhook signing secret")).toThrow(
      /^the webhook signing secret does not open/,
    );
    expect(() => openSecret(KEY, "garbage", "conn-1", "CalDAV password")).toThrow(
      /^the CalDAV password is not sealed text/,
    );
  });
});
