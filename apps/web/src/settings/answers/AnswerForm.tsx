import type { Answer } from "@parley/protocol/library";
import { type FormEvent, useState } from "react";
import { fieldErrorsOf } from "../../forms/fieldErrorsOf";
import { useUnsavedChangesGuard } from "../../forms/useUnsavedChangesGuard";
import { Button } from "../../ui/Button";
import { FormMessage } from "../../ui/FormMessage";
import { TextField } from "../../ui/TextField";
import { type AnswerDraft, answerProblems, keywordsOf, LIMITS } from "./answerDraft";
import { useAnswerMutations } from "./useAnswers";

interface AnswerFormProps {
  siteId: string;
  /** The answer to edit; absent when adding one. */
  answer?: Answer;
  onDone(saved: Answer): void;
  onCancel(): void;
}

/** One entry of the answer library: the question as visitors ask it, the answer, keywords. */
export function AnswerForm({ siteId, answer, onDone, onCancel }: AnswerFormProps) {
  const { create, update } = useAnswerMutations(siteId);
  const save = answer ? update : create;
  const initial: AnswerDraft = {
    question: answer?.question ?? "",
    answer: answer?.answer ?? "",
    keywords: answer?.keywords.join(", ") ?? "",
  };
  const [draft, setDraft] = useState(initial);
  const [problems, setProblems] = useState<Record<string, string>>({});
  const set = (key: keyof AnswerDraft) => (value: string) => setDraft((d) => ({ ...d, [key]: value }));
  useUnsavedChangesGuard(
    !save.isPending && !save.isSuccess && JSON.stringify(draft) !== JSON.stringify(initial),
  );
  const errors = { ...fieldErrorsOf(save.error), ...problems };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = answerProblems(draft);
    setProblems(found);
    if (Object.keys(found).length) return save.reset();
    const body = {
      question: draft.question.trim(),
      answer: draft.answer.trim(),
      keywords: keywordsOf(draft.keywords),
    };
    if (answer) update.mutate({ id: answer.id, ...body }, { onSuccess: onDone });
    else create.mutate(body, { onSuccess: onDone });
  };

  const headingId = `answer-form-${answer?.id ?? "new"}`;
  const hasProblems = Object.keys(problems).length > 0;
  return (
    <form noValidate className="card form" onSubmit={submit} aria-labelledby={headingId}>
      <h3 id={headingId}>{answer ? "Edit answer" : "New answer"}</h3>
      <TextField
        label="Question"
        required
        autoFocus
        maxLength={LIMITS.question}
        placeholder="How much does it cost?"
        hint="As a visitor would ask it. Its words count most when a question is matched."
        value={draft.question}
        onChange={set("question")}
        error={errors.question}
      />
      <TextField
        label="Answer"
        required
        rows={5}
        maxLength={LIMITS.answer}
        hint={`What the bot replies (up to ${LIMITS.answer} characters: ${draft.answer.length} so far).`}
        value={draft.answer}
        onChange={set("answer")}
        error={errors.answer}
      />
      <TextField
        label="Keywords"
        placeholder="price, cost, plans"
        hint={`Other words visitors use for it, separated by commas (up to ${LIMITS.keywords}).`}
        value={draft.keywords}
        onChange={set("keywords")}
        error={errors.keywords}
      />
      <FormMessage
        error={hasProblems ? new Error("Please correct the fields marked above.") : save.error}
        fields={["question", "answer", "keywords"]}
      />
      <div className="form-actions">
        <Button type="submit" variant="primary" disabled={save.isPending}>
          {save.isPending ? "Saving…" : answer ? "Save answer" : "Add answer"}
        </Button>
        <Button onPress={onCancel}>Cancel</Button>
      </div>
    </form>
  );
}
