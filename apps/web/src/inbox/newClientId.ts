/**
 * A client id for a chat message or note: `crypto.randomUUID()`, which browsers offer only on secure
 * pages (https, localhost); on plain http (an install on a LAN address) the same 122 random bits
 * from `crypto.getRandomValues`, which every page has.
 */
export function newClientId(): string {
  if (typeof crypto.randomUUID === "function") return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}
