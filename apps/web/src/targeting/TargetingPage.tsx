// OWNED BY h-targeting: a dialogue's targeting (URLs, audience, trigger, schedule); a flow's delivery.
export function TargetingPage() {
  return <p>Targeting (being built)</p>;
}
