import { ApiError } from '../../../../shared/api/errors';

/** The error of a malformed, truncated or incomplete comment file: names the file, the line or record, and why. */
export function commentFileInvalid(fileName: string, where: string, problem: string): ApiError<'comment-file-invalid'> {
  return new ApiError('comment-file-invalid', { fileName, where, problem });
}
