import { useOutbox } from "../../data/useOutbox";
import { Link, useParams } from "@tanstack/react-router";
import { EmptyState } from "../../ui/EmptyState";
import { formatDate } from "../../ui/formatDate";
import { QueryState } from "../../ui/QueryState";
import { SectionHeader } from "../SectionHeader";
import { OutboxMailView } from "./OutboxMailView";
import { OUTBOX_STATUS_LABEL } from "./outboxStatusLabel";

/** /settings/outbox (every mail Parley sent or holds) and /settings/outbox/<id> (one to read). */
export function OutboxSection() {
  const { mailId } = useParams({ strict: false });
  if (mailId) return <OutboxMailView id={mailId} />;
  return <OutboxList />;
}

function OutboxList() {
  const outbox = useOutbox();
  return (
    <section className="section" aria-labelledby="outbox-heading">
      <SectionHeader
        id="outbox-heading"
        title="Outbox"
        description="Every mail Parley sends: invitations, password resets. Without a mail server (SMTP_URL) they wait here, so you can pass the link on yourself."
      />
      <QueryState query={outbox} what="mails">
        {(list) =>
          list.length === 0 ? (
            <EmptyState title="No mail yet">
              <p>Invitations and password resets will show up here.</p>
            </EmptyState>
          ) : (
            <div className="table-wrap">
              <table className="table outbox-table">
                <caption className="visually-hidden">Outbox</caption>
                <thead>
                  <tr>
                    <th scope="col">Recipient</th>
                    <th scope="col">Subject</th>
                    <th scope="col">Status</th>
                    <th scope="col">Time</th>
                  </tr>
                </thead>
                <tbody>
                  {list.map((mail) => (
                    <tr key={mail.id}>
                      <td>{mail.recipient}</td>
                      <td>
                        <Link to="/settings/outbox/$mailId" params={{ mailId: mail.id }}>
                          {mail.subject}
                        </Link>
                      </td>
                      <td>{OUTBOX_STATUS_LABEL[mail.status]}</td>
                      <td>{formatDate(mail.sentAt ?? mail.createdAt)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )
        }
      </QueryState>
    </section>
  );
}
