/**
 * The settings a fresh install starts with (the Office of Lai Châu's People's Committee), and how settings are
 * applied to a notice created from a template.
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
  'UBND các huyện, thành phố',
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
 * A notice made from a template, carrying the Office's profile: issuer lines, code, place, closing sentence,
 * archive line, author and the default signer always come from settings. Recipients come from the template
 * when it names its own (a site inspection goes to fewer agencies than a monthly session), otherwise from the
 * first recipient preset.
 */
export function applySettingsToNotice(notice: Notice, settings: Settings): Notice {
  const signer = settings.signers.find((s) => s.id === settings.defaultSignerId) ?? settings.signers[0];
  const preset = settings.recipientPresets[0];
  const useTemplateRecipients = notice.recipients.length > 0 || preset === undefined;
  return {
    ...notice,
    issuer: { parentAgency: settings.issuer.parentAgency, agency: settings.issuer.agency },
    code: settings.issuer.code,
    place: settings.issuer.place,
    closing: settings.issuer.closing,
    archive: useTemplateRecipients ? settings.issuer.archive : preset.archive,
    author: settings.author || notice.author,
    signature: signer
      ? { authorityLines: [...signer.authorityLines], title: signer.title, signerName: signer.name }
      : notice.signature,
    recipients: useTemplateRecipients ? [...notice.recipients] : [...preset.recipients],
  };
}
