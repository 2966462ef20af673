import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

/** The package version, read from package.json. */
export const version: string = (require("../../package.json") as { version: string }).version;
