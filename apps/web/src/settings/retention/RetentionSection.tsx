/** OWNED BY h12-retention: retention per data class and the purge runs (placeholder of the contract). */
export function RetentionSection() {
  return <h2>Data retention</h2>;
}
