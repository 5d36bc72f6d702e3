import { View } from '@tarojs/components';
import { t } from '../../locale';
import { DemoAccountPicker } from './demo-account-picker';
import { WechatSignIn } from './wechat-sign-in';
import './index.scss';

/** Signs in: a demo account picker in the browser, the WeChat identity inside WeChat. */
export default function LoginPage() {
  return (
    <View className="login">
      <View className="login__brand">{t.appName}</View>
      {process.env.TARO_ENV === 'h5' ? <DemoAccountPicker /> : <WechatSignIn />}
    </View>
  );
}
