let audio: AudioContext | null = null;

/**
 * A short two-note chime for a new chat, generated with Web Audio (no sound file to load). Browsers
 * keep audio muted until the page had a click or key press; until then this plays nothing.
 */
export function playOfferSound(): void {
  if (typeof window === "undefined" || !("AudioContext" in window)) return;
  audio ??= new AudioContext();
  const context = audio;
  if (context.state === "suspended") {
    // Rejected while the page had no user gesture yet: the banner still shows, silently.
    context.resume().catch(() => undefined);
  }
  const start = context.currentTime;
  for (const [i, frequency] of [880, 1320].entries()) {
    const tone = context.createOscillator();
    const gain = context.createGain();
    tone.type = "sine";
    tone.frequency.value = frequency;
    const at = start + i * 0.16;
    gain.gain.setValueAtTime(0.0001, at);
    gain.gain.exponentialRampToValueAtTime(0.2, at + 0.02);
    gain.gain.exponentialRampToValueAtTime(0.0001, at + 0.15);
    tone.connect(gain).connect(context.destination);
    tone.start(at);
    tone.stop(at + 0.16);
  }
}
