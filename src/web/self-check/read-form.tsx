/**
 * Reads a posted form, at most 256 KiB like the API's bodies: anything else (another media type, a
 * broken body) reads as an empty form, which validation then explains field by field.
 */
import type { Context, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { renderPage } from '../render.js';
import { INPUT_NAMES } from './form-layout.js';
import { type FormValues, formValuesOf } from './parse-form.js';

const MAX_FORM_BYTES = 256 * 1024;

export const formLimit: MiddlewareHandler = bodyLimit({
  maxSize: MAX_FORM_BYTES,
  onError: (c) =>
    renderPage(
      c,
      (lang) => (lang === 'vi' ? 'Biểu mẫu quá lớn' : 'Form too large'),
      (lang) => (
        <>
          <h1>{lang === 'vi' ? 'Biểu mẫu quá lớn' : 'Form too large'}</h1>
          <p>
            {lang === 'vi'
              ? 'Nội dung gửi lên vượt quá 256 KiB. Hãy rút gọn phần mô tả và gửi lại.'
              : 'The form sent is larger than 256 KiB. Shorten the description and send it again.'}
          </p>
          <p>
            <a href="/self-check">
              {lang === 'vi' ? 'Về trang tự đánh giá' : 'Back to the self-check'}
            </a>
          </p>
        </>
      ),
      { status: 413 },
    ),
});

export type PostedForm = { values: FormValues; extra: (name: string) => string | undefined };

export async function readForm(c: Context): Promise<PostedForm> {
  const posted: Record<string, unknown> = await c.req.parseBody().catch(() => ({}));
  return {
    values: formValuesOf(posted, INPUT_NAMES),
    extra: (name) => (typeof posted[name] === 'string' ? (posted[name] as string) : undefined),
  };
}
