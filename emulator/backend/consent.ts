/**
 * What each account has consented to for this script project on Google's side: the OAuth
 * scopes it left unticked on the consent screen. Since 2025 Apps Script shows a granular consent
 * screen (first in the IDE, then add-ons, triggers and web apps): a user may grant only some of
 * the scopes a manifest asks for, and a later call that needs an ungranted scope fails
 * ("Authorization scopes" › granular OAuth consent,
 * https://developers.google.com/apps-script/concepts/scopes; Workspace Updates, 8 January 2025,
 * https://workspaceupdates.googleblog.com/2025/01/granular-oauth-consent-in-google-apps-script.html).
 * The script can ask which were granted with `ScriptApp.getAuthorizationInfo(authMode, scopes)`
 * (https://developers.google.com/apps-script/reference/script/authorization-info).
 *
 * By default every account has granted every scope the manifest asks for (the emulation's
 * executions hold the manifest's scopes); a test declines some for one account. An execution
 * holds the manifest's scopes minus those its effective user declined (a trigger runs with its
 * creator's grant).
 */
import type { BackendModule } from './world';

export class ConsentBackend implements BackendModule {
  readonly name = 'consent';
  private declinedBy = new Map<string, Set<string>>();

  // ---- host side: tests and the playground -------------------------------------------------

  /** `user` leaves `scopes` unticked on the consent screen (added to what she declined). */
  decline(user: string, scopes: readonly string[]): void {
    const key = user.trim().toLowerCase();
    const set = this.declinedBy.get(key) ?? new Set<string>();
    for (const s of scopes) set.add(s);
    this.declinedBy.set(key, set);
  }

  /** `user` authorizes again, ticking every scope. */
  grantAll(user: string): void {
    this.declinedBy.delete(user.trim().toLowerCase());
  }

  /** The scopes `user` declined, sorted. */
  declined(user: string): string[] {
    return [...(this.declinedBy.get(user.trim().toLowerCase()) ?? [])].sort();
  }

  // ---- the wire ----------------------------------------------------------------------------

  handle(op: string, args: unknown[]): unknown {
    if (op === 'declined') return this.declined(String(args[0] ?? ''));
    throw new Error(`Apps Script emulation: consent.${op} is not an operation.`);
  }

  snapshot(): unknown {
    return { declined: Object.fromEntries([...this.declinedBy].map(([u, s]) => [u, [...s]])) };
  }

  restore(state: unknown): void {
    const s = (state ?? {}) as { declined?: Record<string, string[]> };
    this.declinedBy = new Map(
      Object.entries(s.declined ?? {}).map(([u, list]) => [u, new Set(list)]),
    );
  }
}
