import type { Site } from "@parley/protocol/sites";
import { CopyButton } from "../../ui/CopyButton";
import { installSnippet } from "./installSnippet";

/** The one tag a site owner pastes into their pages, what it needs to run, and how to check it does. */
export function InstallSnippet({ site }: { site: Site }) {
  const origin = window.location.origin;
  const snippet = installSnippet(origin, site.siteKey);
  const domains = site.allowedDomains;
  return (
    <section className="card" aria-labelledby="snippet-heading">
      <h3 id="snippet-heading">Install on your website</h3>
      <p className="field-hint">
        Paste this tag before <code>&lt;/body&gt;</code> on every page where visitors should meet Parley. It
        loads the widget from this Parley server without slowing the page down.
      </p>
      <pre className="code-box">
        <code>{snippet}</code>
      </pre>
      <CopyButton text={snippet} label="Copy snippet" />
      {domains.length === 0 ? (
        <p className="notice notice-warning">
          No allowed domains yet: the widget runs nowhere until you add your website&apos;s domain under
          Security and privacy below.
        </p>
      ) : (
        <p className="field-hint">
          It runs only on {domains.length === 1 ? "this domain" : "these domains"}:{" "}
          <strong>{domains.join(", ")}</strong> (change them under Security and privacy below).
        </p>
      )}
      <details className="snippet-more">
        <summary>Check the installation</summary>
        <ol>
          <li>Open a page of your site where a published dialogue is targeted.</li>
          <li>The launcher appears in the corner set below; click it to start the dialogue.</li>
          <li>
            Nothing? In the browser&apos;s console, <code>window.Parley</code> should be defined. A warning
            starting with <code>[parley]</code> says what went wrong; a page on a domain that is not allowed
            gets no widget at all.
          </li>
        </ol>
      </details>
      <details className="snippet-more">
        <summary>JavaScript API</summary>
        <p className="field-hint">
          Once loaded, the widget fires <code>parley:ready</code> on <code>window</code> and offers{" "}
          <code>window.Parley</code>: <code>open()</code>, <code>close()</code>, <code>identify(…)</code>,{" "}
          <code>setAttributes(…)</code>, <code>startFlow(id)</code>, <code>setLanguage(code)</code>,{" "}
          <code>on(event, handler)</code> and <code>shutdown()</code>. Links and forms can start a flow
          without code: <code>data-parley-flow=&quot;ID&quot;</code>. The TypeScript types are at{" "}
          <a href={`${origin}/widget/parley.d.ts`} target="_blank" rel="noreferrer">
            {`${origin}/widget/parley.d.ts`}
          </a>
          .
        </p>
      </details>
    </section>
  );
}
