import { Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { useEffect } from 'react';
import { Page } from '../../../../components/Page';
import { Pressable } from '../../../../components/Pressable';
import { DraftFrame, type Ready } from '../../../../features/applying/components/DraftFrame';
import { FormEditor } from '../../../../features/applying/components/FormEditor';
import { OverLimitPanel } from '../../../../features/applying/components/OverLimitPanel';
import { backToTasks } from '../../../../features/applying/nav';
import { renderFileField } from '../../../../features/applying/uploadSlot';
import { ROUTES } from '../../../../routes';

/** The 超限运输 form, under which the over-limit classification is shown as the citizen types. */
const OVERSIZE_FORM = 'oversize-transport-permit';

/** 申请表: the item's own form, field by field, saved as the citizen goes. */
export default function ApplyFormPage() {
  const id = useRouter().params.id;
  return (
    <Page className="yk-apply-formpage">
      <DraftFrame id={id} back={id ? ROUTES.applyForm(id) : ROUTES.services}>
        {(ready) => <FormTask {...ready} />}
      </DraftFrame>
    </Page>
  );
}

function FormTask({ draft, input, snapshot, session }: Ready) {
  useEffect(() => session.at('form'), [session]);
  return (
    <>
      <View className="yk-card">
        <Text className="yk-apply-heading" role="heading" aria-level={1}>
          {draft.form.title}
        </Text>
        <Text className="yk-apply-line">标有“（选填）”的可以不填；其余都需要填写。填写内容自动保存。</Text>
      </View>
      <FormEditor
        form={draft.form}
        prefilled={draft.prefilled}
        values={input.values}
        serverErrors={{ ...snapshot.saveErrors, ...snapshot.submitErrors }}
        divisionNames={snapshot.labels}
        onDivisionName={(code, names) => session.label(code, names)}
        renderFile={renderFileField}
        onChange={(values) => session.update((i) => ({ ...i, values }))}
      />
      {draft.form.id === OVERSIZE_FORM && <OverLimitPanel values={input.values} />}
      <View className="yk-apply-actions">
        <Pressable className="yk-button yk-button--primary" testId="task-done" onTap={() => backToTasks(draft.id)}>
          保存并返回
        </Pressable>
      </View>
    </>
  );
}
