/** The agencies room: the directory of agencies that tasks name, and matching a name to one of them. */
import { ApiError, type ApiImplementation } from '../../../shared/api';
import { findDirectoryConflicts, type Agency } from '../../../shared/agencies/schema';
import { matchAgency } from '../../../shared/agencies/match';
import { foldVietnamese } from '../../../shared/text/fold';
import { findHistoryProblems } from '../../../shared/agencies/history';
import { agencyIdTaken, insertAgency, listAgencyRows, updateAgencyRow } from '../storage/agencies';
import { deleteAgency, mergeAgency } from './agency-directory';
import type { LibraryContext } from './context';

/**
 * A name that would point to two agencies makes matching ambiguous: refused, with the clashing names; so is a
 * history of `changed` that makes no sense (an end before its start, a successor that does not exist then …).
 */
function assertNoDirectoryConflict(agencies: Agency[], changed: Agency): void {
  const history = findHistoryProblems(changed, agencies);
  if (history.length > 0) {
    throw new ApiError('invalid-request', 'Lịch sử của cơ quan chưa hợp lệ.', history.map((message) => ({ path: 'successors', message })));
  }
  const conflicts = findDirectoryConflicts(agencies);
  if (conflicts.length > 0) {
    throw new ApiError(
      'invalid-request',
      'Tên hoặc tên gọi khác của cơ quan trùng với một cơ quan đã có trong danh bạ.',
      conflicts.map((c) => ({ path: c.path.join('.'), message: c.message })),
    );
  }
}

export function agenciesApi(context: LibraryContext): Pick<ApiImplementation, 'listAgencies' | 'lookupAgency' | 'addAgency' | 'updateAgency' | 'deleteAgency' | 'mergeAgency'> {
  const { db } = context;
  return {
    listAgencies: () => ({ agencies: listAgencyRows(db) }),

    lookupAgency({ text }) {
      const agency = matchAgency(text, listAgencyRows(db));
      return agency ? { agency } : {};
    },

    addAgency(input) {
      return context.write(() => {
        const agency = { ...input, shortName: input.shortName.trim() || input.name };
        const base = foldVietnamese(agency.shortName || agency.name).replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'co-quan';
        let id = base;
        for (let n = 2; agencyIdTaken(db, id); n++) id = `${base}-${n}`;
        const added = { ...agency, id };
        assertNoDirectoryConflict([...listAgencyRows(db), added], added);
        insertAgency(db, added, context.timestamp());
        return added;
      });
    },

    updateAgency(input) {
      return context.write(() => {
        const agency = { ...input, shortName: input.shortName.trim() || input.name };
        assertNoDirectoryConflict(
          listAgencyRows(db).map((a) => (a.id === agency.id ? agency : a)),
          agency,
        );
        if (!updateAgencyRow(db, agency, context.timestamp())) throw new ApiError('not-found', 'Không tìm thấy cơ quan này trong danh bạ.');
        return agency;
      });
    },

    deleteAgency({ id }) {
      context.write(() => deleteAgency(db, id));
      return { ok: true as const };
    },

    mergeAgency: ({ id, intoId }) => context.write(() => mergeAgency(db, id, intoId, context.timestamp())),
  };
}
