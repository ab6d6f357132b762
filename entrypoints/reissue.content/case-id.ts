/**
 * The id of the request in front of the operator: the checklist's "done" and the portal's own
 * confirmation send the same id, so one request is never counted twice. A random UUID: it
 * carries nothing about the citizen.
 */
let current = crypto.randomUUID();

export function currentCaseId(): string {
  return current;
}

/** A new request starts (the previous one was counted or abandoned). */
export function nextCaseId(): string {
  current = crypto.randomUUID();
  return current;
}
