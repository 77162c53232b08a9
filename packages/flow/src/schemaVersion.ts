/** The stream document version this package writes. Older documents go through migrateStream. */
export const STREAM_SCHEMA_VERSION = 1;
