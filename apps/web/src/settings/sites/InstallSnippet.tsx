import type { Site } from "@parley/protocol/sites";
import { CopyButton } from "../../ui/CopyButton";

/** The one tag a site owner pastes into their pages. */
export function InstallSnippet({ site }: { site: Site }) {
  const snippet = `<script src="${window.location.origin}/widget.js" data-site="${site.siteKey}" async></script>`;
  return (
    <section className="card" aria-labelledby="snippet-heading">
      <h3 id="snippet-heading">Install on your website</h3>
      <p className="field-hint">
        Paste this tag before <code>&lt;/body&gt;</code> on every page where visitors should meet Parley. It
        runs only on the allowed domains below.
      </p>
      <pre className="code-box">
        <code>{snippet}</code>
      </pre>
      <CopyButton text={snippet} label="Copy snippet" />
    </section>
  );
}
