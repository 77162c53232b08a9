import net from "node:net";
import { invalidField } from "../../errors";
import { outboundGuard } from "../../net/outboundGuard";

/**
 * The outbound guard at save: a URL whose host is, or resolves to, a private, loopback, link-local or
 * metadata address is refused unless allowed (PARLEY_OUTBOUND_ALLOW). A name that does not resolve
 * now is accepted (it may exist later); each delivery is guarded again when it connects.
 */
export async function checkWebhookUrl(url: string, allow: readonly string[] = []): Promise<void> {
  const guard = outboundGuard(allow);
  const target = new URL(url);
  const refusal = guard.check(target);
  if (refusal) throw invalidField("url", refusal);
  const host = target.hostname.replace(/^\[(.*)\]$/, "$1");
  if (net.isIP(host) !== 0) return;
  const refused = await new Promise<string | null>((resolve) =>
    guard.lookup(host, { all: true }, (error) =>
      resolve(error && (error as NodeJS.ErrnoException).code === "EOUTBOUNDREFUSED" ? error.message : null),
    ),
  );
  if (refused) throw invalidField("url", refused);
}
