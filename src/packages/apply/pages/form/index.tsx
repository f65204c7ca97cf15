import { Text, View } from '@tarojs/components';
import { useEffect } from 'react';
import type { Ready } from '../../../../features/applying/components/DraftFrame';
import { DraftTaskPage, TaskDone } from '../../../../features/applying/components/DraftTaskPage';
import { FormEditor } from '../../../../features/applying/components/FormEditor';
import { OverLimitPanel } from '../../../../features/applying/components/OverLimitPanel';
import { renderFileField } from '../../../../features/applying/uploadSlot';

/** The 超限运输 form, under which the over-limit classification is shown as the citizen types. */
const OVERSIZE_FORM = 'oversize-transport-permit';

/** 申请表: the item's own form, field by field, saved as the citizen goes. */
export default function ApplyFormPage() {
  return (
    <DraftTaskPage className="yk-apply-formpage" task="form">
      {(ready) => <FormTask {...ready} />}
    </DraftTaskPage>
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
      <TaskDone draftId={draft.id} />
    </>
  );
}
