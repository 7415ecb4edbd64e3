/** `/`: what the service is, and where each kind of user goes. */
import type { Lang } from '../screening/i18n.js';
import type { PackRegistry } from '../screening/pack-registry.js';

const COPY = {
  vi: {
    title: 'Sàng lọc dự án đầu tư nước ngoài',
    intro:
      'Công cụ sàng lọc dự án đầu tư nước ngoài theo bộ tiêu chí thu hút đầu tư và danh mục ngành ưu tiên, với căn cứ pháp lý cho từng tiêu chí.',
    investor: 'Nhà đầu tư',
    investorText:
      'Tự đánh giá dự án trước khi nộp hồ sơ: đủ điều kiện hay không, điểm, xếp loại, lý do và cách cải thiện.',
    officer: 'Cán bộ',
    officerText: 'Danh sách hồ sơ, xác minh, đánh giá lại, quyết định và lịch sử xử lý.',
    publicText: 'Tiến độ thu hút vốn đầu tư nước ngoài so với mục tiêu của kế hoạch.',
    pack: 'Bộ tiêu chí đang dùng',
  },
  en: {
    title: 'Foreign investment screening',
    intro:
      'Screens foreign investment proposals against the criteria for attracting investment and the list of priority sectors, with the legal basis of every criterion.',
    investor: 'Investors',
    investorText:
      'Check a project before applying: eligible or not, score, band, reasons and how to improve.',
    officer: 'Officers',
    officerText:
      'The queue of applications, verification, rescreening, decisions and their history.',
    publicText: 'Foreign investment attracted so far against the plan’s target.',
    pack: 'Criteria in use',
  },
};

export function HomePage({
  lang,
  packs,
  today,
}: {
  lang: Lang;
  packs: PackRegistry;
  today: string;
}) {
  const c = COPY[lang];
  const version =
    packs.inForce(packs.defaultPackId, today) ?? packs.versionsOf(packs.defaultPackId).at(-1);
  const meta = version?.content.meta;
  return (
    <>
      <h1>{c.title}</h1>
      <p>{c.intro}</p>
      {meta && (
        <p class="muted">
          {c.pack}: {meta.title[lang]} — {meta.id} {meta.version} ({meta.effectiveFrom})
        </p>
      )}
      <h2>{c.investor}</h2>
      <p>
        {c.investorText} <a href="/self-check">{lang === 'vi' ? 'Tự đánh giá' : 'Self-check'}</a> ·{' '}
        <a href="/criteria">{lang === 'vi' ? 'Xem bộ tiêu chí' : 'Read the criteria'}</a>
      </p>
      <h2>{c.officer}</h2>
      <p>
        {c.officerText} <a href="/officer">{lang === 'vi' ? 'Vào trang cán bộ' : 'Officer desk'}</a>
      </p>
      <h2>{lang === 'vi' ? 'Công chúng' : 'The public'}</h2>
      <p>
        {c.publicText} <a href="/progress">{lang === 'vi' ? 'Xem tiến độ' : 'See the progress'}</a>
      </p>
    </>
  );
}
