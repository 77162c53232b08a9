// The launcher's label before the app (and its translations) is loaded: the app's `openChat` texts
// by primary language subtag (all ten widget languages have distinct ones). One string: small.
const LABELS =
  "|en:Open chat|fr:Ouvrir la discussion|it:Apri la chat|es:Abrir el chat|de:Chat öffnen|pt:Abrir o chat|nl:Chat openen|ja:チャットを開く|ko:채팅 열기|zh:打开聊天";

/** The label in the first of `tags` (BCP 47, or anything) that is a widget language; else English. */
export function openChatLabel(tags: unknown[]): string {
  for (const tag of tags) {
    const at = LABELS.indexOf(`|${String(tag).slice(0, 2).toLowerCase()}:`);
    if (at >= 0) return LABELS.slice(at + 4).split("|")[0] as string;
  }
  return "Open chat";
}
