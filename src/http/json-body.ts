/**
 * Reads a JSON request body: media type, size limit, syntax. Each failure is a 4xx problem, so no
 * body can reach a handler half-read or make the server answer 5xx.
 */

import type { Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { createMiddleware } from 'hono/factory';
import { text } from '../screening/i18n.js';
import { unstorableText } from '../screening/storable-text.js';
import { ProblemError, validationFailed } from './problem.js';

export const MAX_BODY_BYTES = 256 * 1024;
const MIB = 1024 * 1024;

/** "8 MiB" reads better than "8192 KiB" for a route that allows more than the default. */
function describeSize(bytes: number): string {
  return bytes >= MIB && bytes % MIB === 0
    ? `${bytes / MIB} MiB`
    : `${Math.round(bytes / 1024)} KiB`;
}

// `application/json` or `application/<x>+json`, with parameters; the same family the OpenAPI
// validator downstream accepts, so that it never rejects a body this middleware let through.
const JSON_MEDIA_TYPE = /^application\/([a-z.-]+\+)?json(;\s*[a-z0-9-]+=[^;]+)*$/i;

export function isJsonMediaType(contentType: string): boolean {
  if (!JSON_MEDIA_TYPE.test(contentType)) return false;
  const charset = /;\s*charset=("?)([^";]+)\1/i.exec(contentType)?.[2];
  // JSON is UTF-8 (RFC 8259 §8.1); a body announced in another charset would be decoded wrongly.
  return charset === undefined || charset.trim().toLowerCase() === 'utf-8';
}

export type JsonBodyVariables = { Variables: { body: unknown } };

export type JsonBodyOptions = {
  maxBytes?: number;
  /** For actions whose every field is optional: no body at all (and no Content-Type) reads as `{}`. */
  optional?: boolean;
  /**
   * Default true: the body may be stored, so text the database cannot hold is refused here, as a
   * 400. A route that stores nothing (the self-check) accepts any JSON string.
   */
  stored?: boolean;
};

function unsupported(contentType: string | undefined): ProblemError {
  return new ProblemError('unsupported_media_type', {
    detail: text(
      `Kiểu nội dung "${contentType ?? ''}" không được hỗ trợ; hãy gửi JSON với Content-Type: application/json (charset utf-8 nếu có).`,
      `Content type "${contentType ?? ''}" is not supported; send JSON with Content-Type: application/json (charset utf-8 if any).`,
    ),
  });
}

export function jsonBody({
  maxBytes = MAX_BODY_BYTES,
  optional = false,
  stored = true,
}: JsonBodyOptions = {}) {
  const size = describeSize(maxBytes);
  const tooLarge = () =>
    new ProblemError('payload_too_large', {
      detail: text(
        `Nội dung yêu cầu vượt quá ${size}.`,
        `The request body is larger than ${size}.`,
      ),
    });
  const limit = bodyLimit({
    maxSize: maxBytes,
    onError: () => {
      throw tooLarge();
    },
  });
  // hono's bodyLimit reads `c.req.raw.body`, which under @hono/node-server wraps the Node request
  // in a web Request and stream (a third of the server's CPU per screening). A body of declared
  // length is checked here as bodyLimit would; `c.req.text()` then takes node-server's direct read
  // and is cached for any later reader. Only a chunked body goes through bodyLimit's counting.
  const read = async (c: Context, then: (raw: string) => Promise<void>) => {
    const length = c.req.header('content-length');
    if (length !== undefined && c.req.header('transfer-encoding') === undefined) {
      if (Number.parseInt(length, 10) > maxBytes) throw tooLarge();
      return then(await c.req.text());
    }
    await limit(c, async () => then(await c.req.text()));
  };

  return createMiddleware<JsonBodyVariables>(async function jsonBody(c, next) {
    const contentType = c.req.header('content-type');
    const untyped = contentType === undefined && optional;
    if (!untyped && (contentType === undefined || !isJsonMediaType(contentType))) {
      throw unsupported(contentType);
    }
    let reading = true;
    try {
      await read(c, async (raw) => {
        if (untyped) {
          // Without a Content-Type only an absent body is accepted; anything sent must say it is JSON.
          if (raw !== '') throw unsupported(contentType);
          c.set('body', {});
          reading = false;
          return next();
        }
        if (raw.trim() === '') {
          throw new ProblemError('malformed_json', {
            detail: text(
              'Nội dung yêu cầu trống; cần một đối tượng JSON.',
              'The request body is empty; a JSON object is expected.',
            ),
          });
        }
        let body: unknown;
        try {
          body = JSON.parse(raw);
        } catch {
          throw new ProblemError('malformed_json');
        }
        const unstorable = stored ? unstorableText(body) : [];
        if (unstorable.length > 0) throw validationFailed(unstorable);
        c.set('body', body);
        reading = false;
        await next();
      });
    } catch (error) {
      // A body stream that breaks off (client gone, truncated upload) is the client's problem, not ours.
      if (reading && !(error instanceof ProblemError)) {
        throw new ProblemError('malformed_json', {
          detail: text(
            'Không đọc được trọn vẹn nội dung yêu cầu.',
            'The request body could not be read completely.',
          ),
        });
      }
      throw error;
    }
  });
}
