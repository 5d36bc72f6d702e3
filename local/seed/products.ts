import type { ProductDoc } from '../../types/documents';
import { toProductDocs } from './catalog/define';
import { DOMESTIC_WINE } from './catalog/domestic-wine';
import { GIFT_BOX } from './catalog/gift-box';
import { IMPORTED_WINE } from './catalog/imported-wine';
import { LIGHT_AROMA } from './catalog/light-aroma';
import { PLAIN_BOTTLE } from './catalog/plain-bottle';
import { SAUCE_AROMA } from './catalog/sauce-aroma';
import { SPARKLING_FRUIT } from './catalog/sparkling-fruit';
import { STRONG_AROMA } from './catalog/strong-aroma';

/** The demo brand: 云岭酒业集团, a fictional group with baijiu, wine and gift lines. */
export const DEMO_BRAND = '云岭酒业集团';

const CATEGORIES = [
  SAUCE_AROMA,
  STRONG_AROMA,
  LIGHT_AROMA,
  DOMESTIC_WINE,
  IMPORTED_WINE,
  SPARKLING_FRUIT,
  GIFT_BOX,
  PLAIN_BOTTLE,
];

/** Category names in the order the catalogue shows them. */
export const DEMO_CATEGORIES: readonly string[] = CATEGORIES.map((seed) => seed.category);

/** The demo catalogue as of `now`; promotions end relative to it. */
export function demoProducts(now: Date): ProductDoc[] {
  return CATEGORIES.flatMap((seed) => toProductDocs(seed, now));
}
