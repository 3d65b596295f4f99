/** The header that carries the local web host's per-launch token with every API call (HTTP header names ignore case). */
export const TOKEN_HEADER = 'X-ThongBao-Token';
