import path from "node:path";
import { fileURLToPath } from "node:url";

/** The repository root (e2e/ sits directly under it). */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/** Where browser tests leave screenshots of failures (ignored by git and the linters). */
export const ARTIFACTS_DIR = path.join(REPO_ROOT, ".test-artifacts");
