let audio: AudioContext | undefined;

/** A short, quiet two-note chime for a new message (Web Audio: no file to download). Browsers allow it after a visitor gesture. */
export function chime(): void {
  try {
    if (!audio || audio.state !== "running") return;
    const now = audio.currentTime;
    for (const [i, frequency] of [880, 1320].entries()) {
      const oscillator = audio.createOscillator();
      const gain = audio.createGain();
      oscillator.frequency.value = frequency;
      gain.gain.setValueAtTime(0.0001, now + i * 0.12);
      gain.gain.exponentialRampToValueAtTime(0.06, now + i * 0.12 + 0.02);
      gain.gain.exponentialRampToValueAtTime(0.0001, now + i * 0.12 + 0.25);
      oscillator.connect(gain).connect(audio.destination);
      oscillator.start(now + i * 0.12);
      oscillator.stop(now + i * 0.12 + 0.3);
    }
  } catch {
    // No Web Audio: no sound.
  }
}

/** Lets the chime play later: called on a visitor gesture (opening the chat, answering). */
export function unlockSound(): void {
  try {
    audio = audio || new AudioContext();
    void audio.resume();
  } catch {
    // No Web Audio.
  }
}
