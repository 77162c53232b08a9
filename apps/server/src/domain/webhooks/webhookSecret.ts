import { sealSecret } from "../../calendar/secretBox";
import { randomToken } from "../../lib/ids";

/** What a subscription's sealed secret is bound to: a sealed value copied to another row does not open. */
export const subscriptionSecretBinding = (subscriptionId: string) => `webhook:${subscriptionId}`;

/** A new signing secret (`whsec_…`, 192 bits), sealed for the store, and the prefix shown to recognise it. */
export function newSubscriptionSecret(secretKey: string, subscriptionId: string) {
  const secret = `whsec_${randomToken(24)}`;
  return {
    secret,
    sealed: sealSecret(secretKey, secret, subscriptionSecretBinding(subscriptionId)),
    prefix: secret.slice(0, 10),
  };
}
