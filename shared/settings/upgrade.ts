/**
 * Settings stored before the issuer forms (one `issuer` with its lines and code, and one list of signers) read as
 * the forms: the stored profile becomes the Office's form, keeping its lines, code, closing and signers with their
 * names, and the Committee's form is added as it ships. Settings already in the new shape pass unchanged.
 */
import { builtInIssuerForms, OFFICE_FORM_ID } from './defaults';

type Stored = Record<string, unknown>;

const isRecord = (value: unknown): value is Stored => typeof value === 'object' && value !== null && !Array.isArray(value);

export function upgradeStoredSettings(stored: unknown): unknown {
  if (!isRecord(stored) || 'issuerForms' in stored || !isRecord(stored.issuer)) return stored;
  const { signers, defaultSignerId, issuer, ...rest } = stored;
  const { place, archive, parentAgency, agency, code, closing } = issuer;
  const [office, ...others] = builtInIssuerForms();
  const storedOffice = {
    ...office!,
    ...(typeof parentAgency === 'string' ? { parentAgency } : {}),
    ...(typeof agency === 'string' ? { agency } : {}),
    ...(typeof code === 'string' ? { code } : {}),
    ...(typeof closing === 'string' ? { closing } : {}),
    ...(Array.isArray(signers) ? { signers } : {}),
    defaultSignerId: typeof defaultSignerId === 'string' ? defaultSignerId : undefined,
  };
  // A profile already switched to the Committee's code keeps only its own form: no second TB-UBND series.
  const codeKey = (value: unknown) => (typeof value === 'string' ? value.replace(/\s+/gu, '').toLocaleUpperCase('vi') : '');
  const added = others.filter((form) => codeKey(form.code) !== codeKey(storedOffice.code));
  return {
    ...rest,
    issuer: { place, archive },
    issuerForms: [storedOffice, ...added],
    defaultIssuerFormId: OFFICE_FORM_ID,
  };
}
