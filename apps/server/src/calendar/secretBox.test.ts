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
    expect(() => openSecret("another-key", sealed, "conn-1")).toThrow();
    expect(() => openSecret(KEY, sealed, "conn-2")).toThrow();
    const parts = sealed.split(".");
    const flipped = Buffer.from(parts[3]!, "base64url");
    flipped[0] = flipped[0]! ^ 1;
    parts[3] = flipped.toString("base64url");
    expect(() => openSecret(KEY, parts.join("."), "conn-1")).toThrow();
    expect(() => openSecret(KEY, "plain-text", "conn-1")).toThrow(/sealed/);
  });
});
