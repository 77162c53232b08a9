import dns from "node:dns";
import type { LookupAddress, LookupOptions } from "node:dns";
import net from "node:net";
import { classifyAddress } from "./classifyAddress";

type LookupCallback = (
  error: NodeJS.ErrnoException | null,
  address: string | LookupAddress[],
  family?: number,
) => void;

export interface OutboundGuard {
  /**
   * Checks a URL before connecting (and again for every redirect hop a caller follows): the reason
   * it is refused, or null. IP literals are judged here, because Node connects to them without a lookup.
   */
  check(url: URL): string | null;
  /**
   * A `lookup` for http/https requests (and net/tls connections): resolves the host, refuses it when
   * any address it resolves to is private, loopback, link-local, metadata …, and hands the connection
   * exactly the addresses it checked, so a second resolution cannot swap them.
   */
  lookup: (hostname: string, options: LookupOptions, callback: LookupCallback) => void;
}

/** Bare, lower-case host: `[::1]` and `::1` name the same host; `2130706433` was already normalised by URL. */
const bareHost = (host: string) =>
  host
    .trim()
    .toLowerCase()
    .replace(/^\[(.*)\]$/, "$1");

/**
 * The guard for every outbound call made on a user's behalf (Webhook card; later webhooks, feeds,
 * CalDAV). `allow` lists hosts (names or addresses, e.g. from PARLEY_OUTBOUND_ALLOW) that may be
 * called even though they are not public — tests use it for their loopback servers.
 */
export function outboundGuard(allow: readonly string[] = []): OutboundGuard {
  const allowed = new Set(allow.map(bareHost));
  const isAllowed = (host: string) => allowed.has(bareHost(host));
  return {
    check(url) {
      const host = bareHost(url.hostname);
      if (isAllowed(host) || net.isIP(host) === 0) return null;
      const reason = classifyAddress(host);
      return reason ? `refused: ${host} is not a public address (${reason})` : null;
    },
    lookup(hostname, options, callback) {
      dns.lookup(hostname, { ...options, all: true }, (error, addresses) => {
        if (error) return callback(error, []);
        if (!isAllowed(hostname)) {
          for (const { address } of addresses) {
            const reason = classifyAddress(address);
            if (reason) {
              const refused = new Error(
                `refused: ${hostname} resolves to ${address}, not a public address (${reason})`,
              );
              return callback(Object.assign(refused, { code: "EOUTBOUNDREFUSED" }), []);
            }
          }
        }
        const first = addresses[0];
        if (options.all) callback(null, addresses);
        else if (first) callback(null, first.address, first.family);
        else callback(Object.assign(new Error(`${hostname} has no address`), { code: "ENOTFOUND" }), []);
      });
    },
  };
}
