import { useDeferredValue, useState } from "react";
import { TextField } from "../../ui/TextField";
import { useAnswerSearch } from "./useAnswers";

/**
 * "Try a question": what a visitor asking it at an Answer card would get, from the server's own
 * matcher. The bot replies with the best match; with none, the card's fallback (no answer) follows.
 */
export function TryQuestionCard({ siteId }: { siteId: string }) {
  const [question, setQuestion] = useState("");
  const asked = useDeferredValue(question);
  const search = useAnswerSearch(siteId, asked);
  const [best, ...others] = search.data ?? [];
  return (
    <section className="card form" aria-labelledby="try-question-heading">
      <h3 id="try-question-heading">Try a question</h3>
      <TextField
        label="A visitor asks"
        placeholder="Do you have a free trial?"
        maxLength={500}
        value={question}
        onChange={setQuestion}
      />
      <div aria-live="polite" className="try-answer">
        {asked.trim() === "" ? (
          <p className="field-hint">Type a question to see which answer the bot would give.</p>
        ) : search.isError ? (
          <p className="text-error" role="alert">
            {search.error.message}
          </p>
        ) : search.isPending ? (
          <p className="field-hint">Looking…</p>
        ) : best ? (
          <>
            <p className="field-hint">
              The bot answers with <strong>{best.answer.question}</strong> (match{" "}
              {Math.round(best.score * 100)}%):
            </p>
            <p className="try-answer-text">{best.answer.answer}</p>
            {others.length > 0 && (
              <p className="field-hint">
                Also close:{" "}
                {others.map((m) => `${m.answer.question} (${Math.round(m.score * 100)}%)`).join("; ")}.
              </p>
            )}
          </>
        ) : (
          <p className="notice notice-warning">
            No answer matches: the visitor gets the Answer card&apos;s fallback message. Add an answer or
            keywords with the words visitors use.
          </p>
        )}
      </div>
    </section>
  );
}
