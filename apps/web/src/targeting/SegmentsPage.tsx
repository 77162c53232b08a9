// OWNED BY h-targeting: saved audiences (segments) of the site.
export function SegmentsPage() {
  return <p>Segments (being built)</p>;
}
