export { LocalStore, type Store, type StoreOps } from './store';
export { DuplicateKeyError } from './write';
export type { Doc, MongoObject } from './codec';
export type { FindOptions, ReadStats } from './read';
export { INDEXED_FIELDS } from './indexes';
