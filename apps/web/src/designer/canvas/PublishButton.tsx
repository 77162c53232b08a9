import { Button } from "../../ui/Button";
import { publishAnswer, usePublish } from "../save/usePublish";

interface PublishButtonProps {
  siteId: string;
  dialogueId: string;
  problems: number;
  flush(): Promise<boolean>;
}

/** Publish: blocked (with the count) while the draft has problems; saves first; says what happened. */
export function PublishButton({ siteId, dialogueId, problems, flush }: PublishButtonProps) {
  const publish = usePublish(siteId, dialogueId, flush);
  const answer = publishAnswer({ data: publish.data, error: publish.error });
  return (
    <span className="publish">
      <Button
        variant="primary"
        disabled={problems > 0 || publish.isPending}
        onPress={() => publish.mutate()}
        aria-describedby="publish-answer"
      >
        {publish.isPending ? "Publishing…" : problems > 0 ? `Publish (${problems} to fix)` : "Publish"}
      </Button>
      <span
        id="publish-answer"
        className={answer?.ok === false ? "publish-answer is-error" : "publish-answer"}
        role="status"
      >
        {answer?.text ?? ""}
      </span>
    </span>
  );
}
