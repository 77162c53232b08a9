/**
 * Local full-text search with typo tolerance for the answer library: no external service.
 * Documents are short (a question, its keywords, its answer), so scoring a site's whole library in
 * memory is cheap. Each query term is matched to the closest document term (exact, prefix, or by
 * trigram similarity for typos) and weighted by rarity (IDF); question and keyword terms count more.
 */
export interface SearchableAnswer {
  id: string;
  question: string;
  answer: string;
  keywords: readonly string[];
}

const STOP_WORDS = new Set(
  [
    "a an and any are as at be but by can could do does for from get has have how i in is it me my of on or",
    "our please so tell that the there this to us we what when where which who why will with would you your",
    "about know like need want hi hello thanks",
  ]
    .join(" ")
    .split(" "),
);

export function terms(text: string): string[] {
  return text
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .split(/[^\p{L}\p{N}]+/u)
    .filter((t) => t.length > 1 && !STOP_WORDS.has(t))
    .map(stem);
}

/** A light English stemmer: enough to make "pricing", "prices" and "price" meet. */
function stem(term: string): string {
  if (term.length <= 4) return term;
  return term.replace(/(ings|ing|ies|es|ed|s)$/, (m) => (m === "ies" ? "y" : ""));
}

function trigrams(term: string): Set<string> {
  const padded = `  ${term} `;
  const set = new Set<string>();
  for (let i = 0; i < padded.length - 2; i++) set.add(padded.slice(i, i + 3));
  return set;
}

function similarity(a: string, b: string): number {
  if (a === b) return 1;
  if (a.length >= 3 && (b.startsWith(a) || a.startsWith(b))) return 0.85;
  const ta = trigrams(a);
  const tb = trigrams(b);
  let shared = 0;
  for (const t of ta) if (tb.has(t)) shared++;
  return shared / (ta.size + tb.size - shared);
}

const MIN_TERM_SIMILARITY = 0.45;

export function searchAnswers<T extends SearchableAnswer>(
  library: readonly T[],
  query: string,
  limit = 3,
  minScore = 0.35,
): { answer: T; score: number }[] {
  const queryTerms = [...new Set(terms(query))];
  if (!queryTerms.length || !library.length) return [];
  const docs = library.map((a) => ({
    answer: a,
    strong: new Set([...terms(a.question), ...a.keywords.flatMap(terms)]),
    weak: new Set(terms(a.answer)),
  }));
  const idf = (term: string) => {
    const n = docs.filter((d) => d.strong.has(term) || d.weak.has(term)).length;
    return Math.log(1 + (docs.length + 1) / (n + 0.5));
  };
  const weights = queryTerms.map(idf);
  const total = weights.reduce((s, w) => s + w, 0);
  const scored = docs.map((doc) => {
    let sum = 0;
    queryTerms.forEach((qt, i) => {
      let best = 0;
      for (const t of doc.strong) best = Math.max(best, similarity(qt, t));
      for (const t of doc.weak) best = Math.max(best, similarity(qt, t) * 0.6);
      if (best >= MIN_TERM_SIMILARITY) sum += best * (weights[i] ?? 0);
    });
    return { answer: doc.answer, score: Math.round((sum / total) * 1000) / 1000 };
  });
  return scored
    .filter((s) => s.score >= minScore)
    .sort((a, b) => b.score - a.score)
    .slice(0, limit);
}
