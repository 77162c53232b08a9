/** OWNED BY h12-webhooks: subscriptions, their deliveries, replay (placeholder of the contract). */
export function WebhooksSection() {
  return <h2>Webhooks</h2>;
}
