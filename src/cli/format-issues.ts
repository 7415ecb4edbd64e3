/** Validation problems as terminal lines, each with its JSON path, in one language or both. */
import type { Lang, Text } from '../screening/i18n.js';
import type { ValidationIssue } from '../screening/validation-issues.js';

/** English first and Vietnamese after it, for messages of commands that have no --lang. */
export function bilingual(text: Text): string {
  return text.en === text.vi ? text.en : `${text.en}\n${text.vi}`;
}

export function formatIssues(issues: readonly ValidationIssue[], lang: Lang | 'both'): string {
  return issues
    .map((i) => {
      const message = lang === 'both' ? `${i.message.en} / ${i.message.vi}` : i.message[lang];
      return `  ${i.path || '(proposal)'}: ${message}`;
    })
    .join('\n');
}
