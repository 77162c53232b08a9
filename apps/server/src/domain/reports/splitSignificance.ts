/** Below this many conversations per branch, or 5 successes and 5 failures, the note says "too few". */
export const MIN_BRANCH_CONVERSATIONS = 30;
const MIN_OUTCOMES = 5;

export interface BranchOutcome {
  name: string;
  /** Conversations sent down the branch, and how many of them had the outcome. */
  n: number;
  x: number;
}

/** Standard normal cumulative distribution (Abramowitz–Stegun 7.1.26 erf, |error| < 1.5e-7). */
export function normalCdf(z: number): number {
  const t = 1 / (1 + 0.3275911 * (Math.abs(z) / Math.SQRT2));
  const poly =
    t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
  const erf = 1 - poly * Math.exp(-(z * z) / 2);
  return z >= 0 ? (1 + erf) / 2 : (1 - erf) / 2;
}

/** Two-sided p-value of a two-proportion z-test (pooled), or null when it cannot be computed. */
export function twoProportionPValue(a: BranchOutcome, b: BranchOutcome): number | null {
  if (a.n === 0 || b.n === 0) return null;
  const pooled = (a.x + b.x) / (a.n + b.n);
  const se = Math.sqrt(pooled * (1 - pooled) * (1 / a.n + 1 / b.n));
  if (se === 0) return null;
  const z = (a.x / a.n - b.x / b.n) / se;
  return 2 * (1 - normalCdf(Math.abs(z)));
}

const percent = (x: number, n: number) => `${((100 * x) / n).toFixed(1)}%`;

/**
 * A plain-words note comparing a branch with the split's first branch on one outcome
 * (e.g. "completion"): the two rates and whether the difference is significant at the 95% level
 * (two-proportion z-test), or why the sample is too small to tell.
 */
export function significanceNote(
  split: string,
  outcome: string,
  base: BranchOutcome,
  other: BranchOutcome,
): string {
  const head = `${split}, ${outcome}: ${other.name} vs ${base.name}`;
  const small = [base, other].find(
    (b) => b.n < MIN_BRANCH_CONVERSATIONS || Math.min(b.x, b.n - b.x) < MIN_OUTCOMES,
  );
  if (small)
    return (
      `${head}: too few conversations to tell (${base.n} and ${other.n}; a branch needs at least ` +
      `${MIN_BRANCH_CONVERSATIONS}, with ${MIN_OUTCOMES} that reached it and ${MIN_OUTCOMES} that did not).`
    );
  const p = twoProportionPValue(base, other)!;
  const shown = p < 0.001 ? "p < 0.001" : `p = ${p.toFixed(3)}`;
  const rates = `${percent(other.x, other.n)} vs ${percent(base.x, base.n)}`;
  return p < 0.05
    ? `${head}: ${rates}, a significant difference (${shown}, two-proportion z-test).`
    : `${head}: ${rates}, not a significant difference (${shown}); it may be chance.`;
}
