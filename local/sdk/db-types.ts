/**
 * The request @cloudbase/database sends through `Db.reqClass` (wx-server-sdk 4.0.2). Filters,
 * documents, orders and projections arrive as EJSON strings.
 */
export interface DbParams {
  collectionName?: string;
  transactionId?: string;
  queryType?: string;
  query?: string;
  data?: string | string[];
  order?: string;
  offset?: number;
  limit?: number;
  projection?: string;
  multi?: boolean;
  merge?: boolean;
  upsert?: boolean;
  stages?: Array<{ stageKey: string; stageValue: string }>;
}

/** A failed reply: the SDK turns `code` into errCode via its TCB_ERR_CODE table. */
export interface DbFailure {
  code: 'DATABASE_REQUEST_FAILED' | 'DATABASE_INVALID_OPERRATOR' | 'SYS_ERR';
  message: string;
  requestId: string;
}

/** A successful reply; the shape of `data` depends on the action. */
export interface DbSuccess {
  requestId: string;
  data?: Record<string, unknown>;
  transactionId?: string;
}

export type DbReply = DbSuccess | DbFailure;

const STRING_KEYS = [
  'collectionName',
  'transactionId',
  'queryType',
  'query',
  'order',
  'projection',
] as const;
const BOOLEAN_KEYS = ['multi', 'merge', 'upsert'] as const;

/** Narrows the untyped params the SDK passes to the fields the local backend reads. */
export function readParams(raw: unknown): DbParams {
  if (typeof raw !== 'object' || raw === null) return {};
  const source = raw as Record<string, unknown>;
  const params: DbParams = {};

  for (const key of STRING_KEYS) {
    const value = source[key];
    if (typeof value === 'string') params[key] = value;
  }
  for (const key of BOOLEAN_KEYS) {
    const value = source[key];
    if (typeof value === 'boolean') params[key] = value;
  }
  if (typeof source.offset === 'number') params.offset = source.offset;
  if (typeof source.limit === 'number') params.limit = source.limit;
  if (typeof source.data === 'string' || isStringArray(source.data)) params.data = source.data;
  if (Array.isArray(source.stages)) params.stages = source.stages.filter(isStage);
  return params;
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

function isStage(value: unknown): value is { stageKey: string; stageValue: string } {
  if (typeof value !== 'object' || value === null) return false;
  const stage = value as Record<string, unknown>;
  return typeof stage.stageKey === 'string' && typeof stage.stageValue === 'string';
}
