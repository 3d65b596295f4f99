/**
 * The settings a fresh install starts with (the Office of Lai Châu's People's Committee), and the one mapping of
 * settings onto a notice (new drafts from a template, imported notices).
 */
import type { Settings } from '../api';
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

export function defaultSettings(): Settings {
  return {
    issuer: {
      parentAgency: 'UBND TỈNH LAI CHÂU',
      agency: 'VĂN PHÒNG',
      code: 'TB-VP',
      place: 'Lai Châu',
      closing: 'Văn phòng UBND tỉnh thông báo để các cơ quan, đơn vị biết, thực hiện./.',
      archive: 'VT, TH',
    },
    author: 'Văn phòng UBND tỉnh Lai Châu',
    signers: [
      {
        id: 'pho-chanh-van-phong',
        authorityLines: ['TL. CHỦ TỊCH', 'KT. CHÁNH VĂN PHÒNG'],
        title: 'PHÓ CHÁNH VĂN PHÒNG',
        // The signer's name is personal: the Office enters it once in Settings.
        name: '',
      },
      {
        id: 'chanh-van-phong',
        authorityLines: ['TL. CHỦ TỊCH'],
        title: 'CHÁNH VĂN PHÒNG',
        name: '',
      },
    ],
    defaultSignerId: 'pho-chanh-van-phong',
    recipientPresets: [
      { id: 'phien-hop-thuong-ky', name: 'Phiên họp UBND tỉnh (đầy đủ)', recipients: [...FULL_RECIPIENTS], archive: 'VT, TH' },
      { id: 'co-quan-lien-quan', name: 'Các cơ quan liên quan (rút gọn)', recipients: [...SHORT_RECIPIENTS], archive: 'VT, TH' },
    ],
  };
}

/**
 * The notice fields the Office's profile decides: issuer lines, code, place, closing sentence, archive line,
 * author, the default signer, and the first recipient preset's recipients. The archive line is the issuer's
 * ("Lưu: VT, <drafting unit>", Decree 30): it names who drafted and keeps the notice, whoever receives it.
 * New drafts from a template and imported notices (for what the document does not state) both take these.
 */
export function noticeFieldsFromSettings(settings: Settings) {
  const signer = settings.signers.find((s) => s.id === settings.defaultSignerId) ?? settings.signers[0];
  const preset = settings.recipientPresets[0];
  return {
    issuer: { parentAgency: settings.issuer.parentAgency, agency: settings.issuer.agency },
    code: settings.issuer.code,
    place: settings.issuer.place,
    closing: settings.issuer.closing,
    archive: settings.issuer.archive,
    recipients: preset ? [...preset.recipients] : [],
    ...(settings.author ? { author: settings.author } : {}),
    ...(signer ? { signature: { authorityLines: [...signer.authorityLines], title: signer.title, signerName: signer.name } } : {}),
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
