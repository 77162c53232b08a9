import { avatarProblem } from "./avatarProblem";

/** A chosen image as a data URL ready to send, or why it cannot be an avatar. */
export type AvatarChoice = { dataUrl: string } | { problem: string };

/** Reads the file, measures it (decoding it in the browser) and checks it before anything is sent. */
export async function readAvatarFile(file: File): Promise<AvatarChoice> {
  const early = avatarProblem({ type: file.type, size: file.size, width: 1, height: 1 });
  if (early) return { problem: early };
  const dataUrl = await new Promise<string>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error("The file could not be read"));
    reader.readAsDataURL(file);
  });
  const size = await new Promise<{ width: number; height: number } | null>((resolve) => {
    const image = new Image();
    image.onload = () => resolve({ width: image.naturalWidth, height: image.naturalHeight });
    image.onerror = () => resolve(null);
    image.src = dataUrl;
  });
  if (!size) return { problem: "The file is not an image this browser can read" };
  const problem = avatarProblem({ type: file.type, size: file.size, ...size });
  return problem ? { problem } : { dataUrl };
}
