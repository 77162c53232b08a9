/** The `next` query parameter when it is a path inside the app; never another origin. */
export function safeNextPath(next: string | null): string {
  if (!next?.startsWith("/") || next.startsWith("//") || next.includes("\\")) return "/";
  if (next.startsWith("/sign-in") || next.startsWith("/setup")) return "/";
  return next;
}
