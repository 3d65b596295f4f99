/**
 * Lai Châu's place names, accepted as written (capitalised) even where a syllable is not an everyday word ("Nậm
 * Cuổi", "Sì Lở Lầu"). The 36 communes and 2 wards from 1 July 2025 (Resolution 1670/NQ-UBTVQH15 of 16 June 2025
 * on the arrangement of commune-level units of Lai Châu province), the former districts and the provincial city.
 */
export const LAI_CHAU_PLACE_NAMES: readonly string[] = [
  // Communes and wards, Resolution 1670/NQ-UBTVQH15.
  'Mường Kim', 'Khoen On', 'Than Uyên', 'Mường Than', 'Pắc Ta', 'Nậm Sỏ', 'Tân Uyên', 'Mường Khoa', 'Bản Bo', 'Bình Lư',
  'Tả Lèng', 'Khun Há', 'Sin Suối Hồ', 'Phong Thổ', 'Dào San', 'Sì Lở Lầu', 'Khổng Lào', 'Tủa Sín Chải', 'Sìn Hồ',
  'Hồng Thu', 'Nậm Tăm', 'Pu Sam Cáp', 'Nậm Cuổi', 'Nậm Mạ', 'Lê Lợi', 'Nậm Hàng', 'Mường Mô', 'Hua Bum', 'Pa Tần',
  'Bum Nưa', 'Bum Tở', 'Mường Tè', 'Thu Lũm', 'Pa Ủ', 'Mù Cả', 'Tà Tổng', 'Tân Phong', 'Đoàn Kết',
  // The province, its former districts (abolished 1 July 2025) and rivers the notices name.
  'Lai Châu', 'Tam Đường', 'Nậm Nhùn', 'Sông Đà', 'Nậm Na', 'Ka Lăng', 'Nậm Ban', 'Mường So', 'Lả Nhì Thàng',
];
