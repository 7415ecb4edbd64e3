/**
 * The one error envelope of the API: RFC 9457 `application/problem+json`, with a stable `code`, the
 * request id, every validation issue, and the title and detail in both languages. Handlers throw a
 * `ProblemError`; only `renderProblem` writes the response.
 */
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { type Text, text } from '../screening/i18n.js';
import type { ValidationIssue } from '../screening/validation-issues.js';
import { preferredLang } from './negotiate-language.js';
import type { Problem } from './schemas/problem.js';

type ProblemKind = { status: ContentfulStatusCode; title: Text; detail: Text };

const PROBLEMS = {
  validation_failed: {
    status: 400,
    title: text('Dữ liệu không hợp lệ', 'Validation failed'),
    detail: text('Yêu cầu có lỗi; xem danh sách errors.', 'The request has problems; see errors.'),
  },
  malformed_json: {
    status: 400,
    title: text('JSON không hợp lệ', 'Malformed JSON'),
    detail: text('Nội dung yêu cầu không phải JSON hợp lệ.', 'The request body is not valid JSON.'),
  },
  bad_request: {
    status: 400,
    title: text('Yêu cầu không hợp lệ', 'Bad request'),
    detail: text('Máy chủ không thể xử lý yêu cầu này.', 'The server cannot process this request.'),
  },
  not_found: {
    status: 404,
    title: text('Không tìm thấy', 'Not found'),
    detail: text('Không có tài nguyên nào ở địa chỉ này.', 'There is no resource at this address.'),
  },
  unauthorized: {
    status: 401,
    title: text('Chưa xác thực', 'Unauthorized'),
    detail: text(
      'Cần một mã truy cập hợp lệ trong tiêu đề Authorization: Bearer <mã>.',
      'A valid access token is needed in the header Authorization: Bearer <token>.',
    ),
  },
  forbidden: {
    status: 403,
    title: text('Không có quyền', 'Forbidden'),
    detail: text(
      'Mã truy cập này không có quyền thực hiện thao tác này.',
      'This access token is not allowed to do this.',
    ),
  },
  method_not_allowed: {
    status: 405,
    title: text('Phương thức không được phép', 'Method not allowed'),
    detail: text(
      'Địa chỉ này không nhận phương thức HTTP đã dùng.',
      'This address does not accept that HTTP method.',
    ),
  },
  conflict: {
    status: 409,
    title: text('Xung đột trạng thái', 'Conflict'),
    detail: text(
      'Thao tác không thực hiện được ở trạng thái hiện tại; xem các thao tác được phép trong allowed.',
      'The action is not possible in the current state; see the allowed actions in allowed.',
    ),
  },
  payload_too_large: {
    status: 413,
    title: text('Nội dung quá lớn', 'Payload too large'),
    detail: text(
      'Nội dung yêu cầu vượt quá giới hạn cho phép.',
      'The request body is larger than allowed.',
    ),
  },
  unsupported_media_type: {
    status: 415,
    title: text('Kiểu nội dung không được hỗ trợ', 'Unsupported media type'),
    detail: text(
      'Hãy gửi nội dung JSON với tiêu đề Content-Type: application/json.',
      'Send the body as JSON with the header Content-Type: application/json.',
    ),
  },
  idempotency_key_reused: {
    status: 422,
    title: text('Khóa Idempotency-Key đã được dùng', 'Idempotency key reused'),
    detail: text(
      'Khóa Idempotency-Key này đã được dùng cho một yêu cầu khác.',
      'This Idempotency-Key was already used for a different request.',
    ),
  },
  too_many_requests: {
    status: 429,
    title: text('Quá nhiều yêu cầu', 'Too many requests'),
    detail: text(
      'Đã vượt quá số yêu cầu cho phép mỗi phút; hãy thử lại sau số giây trong Retry-After.',
      'Too many requests this minute; try again after the seconds given in Retry-After.',
    ),
  },
  internal_error: {
    status: 500,
    title: text('Lỗi máy chủ', 'Internal server error'),
    detail: text(
      'Đã xảy ra lỗi ngoài dự kiến. Khi báo lỗi, hãy gửi kèm mã yêu cầu (requestId).',
      'An unexpected error occurred. Quote the request id (requestId) when you report it.',
    ),
  },
} as const satisfies Record<string, ProblemKind>;

export type ProblemCode = keyof typeof PROBLEMS;
export const PROBLEM_CODES = Object.keys(PROBLEMS) as [ProblemCode, ...ProblemCode[]];

export type ProblemOptions = {
  /** Replaces the generic detail of the code; say what went wrong and what exists instead. */
  detail?: Text;
  errors?: ValidationIssue[];
  /** For a conflict: the actions the resource allows in its current state. */
  allowed?: string[];
  headers?: Record<string, string>;
};

export class ProblemError extends Error {
  constructor(
    readonly code: ProblemCode,
    readonly options: ProblemOptions = {},
  ) {
    super(options.detail?.en ?? PROBLEMS[code].detail.en);
    this.name = 'ProblemError';
  }

  get status(): ContentfulStatusCode {
    return PROBLEMS[this.code].status;
  }
}

/** A 400 listing every issue, each with its path, rule and bilingual message. */
export function validationFailed(issues: ValidationIssue[]): ProblemError {
  const n = issues.length;
  return new ProblemError('validation_failed', {
    errors: issues,
    detail: text(
      `Yêu cầu có ${n} lỗi; mỗi lỗi được liệt kê trong errors kèm đường dẫn trường.`,
      `The request has ${n} problem${n === 1 ? '' : 's'}; each is listed in errors with its field path.`,
    ),
  });
}

export function notFound(detail: Text): ProblemError {
  return new ProblemError('not_found', { detail });
}

export function renderProblem(
  c: Context,
  code: ProblemCode,
  options: ProblemOptions = {},
): Response {
  const kind: ProblemKind = PROBLEMS[code];
  const detail = options.detail ?? kind.detail;
  const lang = preferredLang(c);
  const body: Problem = {
    type: `urn:fdi-screening:problem:${code}`,
    title: kind.title[lang],
    status: kind.status,
    detail: detail[lang],
    code,
    requestId: (c.get('requestId') as string | undefined) ?? '',
    errors: options.errors ?? [],
    ...(options.allowed ? { allowed: options.allowed } : {}),
    localized: {
      vi: { title: kind.title.vi, detail: detail.vi },
      en: { title: kind.title.en, detail: detail.en },
    },
  };
  return c.json(body, kind.status, {
    ...options.headers,
    'Content-Type': 'application/problem+json',
    'Content-Language': lang,
    Vary: 'Accept-Language',
  });
}
