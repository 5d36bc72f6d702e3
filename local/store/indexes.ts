/**
 * Fields with a `json_extract` expression index, per collection. Queries that filter on one
 * of them by equality, `$in` or a range read only the matching rows; everything else in the
 * filter is still checked by mingo. Indexed fields must hold scalars (a string, number or
 * boolean), never arrays: the SQL pre-filter compares the field's value itself.
 */
export const INDEXED_FIELDS: Readonly<Record<string, readonly string[]>> = {
  orders: ['dealerId', 'status', 'confirmBy', 'createdAt'],
  products: ['category', 'status', 'sku'],
  mistakes: ['dealerId', 'status'],
  ledger: ['dealerId', 'createdAt'],
  lessonProgress: ['dealerId'],
  badgeAwards: ['dealerId'],
  redemptions: ['dealerId'],
  users: ['dealerId'],
  dealers: ['inviteCode'],
  sessions: ['token'],
};

/** The indexed fields of one collection (none for collections not listed). */
export function indexedFields(collection: string): readonly string[] {
  return INDEXED_FIELDS[collection] ?? [];
}
