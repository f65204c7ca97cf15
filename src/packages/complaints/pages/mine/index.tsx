import { Text, View } from '@tarojs/components';
import Taro, { useDidShow } from '@tarojs/taro';
import { useRef } from 'react';
import { Page } from '../../../../components/Page';
import { Pressable } from '../../../../components/Pressable';
import { complaintsService } from '../../../../features/complaints/complaintsService';
import { beijingTime } from '../../../../features/evaluations/format';
import { PersonalList } from '../../../../features/identity/components/PersonalView';
import { usePersonal } from '../../../../features/identity/usePersonal';
import type { Complaint } from '../../../../shared/api/complaints';
import { COMPLAINT_CATEGORY_LABELS } from '../../../../shared/api/complaints';
import { dateWords } from '../../../../shared/format/date';
import { ROUTES } from '../../../../routes';
import '../../../../features/complaints/complaints.scss';

/**
 * 我的投诉: every complaint, newest first, each with where it is (and when a reply waits for the
 * citizen's say); each row opens the complaint.
 */
export default function ComplaintsPage() {
  const list = usePersonal(() => complaintsService.mine(), []);
  // back from a complaint just answered: show where it is now
  const shown = useRef(false);
  useDidShow(() => {
    if (shown.current) list.retry();
    shown.current = true;
  });
  return (
    <Page className="yk-complaints">
      <PersonalList
        state={list}
        back={ROUTES.complaints}
        loading="正在加载我的投诉…"
        label="我的投诉"
        empty={{ title: '还没有投诉', hint: '对办件有意见，可以在办件详情中投诉；投诉的办理进度和答复会显示在这里。' }}
        row={(c) => <Row key={c.id} c={c} />}
      />
    </Page>
  );
}

function Row({ c }: { c: Complaint }) {
  return (
    <View role="listitem">
      <Pressable className="yk-list-row" role="link" testId="complaint-row" onTap={() => void Taro.navigateTo({ url: ROUTES.complaint(c.id) })}>
        <Text className="yk-list-row__title">{c.itemName}</Text>
        <Text className="yk-list-row__line">
          {COMPLAINT_CATEGORY_LABELS[c.category]} · 投诉编号 {c.number}
        </Text>
        <Text className={`yk-complaints__state ${c.canGiveFeedback ? 'yk-complaints__state--ask' : ''}`} data-testid="complaint-row-state">
          {c.outcomeLabel ?? c.stateLabel}
          {c.canGiveFeedback ? '，请查看答复' : c.state !== 'closed' && c.dueDate ? `，${dateWords(c.dueDate)}前答复` : ''}
        </Text>
        <Text className="yk-list-row__line">{beijingTime(c.createdAt)} 提交</Text>
      </Pressable>
    </View>
  );
}
