import Taro from '@tarojs/taro';
import { Page } from '../../../../components/Page';
import { Pressable } from '../../../../components/Pressable';
import { Statement, type StatementSection } from '../../../../features/identity/components/Statement';
import { device } from '../../../../core/platform/device';
import { ROUTES } from '../../../../routes';
import '../../me.scss';

/** When this statement was last checked against the app; update it with the statement. */
const REVIEWED = '2026年11月30日';
const HOTLINE = '12345';

const SECTIONS: StatementSection[] = [
  {
    title: '已经做到的',
    lines: [
      '网页版（H5）按《Web内容无障碍指南》WCAG 2.2 AA 级设计和检查：可以只用键盘操作，读屏软件能读出每个按钮的名称和状态，文字与背景的对比度不低于 4.5:1。',
      '长辈版按工业和信息化部《移动互联网应用（APP）适老化通用设计规范》：文字不小于 18 像素，行距不小于 1.3 倍，主要按钮不小于 60 × 60 像素，对比度不低于 4.5:1。每个页面都经过自动测量。',
      '长辈版首页把最常办的事放在最前面，并可一键拨打电话找人工帮忙。',
      '没有广告和弹窗；状态和错误都用文字说明，不只靠颜色；出错提示不会自动消失。',
    ],
  },
  {
    title: '还没有做到的',
    lines: [
      '微信小程序里的地图是微信自带的组件，读屏软件无法读出地图上的大厅标记，请使用“列表”查看。',
      '实名认证中的人脸核验目前是模拟步骤，尚未为视障用户提供替代的核验方式，可到就近大厅窗口办理。',
      '自动测量只覆盖网页版的页面；小程序版只检查了长辈版开关和长辈版首页，其余页面的尺寸尚未逐一测量。',
      '部分办事材料的空白表格和样表是 PDF 或 Word 文件，不一定适合读屏软件。',
    ],
  },
  {
    title: '遇到问题怎么办',
    lines: [
      `请拨打 ${HOTLINE} 政务服务便民热线，说明您在哪个页面遇到了什么问题；也可以到就近的政务服务大厅，请工作人员帮您办理。`,
      '我们会把问题记录下来，并在修复后更新本声明。',
    ],
  },
];

/** 无障碍声明: what is met, what is not yet, how to report a problem. Readable without signing in. */
export default function AccessibilityPage() {
  return (
    <Page className="yk-accessibility">
      <Statement title="渝快办无障碍声明" note={`本声明最近一次核对日期：${REVIEWED}`} sections={SECTIONS}>
        <Pressable className="yk-button yk-button--primary" testId="call-hotline" onTap={() => void device.callPhone(HOTLINE)}>
          拨打 {HOTLINE} 反馈问题
        </Pressable>
        <Pressable className="yk-link" role="link" onTap={() => void Taro.navigateTo({ url: ROUTES.privacy })}>
          隐私政策
        </Pressable>
      </Statement>
    </Page>
  );
}
