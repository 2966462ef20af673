/** The scenario id in an address hash `#/scenario/<id>`, if any. */
export function scenarioIdFromHash(hash: string): string | undefined {
  const match = /^#\/scenario\/([^/?#]+)/.exec(hash);
  return match ? decodeURIComponent(match[1]!) : undefined;
}
