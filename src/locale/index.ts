import { zhCN } from './zh-CN';

/** The UI text. One locale for now; a second would be chosen here, not in the pages. */
export const t = zhCN;
