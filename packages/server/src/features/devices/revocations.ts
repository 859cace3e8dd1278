/**
 * In-process news of device credentials that stopped working (a device revoked or its credential
 * rotated), so the agent API's credential cache forgets them at once instead of after its TTL.
 * Another process learns of it only through its own cache's short TTL (ADR 0004).
 */
type Listener = (deviceId: string) => void;

const listeners = new Set<Listener>();

/** Calls `listener` with each device whose credential stops working; returns the unsubscribe. */
export function onCredentialRevoked(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function announceCredentialRevoked(deviceId: string): void {
  for (const listener of listeners) listener(deviceId);
}
