import { type OutboundCallOptions, postSignedJson } from "../../net/postSignedJson";

/** Outbound call settings of the node (AppContext.webhook): the card's calls and webhook deliveries. */
export type WebhookOptions = OutboundCallOptions;

export interface WebhookResult {
  ok: boolean;
  status?: number;
  body?: unknown;
  error?: string;
}

/**
 * The Webhook card's call: POSTs the conversation context as signed JSON to an https URL
 * (net/postSignedJson: the guard, one deadline, no redirects). Any network error, timeout, non-2xx
 * status (a 3xx included) or oversized answer is a failure (the card's failure branch). A JSON
 * answer is parsed for the card's mappings; another is kept as text.
 */
export async function callWebhook(
  url: string,
  payload: unknown,
  secret: string,
  options: WebhookOptions = {},
): Promise<WebhookResult> {
  const target = new URL(url);
  if (target.protocol !== "https:") return { ok: false, error: "only https URLs are called" };
  const answer = await postSignedJson(target, JSON.stringify(payload), secret, {}, options);
  if (answer.error !== undefined || answer.status === undefined) return { ok: false, error: answer.error };
  const text = answer.text ?? "";
  let parsed: unknown = text;
  try {
    parsed = text ? JSON.parse(text) : null;
  } catch {
    // A non-JSON answer is kept as text; mappings simply find nothing in it.
  }
  return { ok: answer.status >= 200 && answer.status < 300, status: answer.status, body: parsed };
}
