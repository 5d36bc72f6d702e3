import { defineFunction } from '../../../server/boundary';
import { bind } from './bind';
import { me } from './me';

/** The `user` cloud function: who the caller is, and binding a WeChat user to a dealer. */
export const main = defineFunction({ name: 'user', actions: { me, bind } });
