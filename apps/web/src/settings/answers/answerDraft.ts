import type { Answer } from "@parley/protocol/library";

/** The library's limits (packages/protocol/src/library.ts), said in the form before the server must. */
export const LIMITS = { questionMin: 3, question: 500, answer: 5000, keywords: 50, keyword: 60 };

/** Keywords typed as one line, separated by commas: trimmed, empties and repeats dropped. */
export function keywordsOf(text: string): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of text.split(",")) {
    const word = raw.trim();
    if (word && !seen.has(word.toLowerCase())) {
      seen.add(word.toLowerCase());
      out.push(word);
    }
  }
  return out;
}

export interface AnswerDraft {
  question: string;
  answer: string;
  keywords: string;
}

/** What is wrong with a draft, in words, by field (empty: nothing). */
export function answerProblems(d: AnswerDraft): Record<string, string> {
  const problems: Record<string, string> = {};
  const question = d.question.trim();
  if (question.length < LIMITS.questionMin) problems.question = "Write the question (at least 3 characters)";
  else if (question.length > LIMITS.question) problems.question = `At most ${LIMITS.question} characters`;
  const answer = d.answer.trim();
  if (!answer) problems.answer = "Write the answer visitors get";
  else if (answer.length > LIMITS.answer) problems.answer = `At most ${LIMITS.answer} characters`;
  const keywords = keywordsOf(d.keywords);
  if (keywords.length > LIMITS.keywords) problems.keywords = `At most ${LIMITS.keywords} keywords`;
  else if (keywords.some((k) => k.length > LIMITS.keyword))
    problems.keywords = `Each keyword at most ${LIMITS.keyword} characters`;
  return problems;
}

/** Answers whose question, answer or keywords contain every word of `filter` (the list's search box). */
export function filterAnswers(answers: readonly Answer[], filter: string): Answer[] {
  const words = filter.toLowerCase().split(/\s+/).filter(Boolean);
  if (!words.length) return [...answers];
  return answers.filter((a) => {
    const text = [a.question, a.answer, ...a.keywords].join(" ").toLowerCase();
    return words.every((w) => text.includes(w));
  });
}
