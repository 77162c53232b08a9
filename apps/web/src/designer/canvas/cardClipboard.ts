/**
 * Copied cards travel through the system clipboard, so they paste into another tab or dialogue. When
 * the browser refuses the clipboard (no permission, not a secure page), the last copy is kept here and
 * pasted from memory instead.
 */
let inMemory: string | null = null;

export async function writeCardClipboard(text: string): Promise<void> {
  inMemory = text;
  try {
    await navigator.clipboard.writeText(text);
  } catch (error) {
    // Refused or unavailable: the in-memory copy still pastes in this tab.
    console.info("System clipboard refused; keeping the copied cards in this tab", error);
  }
}

/** What may hold cards, best first: the system clipboard's text, then the copy made in this tab. */
export async function readCardClipboard(): Promise<string[]> {
  const texts: string[] = [];
  try {
    texts.push(await navigator.clipboard.readText());
  } catch (error) {
    console.info("System clipboard unreadable; pasting the cards copied in this tab", error);
  }
  if (inMemory !== null) texts.push(inMemory);
  return texts;
}
