/** Why a file or text could not be imported; `message` is Vietnamese, for the user. */
export type ImportErrorCode =
  | 'empty'
  | 'too-large'
  | 'not-text'
  | 'unsupported-type'
  | 'corrupt-docx'
  | 'encrypted'
  | 'legacy-doc'
  | 'zip-bomb'
  | 'missing-defaults'
  | 'too-long'
  | 'read-failed'
  | 'bad-numbering'
  | 'too-deep'
  | 'cancelled'
  | 'timeout'
  | 'out-of-memory'
  | 'failed';

export class ImportError extends Error {
  constructor(
    readonly code: ImportErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ImportError';
  }
}
