/** "Fit" never zooms past 100 %: a stream of one card should not fill the screen. */
export const FIT_VIEW = { padding: 0.15, maxZoom: 1 } as const;
