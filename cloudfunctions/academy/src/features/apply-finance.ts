import { DomainError } from '../../../../core/errors/domain-error';
import { assertFeatureUnlocked } from '../../../../core/academy/features';
import { finishedCourseIds } from '../../../../core/academy/path';
import type { ActionContext } from '../../../../server/boundary';
import { db } from '../../../../server/cloud';
import { loadAcademy } from '../../../../server/academy/load';
import { isDuplicateId, mustReadDoc } from '../../../../server/documents';
import { deterministicId } from '../../../../server/ids';
import { requireDealer } from '../../../../server/users';
import { parseInput } from '../../../../server/validate';
import type { FinanceApplicationDoc } from '../../../../types/academy';
import type { AcademyReplies } from '../../../../types/functions/academy';
import { applyFinanceSchema } from '../schemas';

/**
 * Applies to the supply-chain finance programme. The unlock (finishing its course) is checked
 * here, so a hidden button is not the only guard; one application per requestId.
 */
export async function applyFinance({
  openid,
  event,
  now,
}: ActionContext): Promise<AcademyReplies['applyFinance']> {
  const { requestId, amountFen, note } = parseInput(applyFinanceSchema, event);
  const { dealer } = await requireDealer(openid);
  const academy = await loadAcademy(dealer);
  const finished = finishedCourseIds(academy.path);
  assertFeatureUnlocked('supply_chain_finance', academy.courses, finished, dealer.tier);

  const application: FinanceApplicationDoc = {
    _id: deterministicId('f', dealer._id, requestId),
    dealerId: dealer._id,
    requestId,
    amountFen,
    note,
    status: 'submitted',
    createdAt: now.toISOString(),
  };
  try {
    await db().collection('financeApplications').add({ data: application });
  } catch (error) {
    if (!isDuplicateId(error)) throw error;
    await assertSameApplication(application);
  }
  return { applicationId: application._id };
}

/** A retry must carry the same amount and note; anything else reuses the requestId. */
async function assertSameApplication(application: FinanceApplicationDoc): Promise<void> {
  const stored = await mustReadDoc<FinanceApplicationDoc>(
    db().collection('financeApplications').doc(application._id),
    'INTERNAL',
  );
  if (stored.amountFen !== application.amountFen || stored.note !== application.note) {
    throw new DomainError('REQUEST_ID_REUSED');
  }
}
