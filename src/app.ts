import Taro from '@tarojs/taro';
import type { PropsWithChildren } from 'react';
import './app.scss';

if (process.env.TARO_ENV === 'weapp') {
  // Once per launch, before any page calls a function; CLOUD_ENV is set at build time.
  Taro.cloud.init({ env: CLOUD_ENV, traceUser: true });
}

/** The app shell: pages render inside it; session and cart live in their stores. */
function App({ children }: PropsWithChildren) {
  return children;
}

export default App;
