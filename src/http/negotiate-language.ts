/** Which of the two service languages a request prefers, from its Accept-Language header. */
import type { Context } from 'hono';
import { accepts } from 'hono/accepts';
import type { Lang } from '../screening/i18n.js';

/**
 * Vietnamese when the best-ranked language the client names is Vietnamese (any region, `vi-VN`
 * included), else English. Hono's own matcher compares whole tags, so `vi-VN` would not match `vi`.
 */
export function preferredLang(c: Context): Lang {
  return accepts(c, {
    header: 'Accept-Language',
    supports: ['en', 'vi'],
    default: 'en',
    match: (ranges) => {
      const ranked = ranges
        .map((r, order) => ({ lang: r.type.toLowerCase().split('-')[0], q: r.q, order }))
        .filter((r) => r.q > 0 && (r.lang === 'vi' || r.lang === 'en'))
        .sort((a, b) => b.q - a.q || a.order - b.order);
      return ranked[0]?.lang ?? 'en';
    },
  }) as Lang;
}
