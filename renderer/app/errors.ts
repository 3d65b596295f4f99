import { ApiError } from '../../shared/api-error';

/** The Vietnamese message to show for any failure; API errors already carry one. */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) {
    const details = error.problems?.slice(0, 3).map((problem) => problem.message) ?? [];
    return details.length > 0 ? `${error.message} (${details.join('; ')})` : error.message;
  }
  if (error instanceof TypeError) return 'Không kết nối được với máy chủ của ứng dụng. Dữ liệu đang soạn vẫn được giữ.';
  return 'Đã xảy ra lỗi không mong muốn. Dữ liệu đang soạn vẫn được giữ.';
}
