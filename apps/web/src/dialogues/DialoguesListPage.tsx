// OWNED BY h-lists: the Dialogues list (/dialogues) and the Flows list (/flows).
export function DialoguesListPage() {
  return <p>Dialogues (being built)</p>;
}
