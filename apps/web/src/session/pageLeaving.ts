let leaving = false;

/**
 * The page is being replaced by a full load (sign-out reloads on the sign-in page). Until it is, no
 * in-app navigation may start: in Chromium a history push cancels the pending load.
 */
export function markPageLeaving(): void {
  leaving = true;
}

export function isPageLeaving(): boolean {
  return leaving;
}
