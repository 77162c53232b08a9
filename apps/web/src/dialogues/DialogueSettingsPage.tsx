// OWNED BY h-lists: name, description, priority and the versions (who published what and when).
export function DialogueSettingsPage() {
  return <p>Settings (being built)</p>;
}
