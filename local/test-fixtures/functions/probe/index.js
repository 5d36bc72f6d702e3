// Test fixture: a plain CommonJS cloud function that exercises wx-server-sdk the way real
// bundles do, so local/ is tested against the real SDK code without the real functions.
const cloud = require('wx-server-sdk');

cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV });
const db = cloud.database();
const _ = db.command;

async function attempt(work) {
  try {
    return await work();
  } catch (error) {
    return { failed: true, errCode: error.errCode, message: String(error.errMsg || error.message) };
  }
}

const actions = {
  whoami: async ({ ms }) => {
    await new Promise((resolve) => setTimeout(resolve, ms || 0));
    return cloud.getWXContext();
  },
  add: ({ collection, doc }) => attempt(() => db.collection(collection).add({ data: doc })),
  get: ({ collection, id }) => attempt(() => db.collection(collection).doc(id).get()),
  getFields: ({ collection, id, fields }) =>
    attempt(() => db.collection(collection).doc(id).field(fields).get()),
  update: ({ collection, id, data }) =>
    attempt(() => db.collection(collection).doc(id).update({ data })),
  set: ({ collection, id, data }) => attempt(() => db.collection(collection).doc(id).set({ data })),
  remove: ({ collection, id }) => attempt(() => db.collection(collection).doc(id).remove()),
  list: ({ collection, where, orderBy, skip, limit }) =>
    attempt(() => {
      let query = db.collection(collection).where(where || {});
      for (const [field, direction] of orderBy || []) query = query.orderBy(field, direction);
      if (skip) query = query.skip(skip);
      if (limit) query = query.limit(limit);
      return query.get();
    }),
  count: ({ collection, where }) =>
    attempt(() =>
      db
        .collection(collection)
        .where(where || {})
        .count(),
    ),
  operators: async ({ id }) => {
    const products = db.collection('products');
    await products.doc(id).update({
      data: { stock: _.inc(-2), tags: _.push(['new']), meta: { seenBy: 'probe' }, old: _.remove() },
    });
    const between = await products.where({ stock: _.gte(5).and(_.lte(8)) }).get();
    const either = await products.where(_.or([{ category: 'beer' }, { stock: _.lt(0) }])).get();
    const inList = await products.where({ category: _.in(['wine', 'beer']) }).count();
    const named = await products.where({ name: db.RegExp({ regexp: '^mou', options: 'i' }) }).get();
    const nested = await products.where({ meta: { seenBy: 'probe' } }).count();
    const doc = await products.doc(id).get();
    return {
      between: between.data.length,
      either: either.data.length,
      inList: inList.total,
      named: named.data.length,
      nested: nested.total,
      doc: doc.data,
    };
  },
  serverDate: async ({ id }) => {
    await db
      .collection('stamps')
      .add({ data: { _id: id, at: db.serverDate(), when: new Date(0) } });
    const { data } = await db.collection('stamps').doc(id).get();
    return {
      atIsDate: data.at instanceof Date,
      whenIsDate: data.when instanceof Date,
      when: data.when,
    };
  },
  whereUpdate: ({ collection, where, data }) =>
    attempt(() => db.collection(collection).where(where).update({ data })),
  whereRemove: ({ collection, where }) =>
    attempt(() => db.collection(collection).where(where).remove()),
  aggregateSum: ({ limit }) =>
    attempt(() => {
      const $ = db.command.aggregate;
      let pipeline = db
        .collection('products')
        .aggregate()
        .match({ stock: _.gte(0) });
      pipeline = pipeline.group({ _id: '$category', stock: $.sum('$stock') }).sort({ _id: 1 });
      if (limit) pipeline = pipeline.limit(limit);
      return pipeline.end();
    }),
  aggregateAll: ({ collection }) =>
    attempt(() => db.collection(collection).aggregate().project({ _id: 1 }).end()),
  reserveInTransaction: ({ productId, quantity, orderId }) =>
    attempt(() =>
      db.runTransaction(async (transaction) => {
        const { data: product } = await transaction.collection('products').doc(productId).get();
        if (product.stock < quantity) return { reserved: false };
        await new Promise((resolve) => setTimeout(resolve, 1));
        await transaction
          .collection('products')
          .doc(productId)
          .update({ data: { stock: _.inc(-quantity) } });
        await transaction.collection('orders').add({ data: { _id: orderId, productId, quantity } });
        return { reserved: true };
      }),
    ),
  reserveWithCondition: async ({ productId, quantity }) => {
    const result = await db
      .collection('products')
      .where({ _id: productId, stock: _.gte(quantity) })
      .update({ data: { stock: _.inc(-quantity) } });
    return { reserved: result.stats.updated === 1 };
  },
  refusedInTransaction: ({ kind, productId }) =>
    attempt(() =>
      db.runTransaction(async (transaction) => {
        await transaction
          .collection('products')
          .doc(productId)
          .update({ data: { touched: true } });
        const products = transaction.collection('products');
        if (kind === 'whereUpdate')
          await products.where({ _id: productId }).update({ data: { stock: 0 } });
        if (kind === 'whereRemove') await products.where({ _id: productId }).remove();
        if (kind === 'count') await products.where({}).count();
        if (kind === 'queryGet') await products.where({ _id: productId }).get();
        if (kind === 'aggregate') await db.collection('products').aggregate().match({}).end();
        if (kind === 'dbDoc') await db.collection('products').doc(productId).get();
        return 'not refused';
      }),
    ),
  throwInTransaction: ({ productId }) =>
    attempt(() =>
      db.runTransaction(async (transaction) => {
        await transaction
          .collection('products')
          .doc(productId)
          .update({ data: { stock: 999 } });
        throw new Error('changed my mind');
      }),
    ),
  manualTransaction: async ({ productId, commit }) => {
    const transaction = await db.startTransaction();
    await transaction
      .collection('products')
      .doc(productId)
      .update({ data: { stock: 42 } });
    await transaction
      .collection('products')
      .doc('manual-' + productId)
      .set({ data: { by: 'manual' } });
    if (commit) await transaction.commit();
    else await transaction.rollback();
    return { done: true };
  },
  leaveTransactionOpen: async ({ productId }) => {
    const transaction = await db.startTransaction();
    await transaction
      .collection('products')
      .doc(productId)
      .update({ data: { stock: -1 } });
    return { leftOpen: true };
  },
  duplicateInTransaction: ({ id }) =>
    attempt(() =>
      db.runTransaction(async (transaction) => {
        await transaction.collection('orders').add({ data: { _id: id, n: 1 } });
        return 'added';
      }),
    ),
  upload: async ({ cloudPath, text }) => {
    const { fileID } = await cloud.uploadFile({ cloudPath, fileContent: Buffer.from(text) });
    const { fileContent } = await cloud.downloadFile({ fileID });
    const { fileList } = await cloud.getTempFileURL({ fileList: [fileID] });
    return { fileID, text: fileContent.toString('utf8'), url: fileList[0].tempFileURL };
  },
  download: ({ fileID }) =>
    attempt(async () => (await cloud.downloadFile({ fileID })).fileContent.toString('utf8')),
  callSelf: async () =>
    (await cloud.callFunction({ name: 'probe', data: { action: 'whoami' } })).result,
  openapi: () => attempt(() => cloud.openapi.wxacode.get({ path: 'pages/home/index' })),
  fail: async () => {
    throw new Error('probe failed on purpose');
  },
};

exports.main = async (event) => {
  if (event.Type === 'Timer') {
    await db
      .collection('timerRuns')
      .add({ data: { trigger: event.TriggerName, at: event.Time, context: cloud.getWXContext() } });
    return { swept: true };
  }
  const action = actions[event.action];
  if (!action) return { ok: false, code: 'INVALID_INPUT', message: 'unknown action' };
  return action(event);
};
