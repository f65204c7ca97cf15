import { Text, View } from '@tarojs/components';
import type { Guide } from '../../../shared/api/catalog';
import { LEVEL_LABEL } from '../../../shared/format/hall';
import { AUDIENCE_LABEL, ITEM_TYPE_LABEL, ONLINE_DEPTH_LABEL, RESULT_TYPE_LABEL } from '../labels';

/**
 * The identity and channel fields of the standard guide (GB/T 39554.1 implementation list), laid
 * out as label/value rows so nothing a window clerk would be asked about is missing.
 */
export function GuideFacts({ guide }: { guide: Guide }) {
  const yes = (b: boolean) => (b ? '支持' : '不支持');
  const rows: Array<[string, string]> = [
    ['事项类型', ITEM_TYPE_LABEL[guide.type]],
    ['实施主体', guide.department],
    ['行使层级', LEVEL_LABEL[guide.level]],
    ['服务对象', guide.audience.map((a) => AUDIENCE_LABEL[a]).join('、')],
    ['主题分类', guide.themes.join('、')],
    ['办件类型', guide.instant ? '即办件' : '承诺件'],
    ['法定时限', `${guide.statutoryDays} 个工作日`],
    ['承诺时限', guide.instant ? '即办' : `${guide.promisedDays} 个工作日`],
    ['中介服务', guide.intermediaryServices.length ? guide.intermediaryServices.join('；') : '无'],
    ['基本编码', guide.basicCode],
    ['实施编码', guide.implementationCode],
  ];
  const channels: Array<[string, string]> = [
    ['网上办理深度', ONLINE_DEPTH_LABEL[guide.channels.onlineDepth]],
    ['窗口办理', yes(guide.channels.hall)],
    ['预约办理', yes(guide.channels.appointment)],
    ['自助终端', yes(guide.channels.selfServiceTerminal)],
    ['网上支付', yes(guide.channels.onlinePayment)],
    ['快递送达', yes(guide.channels.express)],
    ['到现场次数', `${guide.channels.visits} 次（${guide.channels.visitsReason}）`],
    ['办理结果', `${guide.result.name}（${RESULT_TYPE_LABEL[guide.result.type]}${guide.result.electronic ? '，同步生成电子证照' : ''}）`],
  ];
  return (
    <View data-testid="guide-facts">
      <FactList title="事项信息" rows={rows} />
      <FactList title="办理渠道与结果" rows={channels} />
    </View>
  );
}

function FactList({ title, rows }: { title: string; rows: Array<[string, string]> }) {
  return (
    <View className="yk-card">
      <Text className="yk-section-title" role="heading" aria-level={2}>
        {title}
      </Text>
      <View role="list">
        {rows.map(([label, value]) => (
          <View key={label} role="listitem" className="yk-guide__fact" data-testid="guide-fact">
            <Text className="yk-guide__fact-label">{label}</Text>
            <Text className="yk-guide__fact-value">{value}</Text>
          </View>
        ))}
      </View>
    </View>
  );
}
