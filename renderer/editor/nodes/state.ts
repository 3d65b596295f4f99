/**
 * The block data that Lexical nodes carry besides their text, as Lexical NodeState: copied on clone,
 * serialised with the node, and parsed (validated) when JSON comes back in. Lexical parses `undefined` once for each
 * state's default when the state is created; only JSON values need the notice schemas (../notice-schemas.ts).
 */
import { $getState, $setState, createState, type LexicalNode } from 'lexical';
import type { AgencyRef, Deadline } from '../../../shared/notice/schema';
import { requireNoticeSchemas } from '../notice-schemas';

/** The Notice block (or sub-item) id; '' until the node's transform gives it a fresh one. */
export const blockIdState = createState('blockId', { parse: (v): string => (typeof v === 'string' ? v : '') });
export const toReviewState = createState('toReview', { parse: (v): boolean => v === true });
/** Why a block is to review beyond having been copied (an agency that ended, …); kept while the mark is. */
export const reviewReasonState = createState('reviewReason', { parse: (v): string => (typeof v === 'string' ? v : '') });
export const levelState = createState('level', { parse: (v): 1 | 2 => (v === 2 ? 2 : 1) });
export const numberedState = createState('numbered', { parse: (v): boolean => v !== false });
export const subItemStyleState = createState('subItemStyle', {
  parse: (v): 'dash' | 'letter' => (v === 'letter' ? 'letter' : 'dash'),
});

const EMPTY_AGENCIES: readonly AgencyRef[] = Object.freeze([]);
function parseAgencies(v: unknown): readonly AgencyRef[] {
  if (v === undefined) return EMPTY_AGENCIES;
  const parsed = requireNoticeSchemas().schema.AgencyRefSchema.array().safeParse(v);
  return parsed.success && parsed.data.length > 0 ? parsed.data : EMPTY_AGENCIES;
}
export const leadAgenciesState = createState('leadAgencies', { parse: parseAgencies });
export const coordinatingAgenciesState = createState('coordinatingAgencies', { parse: parseAgencies });
export const responsibleAgencyState = createState('responsibleAgency', {
  parse: (v): AgencyRef | null => {
    if (v === undefined) return null;
    const parsed = requireNoticeSchemas().schema.AgencyRefSchema.safeParse(v);
    return parsed.success ? parsed.data : null;
  },
});
export const deadlineState = createState('deadline', {
  parse: (v): Deadline | null => {
    if (v === undefined) return null;
    const parsed = requireNoticeSchemas().schema.DeadlineSchema.safeParse(v);
    return parsed.success ? parsed.data : null;
  },
});

export type LineRole = 'task-title' | 'task-content' | 'scheme-title' | 'scheme-conclusion';
const LINE_ROLES: readonly LineRole[] = ['task-title', 'task-content', 'scheme-title', 'scheme-conclusion'];
export const lineRoleState = createState('role', {
  parse: (v): LineRole => (LINE_ROLES.includes(v as LineRole) ? (v as LineRole) : 'task-content'),
});

/** The states every block (and sub-item) carries: its id and its review mark with its reason. */
export const BLOCK_STATES = [
  { stateConfig: blockIdState, flat: true },
  { stateConfig: toReviewState, flat: true },
  { stateConfig: reviewReasonState, flat: true },
] as const;

/** A block that changes kind (a dash item ending its list, a task becoming a sub-item …) keeps its review mark. */
export function $copyReviewMark(from: LexicalNode, to: LexicalNode): void {
  $setState(to, toReviewState, $getState(from, toReviewState));
  $setState(to, reviewReasonState, $getState(from, reviewReasonState));
}
