/**
 * Metadata of every proposal field in the contract (`shared/contract/proposal.md`): its unit, its
 * label in both languages, whether it rests on a declaration an officer must verify, and — for the
 * inputs an investor can change — which direction is better. Nothing here is jurisdictional: it
 * describes the public input, which every pack shares.
 */
import { type Text, text } from './i18n.js';

export type FieldUnit =
  | 'text'
  | 'USD'
  | 'percent'
  | 'ha'
  | 'persons'
  | 'count'
  | 'years'
  | 'flag'
  | 'code'
  | 'country'
  | 'area'
  | 'park'
  | 'sectors'
  | 'date';

/** How a changeable input improves: up, down, to true/false, along an order, or into a park. */
export type Better =
  | { kind: 'higher'; step: number; max: number; atMostField?: string }
  | { kind: 'lower'; step: number; minExclusive: number; bestIsNull?: boolean }
  | { kind: 'boolean'; to: boolean }
  | { kind: 'order'; worstToBest: readonly string[] }
  | { kind: 'park' };

export type ProposalField = {
  path: string;
  unit: FieldUnit;
  label: Text;
  /** Rests on the investor's declaration (certificate, commitment, percentage) that needs evidence. */
  evidence: boolean;
  /** Present only for inputs the investor can change; never sector, area, country or form. */
  better?: Better;
  /** The contract allows `null` (a meaningful value: none, outside parks, not ranked). */
  nullable?: boolean;
  /** Value used when an optional field is absent; absent fields without one make a criterion unknown. */
  absentMeans?: unknown;
  /** Labels of enumerated values. */
  values?: Readonly<Record<string, Text>>;
  /** Improvement wording, `{from}` and `{to}` are filled in; numeric fields have a generic default. */
  improve?: Text;
};

const PCT_UP = { kind: 'higher', step: 0.1, max: 100 } as const;

export const PROPOSAL_FIELDS: readonly ProposalField[] = [
  {
    path: 'submittedOn',
    unit: 'date',
    label: text('Ngày nộp', 'Submission date'),
    evidence: false,
  },
  { path: 'pack', unit: 'code', label: text('Bộ tiêu chí', 'Rule pack'), evidence: false },
  { path: 'project.name', unit: 'text', label: text('Tên dự án', 'Project name'), evidence: false },
  {
    path: 'project.form',
    unit: 'code',
    label: text('Hình thức đầu tư', 'Form of investment'),
    evidence: false,
    values: {
      new: text('Dự án mới', 'New project'),
      capital_increase: text('Tăng vốn dự án hiện có', 'Capital increase of an existing project'),
      capital_contribution: text('Góp vốn, mua cổ phần', 'Capital contribution or share purchase'),
    },
  },
  {
    path: 'project.sectorCodes',
    unit: 'sectors',
    label: text('Mã ngành VSIC', 'VSIC sector codes'),
    evidence: false,
  },
  {
    path: 'project.description',
    unit: 'text',
    label: text('Mô tả', 'Description'),
    evidence: false,
  },
  {
    path: 'investor.name',
    unit: 'text',
    label: text('Tên nhà đầu tư', 'Investor name'),
    evidence: false,
  },
  {
    path: 'investor.country',
    unit: 'country',
    label: text('Quốc gia', 'Country'),
    evidence: false,
  },
  {
    path: 'investor.multinational',
    unit: 'flag',
    label: text('Tập đoàn đa quốc gia', 'Multinational group'),
    evidence: true,
  },
  {
    path: 'investor.globalRank',
    nullable: true,
    unit: 'code',
    label: text('Xếp hạng toàn cầu', 'Global ranking'),
    evidence: true,
    absentMeans: null,
    values: {
      fortune_global_500: text('Fortune Global 500', 'Fortune Global 500'),
      forbes_global_2000: text('Forbes Global 2000', 'Forbes Global 2000'),
    },
  },
  {
    path: 'capital.totalUsd',
    unit: 'USD',
    label: text('Vốn đầu tư', 'Investment capital'),
    evidence: false,
  },
  {
    path: 'capital.foreignSharePct',
    unit: 'percent',
    label: text('Tỷ lệ sở hữu nước ngoài', 'Foreign ownership share'),
    evidence: false,
  },
  { path: 'site.area', unit: 'area', label: text('Địa bàn', 'Area'), evidence: false },
  {
    path: 'site.industrialPark',
    nullable: true,
    unit: 'park',
    label: text('Khu, cụm công nghiệp', 'Industrial park or cluster'),
    evidence: true,
    better: { kind: 'park' },
    improve: text(
      'Đặt dự án trong một khu hoặc cụm công nghiệp (ví dụ {to}) thay vì ngoài khu, cụm công nghiệp.',
      'Locate the project in an industrial park or cluster (for example {to}) instead of outside one.',
    ),
  },
  {
    path: 'site.landHa',
    unit: 'ha',
    label: text('Diện tích đất', 'Land area'),
    evidence: false,
    better: { kind: 'lower', step: 0.1, minExclusive: 0 },
    improve: text(
      'Giảm diện tích đất sử dụng từ {from} xuống {to} (sử dụng đất hiệu quả hơn).',
      'Reduce the land used from {from} to {to} (use land more efficiently).',
    ),
  },
  {
    path: 'site.relocationFromSouth',
    unit: 'flag',
    label: text('Di dời từ khu vực phía Nam', 'Relocation from the southern area'),
    evidence: true,
    absentMeans: false,
  },
  {
    path: 'workforce.total',
    unit: 'persons',
    label: text('Tổng số lao động', 'Total workforce'),
    evidence: false,
  },
  {
    path: 'workforce.trainedPct',
    unit: 'percent',
    label: text('Tỷ lệ lao động qua đào tạo', 'Share of trained workers'),
    evidence: true,
    better: PCT_UP,
    improve: text(
      'Nâng tỷ lệ lao động qua đào tạo từ {from} lên {to}.',
      'Raise the share of trained workers from {from} to {to}.',
    ),
  },
  {
    path: 'workforce.universityPct',
    unit: 'percent',
    label: text('Tỷ lệ lao động có trình độ đại học', 'Share of university graduates'),
    evidence: true,
    better: { ...PCT_UP, atMostField: 'workforce.trainedPct' },
    improve: text(
      'Nâng tỷ lệ lao động có trình độ đại học từ {from} lên {to}.',
      'Raise the share of university graduates from {from} to {to}.',
    ),
  },
  {
    path: 'workforce.rdStaffPct',
    unit: 'percent',
    label: text('Tỷ lệ nhân lực nghiên cứu và phát triển', 'Share of R&D staff'),
    evidence: true,
    better: PCT_UP,
    improve: text(
      'Nâng tỷ lệ nhân lực nghiên cứu và phát triển (cao đẳng trở lên) từ {from} lên {to} tổng số lao động.',
      'Raise R&D staff (college degree or higher) from {from} to {to} of all staff.',
    ),
  },
  {
    path: 'technology.highTechCertificate',
    unit: 'flag',
    label: text('Giấy chứng nhận công nghệ cao', 'High-tech certificate'),
    evidence: true,
    better: { kind: 'boolean', to: true },
    improve: text(
      'Đề nghị cấp giấy chứng nhận doanh nghiệp hoặc dự án công nghệ cao.',
      'Apply for a high-tech enterprise or project certificate.',
    ),
  },
  {
    path: 'technology.priorityHighTech',
    unit: 'flag',
    label: text(
      'Công nghệ cao ưu tiên hoặc sản phẩm công nghệ cao khuyến khích',
      'Prioritised high technology or encouraged high-tech product',
    ),
    evidence: true,
    better: { kind: 'boolean', to: true },
    improve: text(
      'Ứng dụng công nghệ thuộc Danh mục công nghệ cao được ưu tiên đầu tư, hoặc sản xuất sản phẩm thuộc Danh mục sản phẩm công nghệ cao được khuyến khích phát triển.',
      'Apply a technology on the list of high technologies prioritised for investment, or make a product on the list of high-tech products encouraged for development.',
    ),
  },
  {
    path: 'technology.highTechRevenuePct',
    unit: 'percent',
    label: text('Doanh thu từ sản phẩm công nghệ cao', 'Revenue from high-tech products'),
    evidence: true,
    better: PCT_UP,
    improve: text(
      'Nâng doanh thu từ sản phẩm công nghệ cao từ {from} lên {to} doanh thu thuần.',
      'Raise revenue from high-tech products from {from} to {to} of net revenue.',
    ),
  },
  {
    path: 'technology.rdSpendPct',
    unit: 'percent',
    label: text('Chi cho nghiên cứu và phát triển', 'R&D spending'),
    evidence: true,
    better: { kind: 'higher', step: 0.01, max: 100 },
    improve: text(
      'Nâng chi cho nghiên cứu và phát triển từ {from} lên {to} (trên doanh thu thuần trừ giá trị đầu vào).',
      'Raise R&D spending from {from} to {to} (of net revenue minus input value).',
    ),
  },
  {
    path: 'technology.rdCentre',
    unit: 'flag',
    label: text('Trung tâm nghiên cứu và phát triển', 'R&D centre'),
    evidence: true,
    better: { kind: 'boolean', to: true },
    improve: text(
      'Thành lập trung tâm nghiên cứu và phát triển, thiết kế hoặc đổi mới sáng tạo tại địa phương.',
      'Set up a research and development, design or innovation centre locally.',
    ),
  },
  {
    path: 'technology.smartFactory',
    unit: 'flag',
    label: text('Nhà máy thông minh', 'Smart factory'),
    evidence: true,
    better: { kind: 'boolean', to: true },
    improve: text(
      'Đầu tư dây chuyền sản xuất tự động, kết nối (nhà máy thông minh, công nghiệp 4.0).',
      'Invest in automated, connected production (a smart factory, industry 4.0).',
    ),
  },
  {
    path: 'technology.transferList',
    unit: 'code',
    label: text('Danh mục công nghệ (Nghị định 76/2018)', 'Technology list (Decree 76/2018)'),
    evidence: true,
    values: {
      encouraged: text('khuyến khích chuyển giao', 'encouraged for transfer'),
      ordinary: text('thông thường', 'ordinary'),
      restricted: text('hạn chế chuyển giao', 'restricted'),
      banned: text('cấm chuyển giao', 'banned'),
    },
  },
  {
    path: 'technology.usedEquipmentMaxAgeYears',
    nullable: true,
    unit: 'years',
    label: text('Tuổi thiết bị đã qua sử dụng lâu nhất', 'Age of the oldest used machine'),
    evidence: true,
    better: { kind: 'lower', step: 1, minExclusive: -1, bestIsNull: true },
    improve: text(
      'Chỉ nhập khẩu máy móc, thiết bị đã qua sử dụng có tuổi không quá {to} (thay vì {from}), hoặc dùng thiết bị mới.',
      'Import only used machinery no older than {to} (instead of {from}), or use new equipment.',
    ),
  },
  {
    path: 'transfer.knowledge',
    unit: 'flag',
    label: text('Chuyển giao tri thức', 'Knowledge transfer'),
    evidence: true,
    better: { kind: 'boolean', to: true },
    improve: text(
      'Cam kết đào tạo nhân viên và đối tác Việt Nam (chuyển giao tri thức).',
      'Commit to training Vietnamese staff and partners (knowledge transfer).',
    ),
  },
  {
    path: 'transfer.technology',
    unit: 'flag',
    label: text('Chuyển giao công nghệ', 'Technology transfer'),
    evidence: true,
    better: { kind: 'boolean', to: true },
    improve: text(
      'Cam kết chuyển giao hoặc cấp phép công nghệ cho bên Việt Nam.',
      'Commit to transferring or licensing technology to Vietnamese parties.',
    ),
  },
  {
    path: 'transfer.management',
    unit: 'flag',
    label: text('Chuyển giao quản trị', 'Management transfer'),
    evidence: true,
    better: { kind: 'boolean', to: true },
    improve: text(
      'Cam kết bố trí người Việt Nam vào vị trí quản lý và chuyển giao kinh nghiệm quản trị.',
      'Commit to placing Vietnamese staff in management positions and sharing management know-how.',
    ),
  },
  {
    path: 'transfer.localSupplierCount',
    unit: 'count',
    label: text('Số nhà cung cấp Việt Nam', 'Vietnamese suppliers under contract'),
    evidence: true,
    better: { kind: 'higher', step: 1, max: 1_000_000 },
    improve: text(
      'Ký hợp đồng với {to} nhà cung cấp Việt Nam (hiện {from}).',
      'Contract {to} Vietnamese suppliers (now {from}).',
    ),
  },
  {
    path: 'trade.localisationPct',
    unit: 'percent',
    label: text('Tỷ lệ nội địa hóa', 'Localisation rate'),
    evidence: true,
    better: PCT_UP,
    improve: text(
      'Nâng tỷ lệ nội địa hóa từ {from} lên {to}.',
      'Raise the localisation rate from {from} to {to}.',
    ),
  },
  {
    path: 'trade.exportPct',
    unit: 'percent',
    label: text('Tỷ lệ xuất khẩu', 'Export share'),
    evidence: true,
    better: PCT_UP,
    improve: text(
      'Nâng tỷ lệ sản phẩm xuất khẩu từ {from} lên {to}.',
      'Raise the share of output exported from {from} to {to}.',
    ),
  },
  {
    path: 'trade.ftaOriginCompliant',
    unit: 'flag',
    label: text('Đáp ứng quy tắc xuất xứ FTA', 'Meets FTA rules of origin'),
    evidence: true,
    better: { kind: 'boolean', to: true },
    improve: text(
      'Tổ chức sản xuất để sản phẩm đáp ứng quy tắc xuất xứ của một hiệp định thương mại tự do mà Việt Nam là thành viên.',
      'Organise production so that the output meets the rules of origin of a free-trade agreement Vietnam is party to.',
    ),
  },
  {
    path: 'environment.riskGroup',
    unit: 'code',
    label: text('Nhóm dự án theo Luật Bảo vệ môi trường', 'Environmental risk group'),
    evidence: true,
    better: { kind: 'order', worstToBest: ['I', 'II', 'III', 'IV'] },
    values: {
      I: text('nhóm I', 'group I'),
      II: text('nhóm II', 'group II'),
      III: text('nhóm III', 'group III'),
      IV: text('nhóm IV', 'group IV'),
    },
    improve: text(
      'Điều chỉnh quy mô, công nghệ hoặc vị trí để dự án thuộc {to} thay vì {from} theo Điều 28 Luật Bảo vệ môi trường.',
      'Adjust scale, technology or site so that the project falls in {to} instead of {from} under Art. 28 of the Law on Environmental Protection.',
    ),
  },
  {
    path: 'environment.pollutingProduction',
    unit: 'flag',
    label: text(
      'Loại hình sản xuất có nguy cơ gây ô nhiễm',
      'Production type at risk of pollution',
    ),
    evidence: true,
    better: { kind: 'boolean', to: false },
    improve: text(
      'Chọn quy trình sản xuất không thuộc danh mục loại hình có nguy cơ gây ô nhiễm môi trường.',
      'Choose a production process that is not on the list of types at risk of causing pollution.',
    ),
  },
  {
    path: 'environment.importsScrap',
    unit: 'flag',
    label: text('Nhập khẩu phế liệu', 'Imports scrap'),
    evidence: true,
    better: { kind: 'boolean', to: false },
    improve: text(
      'Không sử dụng phế liệu nhập khẩu làm nguyên liệu sản xuất.',
      'Do not use imported scrap as a production input.',
    ),
  },
  {
    path: 'environment.renewableEnergyPct',
    unit: 'percent',
    label: text('Tỷ lệ năng lượng tái tạo', 'Share of renewable energy'),
    evidence: true,
    better: PCT_UP,
    improve: text(
      'Nâng tỷ lệ năng lượng tái tạo từ {from} lên {to}.',
      'Raise the share of renewable energy from {from} to {to}.',
    ),
  },
  {
    path: 'environment.circularEconomy',
    unit: 'flag',
    label: text('Kinh tế tuần hoàn', 'Circular economy'),
    evidence: true,
    better: { kind: 'boolean', to: true },
    improve: text(
      'Áp dụng biện pháp tái chế, tái sử dụng trong sản xuất (kinh tế tuần hoàn).',
      'Apply recycling and reuse measures in production (circular economy).',
    ),
  },
  {
    path: 'environment.singleUsePlasticFree',
    unit: 'flag',
    label: text('Không dùng nhựa dùng một lần', 'Free of single-use plastic'),
    evidence: true,
    better: { kind: 'boolean', to: true },
    improve: text(
      'Loại bỏ nhựa dùng một lần trong hoạt động và bao bì.',
      'Eliminate single-use plastic from operations and packaging.',
    ),
  },
];

const BY_PATH = new Map(PROPOSAL_FIELDS.map((f) => [f.path, f]));

export function proposalField(path: string): ProposalField | undefined {
  return BY_PATH.get(path);
}

/** Fields a criterion may read: every field except the envelope (`submittedOn`, `pack`). */
export const READABLE_PATHS: ReadonlySet<string> = new Set(
  PROPOSAL_FIELDS.filter((f) => f.path.includes('.')).map((f) => f.path),
);
