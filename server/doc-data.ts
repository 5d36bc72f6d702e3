/**
 * A document's body for `doc(id).set({ data })`: the cloud refuses a `_id` inside `data`,
 * since the id is already the document's address.
 */
export function withoutId<T extends { _id: string }>(doc: T): Omit<T, '_id'> {
  const data: Partial<T> = { ...doc };
  delete data._id;
  return data as Omit<T, '_id'>;
}
