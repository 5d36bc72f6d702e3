// Test fixture: replies with its event and caller, for the HTTP gateway tests.
const cloud = require('wx-server-sdk');

cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV });

exports.main = async (event) => {
  const { OPENID } = cloud.getWXContext();
  if (event.action === 'boom') throw new Error('echo failed on purpose');
  if (!OPENID) return { ok: false, code: 'UNAUTHENTICATED', message: 'sign in' };
  return { ok: true, data: { openid: OPENID, event } };
};
