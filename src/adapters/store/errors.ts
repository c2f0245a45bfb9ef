/** Represents a failure of the database layer; carries the operation, never the values. */
export class StoreError extends Error {
  constructor(
    readonly operation: string,
    readonly code: string | undefined,
    cause?: unknown,
  ) {
    super(`database ${operation} failed${code ? ` (${code})` : ''}`, { cause });
    this.name = 'StoreError';
  }
}

/** Represents a DATA_KEY that does not open the data already stored. */
export class WrongKeyError extends Error {
  constructor() {
    super(
      'DATA_KEY does not match the key this database was created with; nothing was changed. Use the original key, or `npm run rotate-key` to move to a new one.',
    );
    this.name = 'WrongKeyError';
  }
}
