import { explainPageMatch } from "@parley/flow/targeting/explainPageMatch";
import { useState } from "react";
import { TextField } from "../ui/TextField";

interface UrlTesterProps {
  include: readonly string[];
  exclude: readonly string[];
}

/** "Would this URL match?" with the server's own rule (packages/flow explainPageMatch). */
export function UrlTester({ include, exclude }: UrlTesterProps) {
  const [url, setUrl] = useState("");
  const patterns = (list: readonly string[]) => list.map((p) => p.trim()).filter(Boolean);
  const trimmed = url.trim();
  const match = trimmed ? explainPageMatch(patterns(include), patterns(exclude), trimmed) : null;
  let text = "";
  if (match && !match.validUrl) text = "Enter a full URL, starting with https://";
  else if (match?.excludedBy) text = `No: the exclude pattern “${match.excludedBy}” rules it out.`;
  else if (match?.includedBy) text = `Yes: it matches “${match.includedBy}”.`;
  else if (match?.matches) text = "Yes: with no include patterns, every page matches.";
  else if (match) text = "No: none of the include patterns matches.";
  return (
    <div className="stack">
      <TextField
        label="Would this URL match?"
        value={url}
        onChange={setUrl}
        placeholder="https://example.com/pricing?utm_source=linkedin"
        type="url"
        // Enter tests, it does not submit the targeting form around it.
        onKeyDown={(event) => {
          if (event.key === "Enter") event.preventDefault();
        }}
      />
      <p role="status" className={match?.matches && match.validUrl ? "verdict-yes" : "verdict-no"}>
        {text}
      </p>
    </div>
  );
}
