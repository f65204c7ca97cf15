import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import { Pressable } from '../../../components/Pressable';
import { StateView } from '../../../components/StateView';
import { UnauthorizedError } from '../../../core/http/errors';
import type { FavouriteItem } from '../../catalog/deviceLists';
import { MaskedField } from './MaskedField';
import { SignedOut } from './SignedOut';
import { identityService } from '../identityService';
import { REAL_NAME_LABEL } from '../labels';
import { useMe } from '../usePersonal';
import { unreadWords, useUnreadCount } from '../../messages/unread';
import type { Me } from '../../../shared/api/identity';
import { ROUTES } from '../../../routes';
import './me.scss';

const go = (url: string) => void Taro.navigateTo({ url });

/**
 * 我的: who is signed in (masked, revealed field by field on the citizen's tap), their
 * certificates, records, addresses and family; the device's own lists; settings and privacy.
 * Signed out, it offers sign-in and keeps everything that needs no account.
 */
export function MeScreen({ favourites, recent }: { favourites: FavouriteItem[]; recent: string[] }) {
  const me = useMe();
  const signedOut = (me.status === 'success' && me.data === null) || (me.status === 'error' && me.error instanceof UnauthorizedError);

  return (
    <>
      {me.status === 'loading' && <StateView kind="loading" label="正在加载我的信息…" />}
      {me.status === 'error' && !signedOut && <StateView kind="error" title="我的信息加载失败" error={me.error} onRetry={me.retry} />}
      {signedOut && <SignedOut back={ROUTES.me} title="您还没有登录" />}
      {me.status === 'success' && me.data && <Profile me={me.data} />}

      {favourites.length > 0 && (
        <View className="yk-card" data-testid="favourites">
          <Text className="yk-me__title" role="heading" aria-level={2}>
            我的收藏
          </Text>
          {favourites.map((f) => (
            <Pressable key={f.id} className="yk-me__row" role="link" onTap={() => go(ROUTES.guide(f.id))}>
              <Text>{f.name}</Text>
              <Text className="yk-me__row-note">{f.department}</Text>
            </Pressable>
          ))}
        </View>
      )}
      {recent.length > 0 && (
        <View className="yk-card">
          <Text className="yk-me__title" role="heading" aria-level={2}>
            最近搜索
          </Text>
          <View className="yk-me__chips">
            {recent.map((q) => (
              <Pressable key={q} className="yk-chip" role="link" onTap={() => go(ROUTES.itemSearch({ q }))}>
                {q}
              </Pressable>
            ))}
          </View>
        </View>
      )}

      <View className="yk-card">
        <Entry text="办件进度查询" note="凭办件编号和申请人姓名，无需登录" onTap={() => go(ROUTES.progress)} testId="me-progress" />
        <Entry text="隐私政策" onTap={() => go(ROUTES.privacy)} />
        <Entry text="无障碍声明" onTap={() => go(ROUTES.accessibility)} />
        <Entry text="演示：消息发件箱" note="演示环境本应发出的短信和微信通知" onTap={() => go(ROUTES.outbox)} testId="me-outbox" />
        <Entry text="演示与审阅" note="办件指挥中心：全部办件、预警和演示时钟" onTap={() => go(ROUTES.commandCentre)} testId="me-command-centre" />
        {me.status === 'success' && me.data && <AccountActions />}
      </View>
    </>
  );
}

function Profile({ me }: { me: Me }) {
  const unread = useUnreadCount();
  return (
    <>
      <View className="yk-card" data-testid="profile">
        <View className="yk-me__status">
          <Text className="yk-me__title" role="heading" aria-level={2}>
            个人信息
          </Text>
          <Text className={`yk-badge ${me.realName === 'verified' ? 'yk-badge--open' : 'yk-badge--closed'}`} data-testid="real-name-status">
            {REAL_NAME_LABEL[me.realName]}
          </Text>
        </View>
        {me.name && <MaskedField field="name" masked={me.name} />}
        {me.idNumber && <MaskedField field="idNumber" masked={me.idNumber} />}
        {me.phone && <MaskedField field="phone" masked={me.phone} />}
        {me.realName !== 'verified' && (
          <View className="yk-me__verify">
            <Text className="yk-me__row-note">实名认证后才能在线提交申请；未实名也可以浏览办事指南。</Text>
            <Pressable className="yk-button yk-button--primary" testId="go-real-name" onTap={() => go(ROUTES.realName)}>
              去实名认证
            </Pressable>
          </View>
        )}
      </View>
      <View className="yk-card">
        <Entry text="消息中心" note={unread > 0 ? unreadWords(unread) : '受理、补正、办结和寄递通知'} onTap={() => go(ROUTES.messages)} testId="me-messages" />
        <Entry text="我的办件" note="在线提交的申请和办理进度" onTap={() => go(ROUTES.applications)} testId="my-applications" />
        <Entry text="我的证照" note="电子证照，办事免提交" onTap={() => go(ROUTES.certificates)} />
        <Entry text="数据使用记录" note="何时、为何使用了您的信息" onTap={() => go(ROUTES.dataUse)} />
        <Entry text="常用地址" note="快递送达、申请表填写" onTap={() => go(ROUTES.addresses)} />
        <Entry text="家庭成员" note="为家人代办" onTap={() => go(ROUTES.family)} />
        <Entry text="我的材料" note="上传过的文件，办事时直接选用" onTap={() => go(ROUTES.materials)} testId="me-materials" />
        <Entry text="我的预约" note="到大厅办理的预约和预约码" onTap={() => go(ROUTES.appointments)} testId="me-appointments" />
        <Entry text="我的评价" note="好差评，差评的整改和答复" onTap={() => go(ROUTES.evaluations)} testId="me-evaluations" />
        <Entry text="我的投诉" note="投诉的办理进度和答复" onTap={() => go(ROUTES.complaints)} testId="me-complaints" />
      </View>
    </>
  );
}

function AccountActions() {
  const [leaving, setLeaving] = useState(false);
  const signOut = async () => {
    setLeaving(true);
    try {
      await identityService.signOut();
    } finally {
      setLeaving(false);
    }
  };
  return (
    <>
      <Entry text="切换账号" note="演示账号或手机号登录" onTap={() => go(ROUTES.signIn(ROUTES.me))} />
      <Entry text={leaving ? '正在退出…' : '退出登录'} onTap={() => void signOut()} testId="sign-out" />
      <Entry text="注销账号" note="删除账号和全部个人数据" onTap={() => go(ROUTES.deleteAccount)} />
    </>
  );
}

function Entry({ text, note, onTap, testId }: { text: string; note?: string; onTap: () => void; testId?: string }) {
  return (
    <Pressable className="yk-me__row" role="link" onTap={onTap} testId={testId}>
      <Text>{text}</Text>
      {note && <Text className="yk-me__row-note">{note}</Text>}
      <Text className="yk-me__more" aria-hidden="true">
        ›
      </Text>
    </Pressable>
  );
}
