import { Link } from "@tanstack/react-router";
import { type FormEvent, useState } from "react";
import { Button } from "../ui/Button";
import { FormMessage } from "../ui/FormMessage";
import { TextField } from "../ui/TextField";
import { pageUrlInput } from "./pageUrlInput";
import { useDialogueStatus } from "./useDialogueStatus";

/** "Would a visitor see a dialogue on this page?": the server's answer, decided as the widget decides. */
export function PageCheck({ siteId }: { siteId: string }) {
  const [typed, setTyped] = useState("");
  const [error, setError] = useState<string>();
  const [url, setUrl] = useState<string | null>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const read = pageUrlInput(typed);
    if ("error" in read) {
      setError(read.error);
      setUrl(null);
      return;
    }
    setError(undefined);
    setUrl(read.url);
  };
  return (
    <details className="page-check">
      <summary>Check a page: which dialogue would a new visitor get there?</summary>
      <form className="page-check-form" onSubmit={submit} noValidate>
        <TextField
          label="Page address"
          value={typed}
          onChange={(v) => {
            setTyped(v);
            setError(undefined);
          }}
          placeholder="https://www.example.com/pricing"
          maxLength={2000}
          error={error}
        />
        <Button type="submit">Check</Button>
      </form>
      {url !== null && <PageCheckAnswer siteId={siteId} url={url} />}
    </details>
  );
}

function PageCheckAnswer({ siteId, url }: { siteId: string; url: string }) {
  const status = useDialogueStatus(siteId, url);
  if (status.isPending) return <p role="status">Checking…</p>;
  if (status.isError) return <FormMessage error={status.error} />;
  const { pageDialogue, reasons } = status.data;
  return (
    <div className="page-check-answer" role="status">
      {pageDialogue ? (
        <p className="notice notice-success">
          A new visitor on this page gets{" "}
          <Link to="/dialogues/$dialogueId/targeting" params={{ dialogueId: pageDialogue.id }}>
            {pageDialogue.name}
          </Link>
          {pageDialogue.hasAudience ? ", if they are in its audience." : "."}
        </p>
      ) : (
        <div className="notice notice-warning">
          <p>No dialogue would show on this page:</p>
          <ul className="problem-list">
            {reasons.map((r) => (
              <li key={r.code}>{r.message}</li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
