/** A long notice as pasted text, for the import worker's test and the import bench (no other dependencies). */

/**
 * The Office's notice with `paragraphs` body paragraphs: numbered tasks with agencies and deadlines, each with a dash
 * item; with `sections`, a roman heading before every 50 tasks too.
 */
export function longNoticeText(paragraphs: number, { sections = false }: { sections?: boolean } = {}): string {
  const body: string[] = [];
  for (let i = 0; body.length < paragraphs; i++) {
    if (sections && i % 50 === 0) body.push(`${'I'.repeat(1 + ((i / 50) % 3))}. TÌNH HÌNH THỰC HIỆN NHIỆM VỤ NHÓM ${i / 50 + 1}`);
    body.push(`${(i % 50) + 1}. Sở Tài chính chủ trì, phối hợp với Sở Xây dựng rà soát, báo cáo UBND tỉnh trước ngày 15/10/2020.`);
    body.push('- Các sở, ban, ngành tỉnh theo chức năng, nhiệm vụ được giao tổ chức thực hiện.');
  }
  return [
    'UBND TỈNH LAI CHÂU',
    'VĂN PHÒNG',
    'Số: 27/TB-VP',
    'Lai Châu, ngày 05 tháng 10 năm 2020',
    'THÔNG BÁO',
    'Kết luận của Chủ tịch UBND tỉnh tại phiên họp UBND tỉnh tháng 9 năm 2020',
    ...body.slice(0, paragraphs),
    'Văn phòng UBND tỉnh thông báo để các cơ quan, đơn vị biết, thực hiện./.',
  ].join('\n');
}
