import { useOutboxMail } from "../../data/useOutbox";
import { Link } from "@tanstack/react-router";
import { formatDate } from "../../ui/formatDate";
import { QueryState } from "../../ui/QueryState";
import { OUTBOX_STATUS_LABEL } from "./outboxStatusLabel";

/** One outgoing mail: who, what, its delivery, and its text (shown as text: nothing in it runs). */
export function OutboxMailView({ id }: { id: string }) {
  const mail = useOutboxMail(id);
  return (
    <section className="section" aria-labelledby="outbox-mail-heading">
      <p>
        <Link to="/settings/outbox">← All mail</Link>
      </p>
      <QueryState query={mail} what="the mail">
        {(m) => (
          <>
            <h2 id="outbox-mail-heading">{m.subject}</h2>
            <dl className="outbox-meta">
              <dt>To</dt>
              <dd>{m.recipient}</dd>
              <dt>Status</dt>
              <dd>{OUTBOX_STATUS_LABEL[m.status]}</dd>
              <dt>Queued</dt>
              <dd>{formatDate(m.createdAt)}</dd>
              <dt>Sent</dt>
              <dd>{formatDate(m.sentAt, "not yet")}</dd>
              <dt>Attempts</dt>
              <dd>{m.attempts}</dd>
              {m.lastError && (
                <>
                  <dt>Last error</dt>
                  <dd>{m.lastError}</dd>
                </>
              )}
              {m.attachments.length > 0 && (
                <>
                  <dt>Attachments</dt>
                  <dd>{m.attachments.map((a) => a.filename).join(", ")}</dd>
                </>
              )}
            </dl>
            {m.text === null ? (
              <p className="notice notice-info">
                This mail is about a user whose role or sites go beyond yours, so its text (and the link in
                it) is not shown to you.
              </p>
            ) : (
              <pre className="outbox-text" aria-label="Mail text">
                {m.text}
              </pre>
            )}
          </>
        )}
      </QueryState>
    </section>
  );
}
