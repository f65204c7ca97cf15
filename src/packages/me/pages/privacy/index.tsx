import Taro from '@tarojs/taro';
import { Page } from '../../../../components/Page';
import { Pressable } from '../../../../components/Pressable';
import { Statement, type StatementSection } from '../../../../features/identity/components/Statement';
import { ROUTES } from '../../../../routes';
import '../../me.scss';

const SECTIONS: StatementSection[] = [
  {
    title: '我们收集哪些信息',
    lines: [
      '实名信息：姓名、身份证号码，以及实名认证时的人脸核验结果（只保存“通过/未通过”，不保存人脸图像）。',
      '联系方式：手机号码；常用地址（收件人、电话、所在区县乡镇村和详细地址）。',
      '电子证照：由签发机关共享给您的证照（如居民身份证、营业执照），以及您上传的材料。',
      '家庭成员：您为其代办的家人的姓名、身份证号码、关系和授权记录。',
      '位置：仅在您点“使用我的位置”查找附近大厅时使用一次，不保存、不上传到个人档案。',
    ],
  },
  {
    title: '为什么收集',
    lines: [
      '核实您的身份（实名认证），办事时自动填写申请表、自动获取电子证照，免交纸质材料。',
      '把办理结果快递到您的地址，把办理进度通知给您。',
      '每一次使用您的证照或个人信息，都会记入“我的 · 数据使用记录”：何时、为何、由谁使用。',
    ],
  },
  {
    title: '保存多久',
    lines: [
      '账号信息保存至您注销账号为止。',
      '办件记录按政务档案管理规定保存；注销账号后与您个人身份的关联会被删除。',
      '登录会话：连续一段时间未使用或到期后自动失效；短信验证码几分钟内有效。',
    ],
  },
  {
    title: '如何查看、更正和删除',
    lines: [
      '在“我的”中查看您的信息，完整号码只在您点“查看”时显示，并记入数据使用记录。',
      '常用地址、家庭成员可随时修改或删除。',
      '在“我的 · 注销账号”中注销：账号、实名信息、地址、家庭成员和证照关联将被删除，且不可恢复。',
    ],
  },
];

/** 隐私政策: what is collected, why, for how long, how to delete it. Readable without signing in. */
export default function PrivacyPage() {
  return (
    <Page className="yk-privacy">
      <Statement title="渝快办隐私政策" note="本演示版本中的人员和证照均为示例数据。" sections={SECTIONS}>
        <Pressable className="yk-link" role="link" onTap={() => void Taro.navigateTo({ url: ROUTES.deleteAccount })}>
          去注销账号
        </Pressable>
      </Statement>
    </Page>
  );
}
