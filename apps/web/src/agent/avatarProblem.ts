/** The server's limit (AvatarBody): a square PNG, JPEG or WebP of at most 256 KB. */
export const AVATAR_MAX_BYTES = 256 * 1024;
const TYPES = ["image/png", "image/jpeg", "image/webp"];

interface AvatarFacts {
  type: string;
  size: number;
  width: number;
  height: number;
}

/** Why an image cannot be an avatar, in a sentence, or null when it can; checked before anything is sent. */
export function avatarProblem({ type, size, width, height }: AvatarFacts): string | null {
  if (!TYPES.includes(type)) return "Choose a PNG, JPEG or WebP image";
  if (size > AVATAR_MAX_BYTES) return `The image is ${Math.ceil(size / 1024)} KB; at most 256 KB`;
  if (width !== height) return `The image is ${width} × ${height} pixels; it must be square`;
  return null;
}
