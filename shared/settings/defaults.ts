/**
 * The settings a fresh install starts with (the Office of Lai Châu's People's Committee), and the one mapping of
 * settings onto a notice (new drafts from a template, imported notices).
 */
import type { IssuerForm, Settings } from '../api';
import type { Notice } from '../notice/schema';

/**
 * The recipients Decree 30 practice gives a monthly-session notice (reference/decree30-spec.md in the shared folder
 * beside the repository, "How a … reads", item 7).
 */
const FULL_RECIPIENTS = [
  'Thường trực Tỉnh ủy (b/c)',
  'Thường trực HĐND tỉnh (b/c)',
  'Chủ tịch, các PCT UBND tỉnh',
  'Các sở, ban, ngành tỉnh',
  'UBND các xã, phường',
  'Lãnh đạo VP UBND tỉnh',
];

/** For a working session or an inspection: only those concerned. */
const SHORT_RECIPIENTS = [
  'Chủ tịch, các PCT UBND tỉnh',
  'Các cơ quan, đơn vị có liên quan',
  'Lãnh đạo VP UBND tỉnh',
];

/** The Office of the People's Committee issuing under its own header (TB-VP). */
export const OFFICE_FORM_ID = 'van-phong';
/** The People's Committee's own header (TB-UBND), as the real 2026 notices in ../shared/real-notices are issued. */
export const COMMITTEE_FORM_ID = 'uy-ban';

function officeForm(): IssuerForm {
  return {
    id: OFFICE_FORM_ID,
    name: 'Văn phòng UBND tỉnh (TB-VP)',
    parentAgency: 'UBND TỈNH LAI CHÂU',
    agency: 'VĂN PHÒNG',
    code: 'TB-VP',
    closing: 'Văn phòng UBND tỉnh thông báo để các cơ quan, đơn vị biết, thực hiện./.',
    signers: [
      {
        id: 'pho-chanh-van-phong',
        authorityLines: ['TL. CHỦ TỊCH', 'KT. CHÁNH VĂN PHÒNG'],
        title: 'PHÓ CHÁNH VĂN PHÒNG',
        // The signer's name is personal: the Office enters it once in Settings.
        name: '',
      },
      { id: 'chanh-van-phong', authorityLines: ['TL. CHỦ TỊCH'], title: 'CHÁNH VĂN PHÒNG', name: '' },
    ],
    defaultSignerId: 'pho-chanh-van-phong',
  };
}

function committeeForm(): IssuerForm {
  return {
    id: COMMITTEE_FORM_ID,
    name: 'Ủy ban nhân dân tỉnh (TB-UBND)',
    // One issuing agency (no parent line), its name broken over two lines as printed: both lines bold.
    parentAgency: '',
    agency: 'ỦY BAN NHÂN DÂN\nTỈNH LAI CHÂU',
    code: 'TB-UBND',
    closing: 'Ủy ban nhân dân tỉnh thông báo để các cơ quan, đơn vị biết, thực hiện./.',
    signers: [
      // How every real notice in the corpus is signed: the Office's deputy head for the Chairman.
      {
        id: 'ubnd-pho-chanh-van-phong',
        authorityLines: ['TL. CHỦ TỊCH', 'KT. CHÁNH VĂN PHÒNG'],
        title: 'PHÓ CHÁNH VĂN PHÒNG',
        name: '',
      },
      // When a leader of the Committee signs.
      { id: 'ubnd-pho-chu-tich', authorityLines: ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH'], title: 'PHÓ CHỦ TỊCH', name: '' },
    ],
    defaultSignerId: 'ubnd-pho-chanh-van-phong',
  };
}

/** Both issuer forms as they ship (Settings can edit them and add others). */
export function builtInIssuerForms(): IssuerForm[] {
  return [officeForm(), committeeForm()];
}

export function defaultSettings(): Settings {
  return {
    issuer: { place: 'Lai Châu', archive: 'VT, TH' },
    issuerForms: builtInIssuerForms(),
    defaultIssuerFormId: OFFICE_FORM_ID,
    author: 'Văn phòng UBND tỉnh Lai Châu',
    recipientPresets: [
      { id: 'phien-hop-thuong-ky', name: 'Phiên họp UBND tỉnh (đầy đủ)', recipients: [...FULL_RECIPIENTS], archive: 'VT, TH' },
      { id: 'co-quan-lien-quan', name: 'Các cơ quan liên quan (rút gọn)', recipients: [...SHORT_RECIPIENTS], archive: 'VT, TH' },
    ],
  };
}

/** The form `formId` names, else the default one (the schema guarantees it exists), else the first. */
export function issuerForm(settings: Settings, formId?: string): IssuerForm {
  const forms = settings.issuerForms;
  return forms.find((f) => f.id === formId) ?? forms.find((f) => f.id === settings.defaultIssuerFormId) ?? forms[0]!;
}

/** The notice fields an issuer form decides: header lines, code, closing sentence and (default) signature. */
export function noticeFieldsFromIssuerForm(form: IssuerForm, signerId?: string) {
  const signer = form.signers.find((s) => s.id === (signerId ?? form.defaultSignerId)) ?? form.signers[0];
  return {
    issuer: { parentAgency: form.parentAgency, agency: form.agency },
    code: form.code,
    closing: form.closing,
    ...(signer ? { signature: { authorityLines: [...signer.authorityLines], title: signer.title, signerName: signer.name } } : {}),
  } satisfies Partial<Notice>;
}

/**
 * Which form a notice is under: the one whose code is the notice's (each code is its own register series), with
 * the same header lines when several share a code; undefined when the notice was written otherwise by hand.
 */
export function issuerFormOfNotice(forms: readonly IssuerForm[], notice: Pick<Notice, 'code' | 'issuer'>): IssuerForm | undefined {
  const key = (code: string) => code.replace(/\s+/gu, '').toLocaleUpperCase('vi');
  const sameCode = forms.filter((form) => key(form.code) === key(notice.code));
  return (
    sameCode.find((form) => form.agency === notice.issuer.agency && form.parentAgency === notice.issuer.parentAgency) ??
    (sameCode.length === 1 ? sameCode[0] : undefined)
  );
}

/**
 * The notice fields the Office's profile decides: the default issuer form's lines, code, closing and signer, the
 * place, the archive line, author, and the first recipient preset's recipients. The archive line is the issuer's
 * ("Lưu: VT, <drafting unit>", Decree 30): it names who drafted and keeps the notice, whoever receives it.
 * New drafts from a template and imported notices (for what the document does not state) both take these.
 */
export function noticeFieldsFromSettings(settings: Settings) {
  const preset = settings.recipientPresets[0];
  return {
    ...noticeFieldsFromIssuerForm(issuerForm(settings)),
    place: settings.issuer.place,
    archive: settings.issuer.archive,
    recipients: preset ? [...preset.recipients] : [],
    ...(settings.author ? { author: settings.author } : {}),
  } satisfies Partial<Notice>;
}

/**
 * A notice made from a template, carrying the Office's profile (noticeFieldsFromSettings). Recipients come from
 * the template when it names its own (a site inspection goes to fewer agencies than a monthly session).
 */
export function applySettingsToNotice(notice: Notice, settings: Settings): Notice {
  const fields = noticeFieldsFromSettings(settings);
  return {
    ...notice,
    ...fields,
    recipients: notice.recipients.length > 0 ? [...notice.recipients] : fields.recipients,
  };
}
