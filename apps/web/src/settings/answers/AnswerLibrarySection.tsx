import type { Answer } from "@parley/protocol/library";
import { useState } from "react";
import { SiteRequired } from "../../people/SiteRequired";
import { useSession } from "../../session/SessionContext";
import { useSelectedSite } from "../../shell/SelectedSiteContext";
import { Button } from "../../ui/Button";
import { EmptyState } from "../../ui/EmptyState";
import { FormMessage } from "../../ui/FormMessage";
import { QueryState } from "../../ui/QueryState";
import { TextField } from "../../ui/TextField";
import { SectionHeader } from "../SectionHeader";
import { AnswerCard } from "./AnswerCard";
import { AnswerForm } from "./AnswerForm";
import { filterAnswers } from "./answerDraft";
import { TryQuestionCard } from "./TryQuestionCard";
import { useAnswers } from "./useAnswers";
import "./answers.css";

/** /settings/answers: the selected site's answer library, which the designer's Answer card searches. */
export function AnswerLibrarySection() {
  const { site } = useSelectedSite();
  return (
    <section className="section" aria-labelledby="answers-heading">
      <SectionHeader
        id="answers-heading"
        title="Answer library"
        description={`Questions and answers of ${site?.name ?? "the site"}: an Answer card in a dialogue replies to a visitor's typed question with the best match. Pick another site at the top.`}
      />
      <SiteRequired what="The answer library appears here once there is a site.">
        {(siteId) => <LibraryOfSite key={siteId} siteId={siteId} />}
      </SiteRequired>
    </section>
  );
}

function LibraryOfSite({ siteId }: { siteId: string }) {
  const { can } = useSession();
  const canManage = can("dialogues.manage");
  const answers = useAnswers(siteId);
  const [editing, setEditing] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [filter, setFilter] = useState("");
  const edit = (id: string | null) => {
    setNotice(null);
    setEditing(id);
  };
  const done = (verb: string) => (saved: Answer) => {
    setEditing(null);
    setNotice(`“${saved.question}” ${verb}.`);
  };

  return (
    <div className="answers-layout">
      <div className="stack">
        <div className="answers-toolbar">
          <TextField
            label="Search the library"
            type="search"
            placeholder="Words of a question, answer or keyword"
            value={filter}
            onChange={setFilter}
          />
          {canManage && editing !== "new" && (
            <Button variant="primary" onPress={() => edit("new")}>
              New answer
            </Button>
          )}
        </div>
        <FormMessage success={notice} />
        {editing === "new" && (
          <AnswerForm siteId={siteId} onCancel={() => edit(null)} onDone={done("added")} />
        )}
        <QueryState query={answers} what="the answer library">
          {(all) => {
            if (all.length === 0)
              return (
                <EmptyState title="No answers yet">
                  <p>Add the questions visitors ask most, such as pricing, trials or delivery times.</p>
                </EmptyState>
              );
            const shown = filterAnswers(all, filter);
            return (
              <>
                <p className="field-hint" role="status">
                  {shown.length === all.length
                    ? `${all.length} ${all.length === 1 ? "answer" : "answers"}`
                    : `${shown.length} of ${all.length} answers match “${filter.trim()}”`}
                </p>
                {shown.length > 0 && (
                  <ul className="card-list" aria-label="Answers">
                    {shown.map((answer) =>
                      editing === answer.id ? (
                        <li key={answer.id}>
                          <AnswerForm
                            siteId={siteId}
                            answer={answer}
                            onCancel={() => edit(null)}
                            onDone={done("saved")}
                          />
                        </li>
                      ) : (
                        <AnswerCard
                          key={answer.id}
                          siteId={siteId}
                          answer={answer}
                          canManage={canManage}
                          onEdit={() => edit(answer.id)}
                        />
                      ),
                    )}
                  </ul>
                )}
              </>
            );
          }}
        </QueryState>
      </div>
      <aside className="answers-try">
        <TryQuestionCard siteId={siteId} />
      </aside>
    </div>
  );
}
