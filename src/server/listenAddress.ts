/**
 * The rule on where the server may listen: loopback freely, any other address only with an API token.
 * @module
 */
import { isIP } from "node:net";
import { EngineError } from "../errors.js";

/** True for `localhost`, 127.0.0.0/8 and ::1 (also in its IPv4-mapped form). */
export function isLoopbackHost(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, "").toLowerCase();
  if (h === "localhost" || h === "::1" || h === "0:0:0:0:0:0:0:1") return true;
  const v4 = h.startsWith("::ffff:") ? h.slice(7) : h;
  return isIP(v4) === 4 && v4.startsWith("127.");
}

/**
 * Throws `EngineError("unauthorized")` when `host` is not a loopback address and no token is configured:
 * an unauthenticated engine must not be reachable from other machines.
 */
export function assertListenAllowed(host: string, token: string | undefined): void {
  if (isLoopbackHost(host) || (token !== undefined && token.length > 0)) return;
  throw new EngineError(
    "unauthorized",
    `refusing to listen on ${host} without an API token: pass --token-file FILE (or listen on 127.0.0.1)`,
  );
}
