import type { Kysely } from "kysely";
import type { Database } from "../../store/schema";

/** Whom an erasure is about: everything below belongs to one site. */
export interface ErasureScope {
  siteId: string;
  /** The erased person (a person erasure), else null. */
  personId: string | null;
  visitorIds: readonly string[];
  conversationIds: readonly string[];
  /** Every email address of theirs the erasure found (person, verified, given, meetings). */
  emails: readonly string[];
}

/**
 * HOOK FOR h12-webhooks (or the lead): runs inside the erasure's transaction and must remove, or
 * blank, the payloads of webhook deliveries about this person or visitor (their activities, meetings
 * and live chats carry ids, names, emails), and return how many deliveries it changed. It must touch
 * nothing of another site. Until the webhook tables exist there is nothing to erase: it returns 0.
 */
export async function eraseWebhookData(_trx: Kysely<Database>, _scope: ErasureScope): Promise<number> {
  return 0;
}
