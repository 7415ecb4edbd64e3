/**
 * What happens to a demo application after it is submitted, told through the verbs an officer and
 * an investor use: verifications with notes, rescreens, decisions, resubmissions, withdrawals. The
 * stories together reach every status, so the officers' queue shows each of them.
 */
import type { Actor, ServiceContext } from '../applications/context.js';
import { resubmitApplication, withdrawApplication } from '../applications/investor-actions.js';
import { recordDecision } from '../applications/record-decision.js';
import { recordVerifications } from '../applications/record-verification.js';
import { rescreenApplication } from '../applications/rescreen-application.js';
import type { Status } from '../applications/status.js';
import { valueAt, withValueAt } from '../screening/facts.js';
import type { PackRegistry } from '../screening/pack-registry.js';
import { PROPOSAL_FIELDS, type ProposalField } from '../screening/proposal-fields.js';
import type { ScreeningResult } from '../screening/screening-result.js';
import { validateProposal } from '../screening/validate-proposal.js';
import type { Random } from './seeded-random.js';

export const STORIES = [
  'left-submitted',
  'verified',
  'corrected-and-rescreened',
  'info-requested',
  'resubmitted',
  'approved',
  'rejected',
  'approved-after-resubmission',
  'withdrawn',
] as const;
export type Story = (typeof STORIES)[number];

/**
 * Whether a screening suits a story, as an officer would decide: approvals for eligible projects
 * above the pack's lowest band, rejections for ineligible ones or those in the lowest band.
 */
export function suits(story: Story, screening: ScreeningResult, lowestBand: string): boolean {
  const strong = screening.eligible && screening.band.id !== lowestBand;
  if (story === 'approved' || story === 'approved-after-resubmission') return strong;
  if (story === 'rejected') return !strong;
  return true;
}

export type DemoApplication = {
  id: string;
  receipt: string;
  proposal: Record<string, unknown>;
  submittedOn: string;
  screening: ScreeningResult;
};

/** A context for one step, `days` after the submission: who acts, and when. */
export type StepContext = (actor: Actor, days: number) => ServiceContext;

export const DEMO_INVESTOR: Actor = { role: 'public', name: 'demo investor (fictional)' };
const OFFICERS: readonly Actor[] = [
  { role: 'officer', name: 'Cán bộ Minh Họa A (hư cấu)' },
  { role: 'officer', name: 'Cán bộ Minh Họa B (hư cấu)' },
  { role: 'officer', name: 'Demo Officer C (fictional)' },
];

const FICTIONAL = ' (dữ liệu hư cấu / fictional data)';
const APPROVE_NOTE = `Phù hợp định hướng thu hút; chấp thuận. / A good fit with the plan; approved.${FICTIONAL}`;

/** Declared fields of this proposal an officer can check against evidence. */
function checkable(proposal: Record<string, unknown>): ProposalField[] {
  return PROPOSAL_FIELDS.filter((f) => {
    const value = valueAt(proposal, f.path);
    return f.evidence && value !== undefined && value !== null;
  });
}

/** Percentages an officer may find overstated: lowering them breaks no "at most" link between fields. */
function correctable(fields: readonly ProposalField[]): ProposalField[] {
  const limits = new Set(
    PROPOSAL_FIELDS.map((f) => (f.better?.kind === 'higher' ? f.better.atMostField : undefined)),
  );
  return fields.filter((f) => f.unit === 'percent' && !limits.has(f.path));
}

function verificationItems(proposal: Record<string, unknown>, random: Random, correct: boolean) {
  const fields = random.shuffle(checkable(proposal));
  const items: { path: string; value?: unknown; verified: true; note: string }[] = fields
    .slice(0, random.int(1, 2))
    .map((f) => ({
      path: f.path,
      verified: true,
      note: `Đã đối chiếu "${f.label.vi}" với hồ sơ minh chứng. / Checked "${f.label.en}" against the evidence.${FICTIONAL}`,
    }));
  const candidates = correctable(fields.filter((f) => !items.some((i) => i.path === f.path)));
  const field = candidates[0];
  const declared = field ? valueAt(proposal, field.path) : undefined;
  if (correct && field && typeof declared === 'number' && declared > 0) {
    const value = Math.max(0, declared - random.int(2, 8));
    items.push({
      path: field.path,
      value,
      verified: true,
      note: `Minh chứng cho thấy "${field.label.vi}" là ${value} chứ không phải ${declared}. / The evidence shows "${field.label.en}" is ${value}, not ${declared}.${FICTIONAL}`,
    });
  }
  return { items };
}

function requestNote(screening: ScreeningResult): string {
  const top = screening.improvements[0];
  if (!top)
    return `Đề nghị bổ sung minh chứng cho các số liệu đã khai báo. / Please provide evidence for the declared figures.${FICTIONAL}`;
  return `Đề nghị bổ sung, gợi ý: ${top.text.vi} / Please add, for example: ${top.text.en}${FICTIONAL}`;
}

function rejectNote(screening: ScreeningResult): string {
  return screening.eligible
    ? `Mức phù hợp thấp với định hướng thu hút (${screening.band.label.vi}, ${screening.score} điểm). / A weak fit with the plan (${screening.band.label.en}, ${screening.score} points).${FICTIONAL}`
    : `Không đáp ứng điều kiện bắt buộc của bộ tiêu chí. / Fails a mandatory condition of the rule pack.${FICTIONAL}`;
}

/** The investor's answer to a request: the top suggested improvement applied, if it keeps the proposal valid. */
function improvedProposal(app: DemoApplication, screening: ScreeningResult, packs: PackRegistry) {
  const change = screening.improvements[0]?.change;
  if (!change) return app.proposal;
  const improved = withValueAt(app.proposal, change.path, change.to);
  return validateProposal(packs, improved, app.submittedOn).ok ? improved : app.proposal;
}

/** Plays one story; resolves to the application's final status and latest screening. */
export async function playStory(
  story: Story,
  app: DemoApplication,
  at: StepContext,
  random: Random,
): Promise<{ status: Status; screening: ScreeningResult }> {
  const officer = random.pick(OFFICERS);
  let status: Status = 'submitted';
  let screening = app.screening;
  // What the investor declares now: a resubmission replaces it, and officers check the new one.
  let proposal = app.proposal;
  const verify = async (days: number, correct: boolean) => {
    const items = verificationItems(proposal, random, correct);
    ({ status } = await recordVerifications(at(officer, days), app.id, items));
  };
  const rescreen = async (days: number) => {
    ({ status, screening } = await rescreenApplication(at(officer, days), app.id, {}));
  };
  const decide = async (
    days: number,
    decision: 'approve' | 'reject' | 'request_info',
    note: string,
  ) => {
    ({ status } = await recordDecision(at(officer, days), app.id, { decision, note }));
  };
  const resubmit = async (days: number) => {
    const ctx = at(DEMO_INVESTOR, days);
    proposal = improvedProposal({ ...app, proposal }, screening, ctx.packs);
    ({ status, screening } = await resubmitApplication(ctx, app.id, app.receipt, proposal));
  };
  const withdraw = async (days: number) => {
    const note = `Nhà đầu tư rút hồ sơ để điều chỉnh phương án. / The investor withdrew to rework the plan.${FICTIONAL}`;
    ({ status } = await withdrawApplication(at(DEMO_INVESTOR, days), app.id, app.receipt, note));
  };
  // A correction can make a project ineligible; an officer approves only what still is.
  const decideOnMerit = (days: number) =>
    screening.eligible
      ? decide(days, 'approve', APPROVE_NOTE)
      : decide(days, 'reject', rejectNote(screening));

  switch (story) {
    case 'left-submitted':
      break;
    case 'verified':
      await verify(3, false);
      break;
    case 'corrected-and-rescreened':
      await verify(3, true);
      await rescreen(4);
      break;
    case 'info-requested':
      await decide(5, 'request_info', requestNote(screening));
      break;
    case 'resubmitted':
      await decide(5, 'request_info', requestNote(screening));
      await resubmit(12);
      break;
    case 'approved':
      await verify(3, false);
      await rescreen(4);
      await decideOnMerit(10);
      break;
    case 'rejected':
      await decide(6, 'reject', rejectNote(screening));
      break;
    case 'approved-after-resubmission':
      await decide(4, 'request_info', requestNote(screening));
      await resubmit(11);
      await verify(13, true);
      await rescreen(14);
      await decideOnMerit(20);
      break;
    case 'withdrawn':
      if (random.chance(0.5)) await decide(5, 'request_info', requestNote(screening));
      await withdraw(9);
      break;
  }
  return { status, screening };
}
