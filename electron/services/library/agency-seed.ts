/**
 * Bringing a library's directory up to the one the app ships, without undoing the user's edits: a library seeded
 * before the 2025 reorganisation was recorded gains the new agencies (communes, merged departments …) and the end
 * dates and successors of the old ones. An agency the user already gave a history, or whose names would clash with
 * one the user added, is left as the user has it.
 */
import type Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import type { Agency } from '../../../shared/api';
import { findDirectoryConflicts } from '../../../shared/agencies/schema';
import { insertAgency, listAgencyRows, orderAgencies, updateAgencyRow } from '../storage/agencies';
import { metaValue, setMetaValue } from '../storage/settings';

const META_KEY = 'agencies-shipped-hash';

function hashOf(shipped: readonly Agency[]): string {
  return createHash('sha256').update(JSON.stringify(shipped)).digest('hex');
}

/** True when the shipped directory changed since the library last took it in (cheap: no write lock). */
export function shippedDirectoryChanged(db: Database.Database, shipped: readonly Agency[]): boolean {
  return metaValue(db, META_KEY) !== hashOf(shipped);
}

/** Takes in the shipped directory's new agencies and histories. Inside the caller's transaction. */
export function mergeShippedDirectory(db: Database.Database, shipped: readonly Agency[], at: string): void {
  const stored = new Map(listAgencyRows(db).map((a) => [a.id, a]));
  for (const agency of shipped) {
    const mine = stored.get(agency.id);
    if (!mine) {
      const candidate = [...stored.values(), agency];
      if (findDirectoryConflicts(candidate).length > 0) continue;
      insertAgency(db, agency, at, { keepExisting: true });
      stored.set(agency.id, agency);
      continue;
    }
    const hasHistory = mine.validFrom || mine.validUntil || mine.successors.length > 0;
    const shippedHistory = agency.validFrom || agency.validUntil || agency.successors.length > 0;
    if (hasHistory || !shippedHistory) continue;
    const withHistory: Agency = {
      ...mine,
      successors: agency.successors,
      ...(agency.validFrom ? { validFrom: agency.validFrom } : {}),
      ...(agency.validUntil ? { validUntil: agency.validUntil } : {}),
      ...(agency.endKind ? { endKind: agency.endKind } : {}),
      ...(agency.source ? { source: agency.source } : {}),
    };
    updateAgencyRow(db, withHistory, at);
    stored.set(agency.id, withHistory);
  }
  orderAgencies(
    db,
    shipped.map((a) => a.id),
  );
  setMetaValue(db, META_KEY, hashOf(shipped));
}
