/**
 * The library: the ApiImplementation of shared/api.ts over the SQLite database, assembled from one room per
 * domain. Every write runs in one IMMEDIATE transaction (context.ts) and every saved state of a notice is a
 * revision (records.ts).
 */
import type Database from 'better-sqlite3';
import type { ApiImplementation } from '../../../shared/api';
import { storageErrorFrom } from '../storage/errors';
import { agenciesApi } from './agencies';
import { checksApi } from './checks';
import { createLibraryContext, type LibraryOptions } from './context';
import { exportApi } from './export';
import { importApi } from './import';
import { noticesApi } from './notices';
import { registerApi } from './register';
import { reviewCopiesApi } from './review-copies';
import { revisionsApi } from './revisions';
import { searchApi } from './search';
import { readSettings, settingsApi } from './settings';
import { compareVersions, exportComparisonDocx } from '../versions/compare';
import { sectionTemplatesApi } from './section-templates';
import { templatesApi } from './templates';

export function createLibraryApi(db: Database.Database, options: LibraryOptions = {}): ApiImplementation {
  const context = createLibraryContext(db, options);
  const notices = noticesApi(context);
  const revisions = revisionsApi(context);
  const reader = { getNotice: notices.getNotice, getRevision: revisions.getRevision };
  const implementation: ApiImplementation = {
    ...notices,
    ...revisions,
    ...searchApi(context),
    ...registerApi(context),
    ...templatesApi(context),
    ...sectionTemplatesApi(context),
    ...agenciesApi(context),
    ...settingsApi(context),
    ...importApi(context),
    ...exportApi(context),
    compareVersions: (request) => compareVersions(reader, request),
    exportComparisonDocx: (request) => exportComparisonDocx(reader, request, { author: readSettings(context).author, now: context.now() }),
    ...checksApi(context),
    ...reviewCopiesApi(context),
  };

  // SQLite failures reach the user as ApiError('storage') with a Vietnamese message.
  const guarded = Object.fromEntries(
    Object.entries(implementation).map(([name, method]) => [
      name,
      (request: unknown) => {
        try {
          const result = (method as (r: unknown) => unknown)(request);
          return result instanceof Promise ? result.catch((error: unknown) => Promise.reject(storageErrorFrom(error))) : result;
        } catch (error) {
          throw storageErrorFrom(error);
        }
      },
    ]),
  );
  return guarded as ApiImplementation;
}
