import crypto from "node:crypto";

/**
 * The signature header of every webhook Parley sends (the Webhook card's call and subscriptions'
 * deliveries): `t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<raw body>")>`. Receivers verify
 * it as docs/webhooks.md shows.
 */
export function signWebhook(secret: string, body: string, timestamp: number): string {
  const mac = crypto.createHmac("sha256", secret).update(`${timestamp}.${body}`).digest("hex");
  return `t=${timestamp},v1=${mac}`;
}
