import type { Answer } from "@parley/protocol/library";
import { Button } from "../../ui/Button";
import { ConfirmButton } from "../../ui/ConfirmButton";
import { useAnswerMutations } from "./useAnswers";

interface AnswerCardProps {
  siteId: string;
  answer: Answer;
  canManage: boolean;
  onEdit(): void;
}

/** One answer in the library list: its question, answer and keywords, with edit and delete. */
export function AnswerCard({ siteId, answer, canManage, onEdit }: AnswerCardProps) {
  const { remove } = useAnswerMutations(siteId);
  return (
    <li className="card card-row">
      <div className="card-row-main">
        <h3 className="cell-title">{answer.question}</h3>
        <p className="answer-text">{answer.answer}</p>
        {answer.keywords.length > 0 && (
          <ul className="keyword-list" aria-label="Keywords">
            {answer.keywords.map((k) => (
              <li key={k} className="chip">
                {k}
              </li>
            ))}
          </ul>
        )}
        {remove.error && (
          <p className="text-error" role="alert">
            {remove.error.message}
          </p>
        )}
      </div>
      {canManage && (
        <div className="card-row-actions">
          <Button aria-label={`Edit “${answer.question}”`} onPress={onEdit}>
            Edit
          </Button>
          <ConfirmButton
            label="Delete"
            question={`Delete “${answer.question}”?`}
            ariaLabel={`Delete “${answer.question}”`}
            pending={remove.isPending}
            onConfirm={() => remove.mutate(answer.id)}
          />
        </div>
      )}
    </li>
  );
}
