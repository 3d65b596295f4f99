/**
 * Agencies by the shape of their name, for names the directory does not know ("Trung tâm Xúc tiến Đầu tư",
 * "UBND xã Đạ Huoai", "Ban Quản lý dự án đầu tư …"): the importer keeps such a name as an agency, unlinked, and the
 * user is offered to add it to the directory (with the kind guessed here) or to match it to an existing one.
 */
import type { AgencyKind } from './schema';

/** How an agency's proper name starts (capitalised, as names are written in notices). */
export const AGENCY_NAME_START =
  /^(?:Sở|Ban|Cục|Chi\s+cục|Công\s+an|Bộ\s+đội|Bộ\s+Chỉ\s+huy|UBND|Ủy\s+ban|Uỷ\s+ban|Văn\s+phòng|Thanh\s+tra|Kho\s+bạc|Thuế|Ngân\s+hàng|Đài|Hội|Liên\s+đoàn|Tỉnh\s+đoàn|Bảo\s+hiểm|BHXH|Trường|Trung\s+tâm|Viện|Quỹ|Tòa\s+án|Toà\s+án|Công\s+ty|Tổng\s+công\s+ty|Tập\s+đoàn|Nhà\s+[Đđ]ầu\s+tư|Điện\s+lực|Đảng\s+ủy|Đảng\s+uỷ|Hải\s+quan|Thống\s+kê|Bệnh\s+viện)(?![\p{L}\p{N}])/u;

/** Starts like an agency's name. */
export function looksLikeAgencyName(text: string): boolean {
  return AGENCY_NAME_START.test(text.normalize('NFC').trimStart());
}

const KIND_BY_SHAPE: [RegExp, AgencyKind][] = [
  [/^(?:UBND|Ủy\s+ban\s+nhân\s+dân|Uỷ\s+ban\s+nhân\s+dân)\s+(?:các\s+)?(?:xã|phường|đặc\s+khu|huyện|thị\s+xã|thành\s+phố|Phường)/u, 'district'],
  [/^(?:Công\s+an|Cục|Chi\s+cục|Kho\s+bạc|Thuế|Hải\s+quan|Thống\s+kê|Tòa\s+án|Toà\s+án|Viện\s+[Kk]iểm\s+sát|Bảo\s+hiểm|BHXH|Ngân\s+hàng|Bộ\s+Chỉ\s+huy|Bộ\s+đội)/u, 'central-branch'],
  [/^(?:Ban\s+.*Tỉnh\s+uỷ|Ban\s+.*Tỉnh\s+ủy|Đảng\s+[uủ]ỷ?|Hội\s+(?:Liên\s+hiệp\s+Phụ\s+nữ|Nông\s+dân|Cựu\s+chiến\s+binh)|Tỉnh\s+đoàn|Liên\s+đoàn\s+Lao\s+động|Ủy\s+ban\s+Mặt\s+trận|Uỷ\s+ban\s+Mặt\s+trận)/u, 'provincial-body'],
  [/^(?:Sở|Thanh\s+tra|Văn\s+phòng\s+(?:UBND|Ủy\s+ban)|Ban\s+Quản\s+lý\s+(?:các\s+)?Khu)/u, 'department'],
];

/** The directory kind a name's shape suggests; `other` (project boards, centres, companies …) when none does. */
export function guessAgencyKind(name: string): AgencyKind {
  const text = name.normalize('NFC').trim();
  return KIND_BY_SHAPE.find(([shape]) => shape.test(text))?.[1] ?? 'other';
}
