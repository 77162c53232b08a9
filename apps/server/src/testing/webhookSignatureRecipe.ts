import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";

type Verify = (secret: string, header: string, rawBody: string, nowSeconds?: number) => boolean;

/**
 * The verification recipe of docs/webhooks.md, taken from the page itself (its `verifyParleySignature`
 * code block), so tests prove that what receivers are told to run accepts Parley's signatures.
 */
export function documentedVerifier(): Verify {
  const doc = fs.readFileSync(path.resolve(import.meta.dirname, "../../../../docs/webhooks.md"), "utf8");
  const block = /```js\n([\s\S]*?function verifyParleySignature[\s\S]*?)```/.exec(doc)?.[1];
  if (!block) throw new Error("docs/webhooks.md has no verifyParleySignature code block");
  const code = block.replace(/^import .*$/gm, "");
  return new Function("crypto", `${code}\nreturn verifyParleySignature;`)(crypto) as Verify;
}
