import * as v from 'valibot';

/** The `importCatalog` event: the uploaded file's cloud id and its original name. */
export const importCatalogSchema = v.object({
  fileID: v.pipe(v.string(), v.minLength(1), v.maxLength(512)),
  /** Decides the format by its extension (.xlsx or .csv). */
  fileName: v.pipe(v.string(), v.maxLength(200)),
  /** True once the user has seen the faults and confirms importing only the good rows. */
  applyValidRows: v.optional(v.boolean()),
});
