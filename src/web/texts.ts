/** The pages' own words (the criteria's texts come from the rule pack). */
import type { Lang, Text } from '../screening/i18n.js';

export const T = {
  siteName: { vi: 'Sàng lọc dự án đầu tư nước ngoài', en: 'FDI screening' },
  home: { vi: 'Trang chủ', en: 'Home' },
  selfCheck: { vi: 'Tự đánh giá dự án', en: 'Self-check' },
  criteria: { vi: 'Bộ tiêu chí', en: 'Criteria' },
  progress: { vi: 'Tiến độ thu hút FDI', en: 'FDI progress' },
  officer: { vi: 'Cán bộ', en: 'Officers' },
  apiDocs: { vi: 'Tài liệu API', en: 'API docs' },
  language: { vi: 'Ngôn ngữ', en: 'Language' },
  skipToContent: { vi: 'Chuyển đến nội dung chính', en: 'Skip to main content' },
  footer: {
    vi: 'Mã nguồn mở. Kết quả sàng lọc chỉ để tham khảo; quyết định thuộc cơ quan có thẩm quyền.',
    en: 'Open source. Screening results are informational; decisions rest with the competent authority.',
  },
} satisfies Record<string, Text>;

export function t(key: keyof typeof T, lang: Lang): string {
  return T[key][lang];
}
