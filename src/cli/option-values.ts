/** Option values several commands take (a language, a date), checked the same way: bad ones are usage errors. */
import { LANGS, type Lang } from '../screening/i18n.js';
import { isIsoDate } from '../screening/proposal-schema.js';
import { UsageError } from './cli-error.js';

const isLang = (value: string): value is Lang => (LANGS as readonly string[]).includes(value);

/** `--lang`: Vietnamese unless told otherwise, as the department reads it. */
export function langOption(value: string | undefined, command: string): Lang {
  const lang = value ?? 'vi';
  if (!isLang(lang)) throw new UsageError(`--lang must be vi or en, not "${lang}".`, command);
  return lang;
}

export function dateOption(
  name: string,
  value: string | undefined,
  command: string,
): string | undefined {
  if (value !== undefined && !isIsoDate(value))
    throw new UsageError(`--${name} must be a calendar date YYYY-MM-DD, not "${value}".`, command);
  return value;
}
