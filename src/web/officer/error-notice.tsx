/** A verb's refusal (a conflict, a validation problem) shown on the page, in the page's language. */
import type { Lang, Text } from '../../screening/i18n.js';
import { proposalField } from '../../screening/proposal-fields.js';
import { ServiceError } from '../../service-errors.js';
import { o } from './officer-texts.js';

export type PageError = {
  status: 400 | 404 | 409;
  text: Text;
  issues: { path: string; message: Text }[];
};

const STATUS: Record<string, PageError['status']> = {
  conflict: 409,
  not_found: 404,
  validation_failed: 400,
};

/** The page's form of a verb error; anything else is not the officer's doing and is rethrown. */
export function pageErrorOf(error: unknown): PageError {
  if (!(error instanceof ServiceError)) throw error;
  return {
    status: STATUS[error.code] ?? 400,
    text: error.text,
    issues: (error.extra.issues ?? []).map((i) => ({ path: i.path, message: i.message })),
  };
}

/** An issue's path, named by its field when it is a proposal field ("value" stays as it is). */
function pathLabel(path: string, lang: Lang): string {
  return proposalField(path)?.label[lang] ?? path;
}

export function ErrorNotice({ error, lang }: { error: PageError | undefined; lang: Lang }) {
  if (!error) return null;
  return (
    <div class="errors-summary" role="alert" id="error">
      <h2>{o('errorTitle', lang)}</h2>
      <p>{error.text[lang]}</p>
      {error.issues.length > 0 && (
        <ul>
          {error.issues.map((i) => (
            <li>
              {i.path ? `${pathLabel(i.path, lang)}: ` : ''}
              {i.message[lang]}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
