/** Who is signed in, a way back to the queue, and the sign-out form (a POST, with its code). */
import type { Lang } from '../../screening/i18n.js';
import { CSRF_FIELD } from './csrf.js';
import { o, ROLE_WORDS } from './officer-texts.js';
import type { OfficerSession } from './session.js';

export function OfficerBar({ session, lang }: { session: OfficerSession; lang: Lang }) {
  return (
    <div class="officer-bar">
      <span>
        {o('signedInAs', lang, {
          name: session.actor.name,
          role: ROLE_WORDS[session.actor.role]?.[lang] ?? session.actor.role,
        })}
      </span>{' '}
      <a href="/officer">{o('queue', lang)}</a>{' '}
      <form method="post" action="/officer/sign-out" class="inline">
        <input type="hidden" name={CSRF_FIELD} value={session.csrf} />
        <button type="submit" class="secondary">
          {o('signOut', lang)}
        </button>
      </form>
    </div>
  );
}
