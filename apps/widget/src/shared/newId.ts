const ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";

/** A random id of 20 letters and digits: client ids of frames (the server accepts [A-Za-z0-9_-]{8,64}), session ids. */
export function newId(): string {
  let id = "";
  for (const byte of crypto.getRandomValues(new Uint8Array(20))) id += ALPHABET[byte % 36];
  return id;
}
