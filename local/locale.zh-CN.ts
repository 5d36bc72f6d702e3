/** Every Chinese string the local gateway sends; a missing one fails the type check. */
export interface GatewayMessages {
  invalidRequest: string;
  unknownAccount: string;
  loginDisabled: string;
  unknownFunction: string;
  internal: string;
  notFound: string;
  invalidFileName: string;
  fileTooLarge: string;
  fileNameTooLong: string;
  bodyTooLarge: string;
  methodNotAllowed: string;
  signInRequired: string;
  staffOnly: string;
  badHost: string;
}

/** Simplified Chinese messages for the gateway's own error replies. */
export const gatewayMessages: GatewayMessages = {
  invalidRequest: '请求格式不正确',
  unknownAccount: '没有这个演示账号，请从列表中选择',
  loginDisabled: '正式环境不提供演示账号登录',
  unknownFunction: '没有这个云函数',
  internal: '服务暂时出了点问题，请稍后重试',
  notFound: '找不到这个页面或文件',
  invalidFileName: '文件名不正确，请换一个文件名',
  fileTooLarge: '文件太大，请上传 5 MB 以内的文件',
  fileNameTooLong: '文件名太长，请改短一些再上传',
  bodyTooLarge: '请求内容太大，请控制在 1 MB 以内',
  methodNotAllowed: '这个地址不支持这种请求方式',
  signInRequired: '请先登录再上传文件',
  staffOnly: '只有工作人员可以上传文件',
  badHost: '请通过本机地址（127.0.0.1 或 localhost）访问',
};
