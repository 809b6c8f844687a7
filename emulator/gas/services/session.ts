/**
 * `Session`: who runs the execution (`getActiveUser().getEmail()` may be '' — consumer
 * accounts outside the owner's domain, simple triggers), the effective user, the script's time
 * zone (`Asia/Jakarta` by default) and the user's locale (`id`).
 */
import { guard } from '../../core/guard';
import type { FacadeContext } from '../context';

const S = 'Session';

function createUser(ctx: FacadeContext, email: string): GoogleAppsScript.Base.User {
  const user = {
    getEmail: () => (ctx.charge(S, 'User.getEmail', 'local'), email),
    toString: () => email,
  };
  return guard(user, 'User') as unknown as GoogleAppsScript.Base.User;
}

export function createSession(ctx: FacadeContext): GoogleAppsScript.Base.Session {
  const o = ctx.options;
  const session = {
    getActiveUser() {
      ctx.charge(S, 'Session.getActiveUser', 'runtime');
      return createUser(ctx, o.user);
    },
    getEffectiveUser() {
      ctx.charge(S, 'Session.getEffectiveUser', 'runtime');
      return createUser(ctx, o.effectiveUser ?? o.user);
    },
    getScriptTimeZone(): string {
      ctx.charge(S, 'Session.getScriptTimeZone', 'runtime');
      return o.timeZone ?? 'Asia/Jakarta';
    },
    getActiveUserLocale(): string {
      ctx.charge(S, 'Session.getActiveUserLocale', 'runtime');
      return 'id';
    },
    getTemporaryActiveUserKey(): string {
      ctx.charge(S, 'Session.getTemporaryActiveUserKey', 'runtime');
      const bytes = ctx.backend<number[]>('utilities.digest', 'SHA_256', `tmp-key:${o.user}`);
      return ctx.backend<string>('utilities.base64Encode', bytes, null, true).slice(0, 43);
    },
  };
  return guard(session, S) as unknown as GoogleAppsScript.Base.Session;
}
