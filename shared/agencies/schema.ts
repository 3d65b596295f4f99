/**
 * The agency directory: the province's departments, boards, sectors, districts and province-level bodies, with
 * the names and abbreviations a notice may use for them. Shipped per province in resources/agencies/, seeded into
 * storage, editable by the user; matched against notice text by ./match.ts.
 */
import { z } from 'zod';
import { IsoDateSchema } from '../notice/schema';
import { agencyKey } from './match';

export const AGENCY_DIRECTORY_VERSION = 1;

/**
 * - department: the People's Committee's own specialised agencies (Sở, Thanh tra tỉnh, Văn phòng UBND tỉnh, Ban Dân
 *   tộc) and the Economic Zone board;
 * - central-branch: central agencies located in the province (Công an tỉnh, Cục Thuế tỉnh, Kho bạc Nhà nước …);
 * - district: a local People's Committee: of a district or the provincial city (until 1 July 2025), of a commune or
 *   ward (from then on);
 * - provincial-body: the Party, the People's Council, the People's Committee itself, the Front and mass
 *   organisations at province level (the bodies notices are reported to or copied to);
 * - other: public service units under the People's Committee (project boards, the radio and television station …)
 *   and collective addressees ("Các sở, ban, ngành tỉnh", "UBND các huyện, thành phố").
 */
export const AGENCY_KINDS = ['department', 'central-branch', 'district', 'provincial-body', 'other'] as const;
export const AgencyKindSchema = z.enum(AGENCY_KINDS);
export type AgencyKind = z.infer<typeof AgencyKindSchema>;

const nameText = z.string().trim().min(1, 'Tên không được để trống');

/** Stable ASCII slug; notices refer to the agency by it. */
export const AgencyIdSchema = z
  .string()
  .max(100)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Mã cơ quan chỉ gồm chữ thường không dấu, chữ số và dấu gạch nối');

/** How an agency ended; each reads as a Vietnamese phrase in the reason a task is marked for review. */
export const AGENCY_END_KINDS = ['merged', 'renamed', 'split', 'dissolved'] as const;
export const AgencyEndKindSchema = z.enum(AGENCY_END_KINDS);
export type AgencyEndKind = z.infer<typeof AgencyEndKindSchema>;

/** An agency that took over (part of) an ended one; `part` says which part when there are several. */
export const AgencySuccessorSchema = z.object({
  id: z.string().min(1),
  part: z.string().trim().min(1).optional(),
});
export type AgencySuccessor = z.infer<typeof AgencySuccessorSchema>;

/**
 * When an agency exists and what succeeded it. `validFrom` is its first day; `validUntil` the first day it no
 * longer exists (exclusive, the day its successors start, e.g. 2025-03-01). No dates: it always existed and exists.
 * Shared by the directory file and the API (see shared/api.ts).
 */
export const agencyHistoryShape = {
  validFrom: IsoDateSchema.optional(),
  validUntil: IsoDateSchema.optional(),
  successors: z.array(AgencySuccessorSchema).default([]),
  endKind: AgencyEndKindSchema.optional(),
  /** The decision or resolution behind its start or end, as a citation ("Nghị quyết số 1670/NQ-UBTVQH15 …"). */
  source: z.string().trim().optional(),
};

export const AgencySchema = z.object({
  id: AgencyIdSchema,
  /** The full official name, e.g. "Sở Nông nghiệp và Phát triển nông thôn". */
  name: nameText,
  /** The form used in compact lists, e.g. "Sở NN&PTNT". */
  shortName: nameText,
  /** Every other way notices write it, e.g. "Sở Nông nghiệp và PTNT". Case, diacritics, spacing, punctuation and
   * `&`/`và` differences need no alias of their own: matching ignores them (see agencyKey). */
  aliases: z.array(nameText).default([]),
  kind: AgencyKindSchema,
  ...agencyHistoryShape,
});
export type Agency = z.infer<typeof AgencySchema>;
export type AgencyInput = z.input<typeof AgencySchema>;

/**
 * An agency as the user adds it (the editor's "add to the directory" sends only the name): the short name may be
 * left blank (storage then uses the full name), no aliases, kind "other" unless chosen. Storage makes the id.
 */
export const NewAgencySchema = AgencySchema.omit({ id: true }).extend({
  shortName: z.string().trim().default(''),
  kind: AgencyKindSchema.default('other'),
});

export interface DirectoryConflict {
  /** Path of the offending field inside the agency list, e.g. `[12].aliases[3]`. */
  path: (string | number)[];
  message: string;
}

/**
 * What makes a list of agencies unusable as a directory: a repeated id, or one name (under matching's
 * normalisation) that would point to two agencies, or to the same agency twice. Storage runs this before adding
 * or editing an agency.
 */
export function findDirectoryConflicts(agencies: readonly Agency[]): DirectoryConflict[] {
  const conflicts: DirectoryConflict[] = [];
  const ids = new Map<string, number>();
  const keys = new Map<string, { index: number; label: string }>();
  agencies.forEach((agency, index) => {
    const firstWithId = ids.get(agency.id);
    if (firstWithId !== undefined) {
      conflicts.push({ path: [index, 'id'], message: `Mã "${agency.id}" đã dùng cho cơ quan thứ ${firstWithId + 1}` });
    } else {
      ids.set(agency.id, index);
    }
    const names: [(string | number)[], string][] = [
      [[index, 'name'], agency.name],
      [[index, 'shortName'], agency.shortName],
      ...agency.aliases.map((alias, i): [(string | number)[], string] => [[index, 'aliases', i], alias]),
    ];
    for (const [path, label] of names) {
      const key = agencyKey(label);
      if (!key) {
        conflicts.push({ path, message: `Tên "${label}" không có chữ nào để so khớp` });
        continue;
      }
      const seen = keys.get(key);
      if (!seen) {
        keys.set(key, { index, label });
      } else if (seen.index !== index) {
        conflicts.push({
          path,
          message: `Tên "${label}" trùng với "${seen.label}" của ${agencies[seen.index]?.name ?? 'cơ quan khác'}`,
        });
      } else if (path[1] !== 'shortName') {
        // The short name may equal the full name (e.g. "Sở Y tế"); any other repetition is a redundant alias.
        conflicts.push({ path, message: `Tên "${label}" lặp lại một tên khác của cùng cơ quan` });
      }
    }
  });
  return conflicts;
}

export const AgencyListSchema = z.array(AgencySchema).superRefine((agencies, ctx) => {
  for (const conflict of findDirectoryConflicts(agencies)) {
    ctx.addIssue({ code: 'custom', path: conflict.path, message: conflict.message });
  }
});

/** A directory file as shipped in resources/agencies/<province>.json. */
export const AgencyDirectorySchema = z.object({
  version: z.literal(AGENCY_DIRECTORY_VERSION),
  /** The province the directory describes, e.g. "Lai Châu". */
  province: nameText,
  agencies: AgencyListSchema,
});
export type AgencyDirectory = z.infer<typeof AgencyDirectorySchema>;
