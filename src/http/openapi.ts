/**
 * `GET /openapi.json`: the OpenAPI 3.1 description, generated from the same zod schemas the routes
 * are declared with — there is no hand-written copy to drift. Who may call each operation comes
 * from the access table, the one the guard enforces.
 */
import type { OpenAPIHono } from '@hono/zod-openapi';
import { accessOf, honoPath } from './access.js';
import type { AppEnv } from './app-env.js';

const DOCUMENT = {
  openapi: '3.1.0',
  info: {
    title: 'FDI screening API',
    version: '1.0.0',
    description:
      'Screens foreign direct investment proposals against a rule pack: criteria, thresholds and catalogues as dated, ' +
      'cited data. Errors are application/problem+json with every problem listed; titles follow Accept-Language (vi or en). ' +
      'Officer and admin operations need `Authorization: Bearer <token>`; public writes are rate limited per client address.\n\n' +
      'Sàng lọc dự án đầu tư trực tiếp nước ngoài theo bộ tiêu chí: tiêu chí, ngưỡng và danh mục là dữ liệu có ngày hiệu lực ' +
      'và trích dẫn căn cứ. Lỗi trả về dạng application/problem+json, liệt kê mọi lỗi; tiêu đề theo Accept-Language (vi hoặc en). ' +
      'Thao tác của cán bộ và quản trị viên cần `Authorization: Bearer <mã>`; các yêu cầu ghi công khai bị giới hạn theo địa chỉ.',
  },
  tags: [
    { name: 'screening', description: 'Self-check of a proposal · Tự đánh giá hồ sơ dự án' },
    {
      name: 'applications',
      description: 'Submitted applications and their review · Hồ sơ đã nộp và việc thẩm định',
    },
    {
      name: 'rule packs',
      description: 'Criteria, thresholds and catalogues · Bộ tiêu chí, ngưỡng và danh mục',
    },
    {
      name: 'fdi',
      description:
        'FDI attracted against the plan target · Vốn FDI thu hút so với mục tiêu của kế hoạch',
    },
    { name: 'tokens', description: 'Access tokens (admin) · Mã truy cập (quản trị viên)' },
    { name: 'health', description: 'Process status · Trạng thái dịch vụ' },
  ],
} as const;

const WHO = {
  public: 'Anyone.',
  receipt: "An officer's token, or the application's receipt token in `?receipt=`.",
  officer: 'An officer or admin token.',
  admin: 'An admin token.',
} as const;

const problemRef = {
  'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } },
};

type Operation = {
  description?: string;
  security?: Record<string, string[]>[];
  responses?: Record<string, unknown>;
};
type Document = { paths?: Record<string, Record<string, Operation>> };

/** Adds to each /api/ operation who may call it, its security requirement and its 401/403 answers. */
function describeAccess(document: Document): void {
  for (const [path, operations] of Object.entries(document.paths ?? {})) {
    for (const [method, operation] of Object.entries(operations)) {
      const access = accessOf(method, honoPath(path));
      if (!access) continue;
      operation.description = [operation.description, `**Access:** ${WHO[access]}`]
        .filter(Boolean)
        .join('\n\n');
      operation.responses ??= {};
      const responses = operation.responses;
      // A token that is sent is checked everywhere, so any /api/ operation can answer 401.
      responses[401] = {
        description: 'No token where one is needed, or an unknown or revoked token',
        content: problemRef,
      };
      if (access === 'public') continue;
      // An empty requirement means "or no credentials" (receipt holders need none).
      operation.security = access === 'receipt' ? [{ bearerAuth: [] }, {}] : [{ bearerAuth: [] }];
      if (access === 'admin') {
        responses[403] = { description: 'The token is not an admin token', content: problemRef };
      }
    }
  }
}

/** Registers the route on the top-level app, which by then holds every sub-app's definitions. */
export function serveOpenApi(app: OpenAPIHono<AppEnv>): void {
  app.openAPIRegistry.registerComponent('securitySchemes', 'bearerAuth', {
    type: 'http',
    scheme: 'bearer',
    description:
      'A token created by an administrator (`POST /api/v1/tokens` or `npm run cli -- token create`); role officer or admin.',
  });
  let document: unknown;
  app.get('/openapi.json', (c) => {
    // Generated once, on first request: routes are all registered by then and never change after.
    if (document === undefined) {
      const generated = app.getOpenAPI31Document({ ...DOCUMENT, tags: [...DOCUMENT.tags] });
      describeAccess(generated as Document);
      document = generated;
    }
    return c.json(document);
  });
}
