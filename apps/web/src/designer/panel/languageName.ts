/** "French" for `fr`, "Portuguese (Brazil)" for `pt-BR`; the tag itself where the browser has no name. */
export function languageName(tag: string): string {
  try {
    return new Intl.DisplayNames(["en"], { type: "language" }).of(tag) ?? tag;
  } catch {
    // Not a tag Intl knows: the tag says it best.
    return tag;
  }
}
