<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>ActionText</name>
    <message>
        <location filename="../app/studio/document/ActionText.cpp" line="+22"/>
        <source>(none)</source>
        <translation>(なし)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>create</source>
        <translation>作成</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>create %1 %2</source>
        <translation>%1 %2 を作成</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>reference %1 (tag %2)</source>
        <translation>%1 を参照 (タグ %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reference %1</source>
        <translation>%1 を参照</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>dereference %1 (tag %2)</source>
        <translation>%1 の参照を解除 (タグ %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dereference %1</source>
        <translation>%1 の参照を解除</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>WdfObjectDelete %1</source>
        <translation>WdfObjectDelete %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>framework deletes %1</source>
        <translation>フレームワークが %1 を削除</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>complete request %1</source>
        <translation>要求 %1 を完了</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>raise or lower IRQL to %1</source>
        <translation>IRQL を %1 に変更</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>callback of %1 starts</source>
        <translation>%1 のコールバックが開始する</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>callback of %1 returns</source>
        <translation>%1 のコールバックが戻る</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>drain deferred work</source>
        <translation>遅延処理を実行</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>free buffer %1</source>
        <translation>バッファー %1 を解放</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>call %1 on %2</source>
        <translation>%2 に対して %1 を呼び出す</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 on %2</source>
        <translation>%2 に対して %1</translation>
    </message>
</context>
<context>
    <name>DiagnosticText</name>
    <message>
        <location filename="../app/studio/i18n/DiagnosticText.cpp" line="+25"/>
        <source>WdfObjectDelete on %1, which the driver may not delete: the framework owns its lifetime and deletes it itself (device removal, driver unload or request completion). Remove the call.</source>
        <translation>ドライバーが削除してはならない %1 に対して WdfObjectDelete が呼び出されました。このオブジェクトの有効期間はフレームワークが管理し、フレームワーク自身が削除します (デバイスの取り外し、ドライバーのアンロード、要求の完了)。この呼び出しを取り除いてください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Deletion of %1 was already requested. Delete an object once; clear your handle after WdfObjectDelete so no other path deletes it again.</source>
        <translation>%1 の削除はすでに要求されています。オブジェクトの削除は 1 回だけにしてください。WdfObjectDelete の後でハンドルをクリアし、別のコード パスから再び削除されないようにします。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 was already freed: its handle is invalid. Take a reference (WdfObjectReference) while you still need the object, or stop using the handle once it is deleted.</source>
        <translation>%1 はすでに解放されており、そのハンドルは無効です。オブジェクトが必要な間は参照を取得する (WdfObjectReference) か、削除後はハンドルを使用しないでください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>WdfObjectDereference on %1 while the driver holds no reference on it: this consumes the framework&apos;s own reference. Dereference only what you referenced, with the same tag.</source>
        <translation>ドライバーが参照を保持していない %1 に対して WdfObjectDereference が呼び出されました。これはフレームワーク自身の参照を消費します。参照を解除するのは自分が取得した参照だけにし、同じタグを使用してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The dereference tag &apos;%1&apos; on %2 matches none of the driver&apos;s references; the oldest one was released. Pass the same tag to WdfObjectDereferenceWithTag that you passed to the reference.</source>
        <translation>%2 の参照解除タグ &apos;%1&apos; は、ドライバーのどの参照とも一致しないため、最も古い参照が解放されました。WdfObjectDereferenceWithTag には、参照の取得時と同じタグを渡してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The reference count of %1 reached zero although the object was never deleted: the framework destroys it while it is still in the tree and bugchecks (0x10D WDF_VIOLATION). Delete objects with WdfObjectDelete; never dereference the creation reference away.</source>
        <translation>%1 は一度も削除されていないのに、参照カウントが 0 になりました。フレームワークはオブジェクトがまだツリー内にある状態で破棄し、バグ チェック (0x10D WDF_VIOLATION) が発生します。オブジェクトは WdfObjectDelete で削除し、作成時の参照を参照解除で消さないでください。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is used after its EvtCleanupCallback has run. After cleanup only its EvtDestroyCallback may touch it; drop such calls or take them before deletion.</source>
        <translation>%1 が EvtCleanupCallback の実行後に使用されています。クリーンアップ後にこのオブジェクトに触れてよいのは EvtDestroyCallback だけです。このような呼び出しをなくすか、削除の前に行ってください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A method is called on %1 from its own EvtDestroyCallback, where its reference count is zero. Only the context accessors are allowed there; do the work in EvtCleanupCallback.</source>
        <translation>参照カウントが 0 になっている %1 自身の EvtDestroyCallback から、そのオブジェクトのメソッドが呼び出されています。そこで使用できるのはコンテキスト アクセサーだけです。この処理は EvtCleanupCallback で行ってください。</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%1 was deleted but still holds %n driver reference(s) at the end, so it is never destroyed. Release every reference, typically in EvtCleanupCallback.</source>
        <translation>
            <numerusform>%1 は削除されましたが、最後にドライバーの参照が %n 個残っているため、破棄されません。すべての参照を解放してください (通常は EvtCleanupCallback で行います)。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 was freed while its context buffer &apos;%2&apos; was still allocated. Free context buffers in EvtCleanupCallback or EvtDestroyCallback.</source>
        <translation>%1 は、コンテキスト バッファー &apos;%2&apos; が割り当てられたまま解放されました。コンテキスト バッファーは EvtCleanupCallback または EvtDestroyCallback で解放してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The context buffer &apos;%1&apos; of %2 is freed a second time. Free each buffer once, in one callback, and clear the pointer.</source>
        <translation>%2 のコンテキスト バッファー &apos;%1&apos; が 2 回解放されています。各バッファーの解放は 1 つのコールバックで 1 回だけ行い、ポインターをクリアしてください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 was completed at %2 with an object below it that must be cleaned up at PASSIVE_LEVEL; that object&apos;s cleanup is queued and runs after the request is gone. Do not parent passive-level objects to a request.</source>
        <translation>%1 は、PASSIVE_LEVEL でクリーンアップする必要のあるオブジェクトを下に持ったまま %2 で完了しました。そのオブジェクトのクリーンアップはキューに入れられ、要求がなくなった後に実行されます。パッシブ オブジェクトの親を要求にしないでください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 on %2 at %3: waiting is only possible at PASSIVE_LEVEL, so the call returns without waiting. Call it at PASSIVE_LEVEL or without waiting.</source>
        <translation>%3 で %2 に対して %1 が呼び出されました。待機は PASSIVE_LEVEL でのみ可能なため、この呼び出しは待機せずに戻ります。PASSIVE_LEVEL で呼び出すか、待機せずに呼び出してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 was created by the driver (WdfRequestCreate) and must not be completed; delete it with WdfObjectDelete when you are done with it.</source>
        <translation>%1 はドライバーが作成した要求 (WdfRequestCreate) なので、完了してはなりません。使い終わったら WdfObjectDelete で削除してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A callback of %1 starts after its rundown began. Stop enqueuing or starting it before you delete it.</source>
        <translation>%1 のランダウンが始まった後にコールバックが開始されました。削除する前に、キューへの登録や開始をやめてください。</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>A wait for %n running callback(s) of %1 never ended: the waiting thread hangs. Make every EvtWorkItem, EvtTimerFunc and EvtDpcFunc return.</source>
        <translation>
            <numerusform>%1 の実行中のコールバック %n 個の待機が終わりませんでした。待機中のスレッドはハングします。EvtWorkItem、EvtTimerFunc、EvtDpcFunc がすべて戻るようにしてください。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The object could not be created: its parent %1 is being deleted (STATUS_DELETE_PENDING). Create children before deleting their parent.</source>
        <translation>オブジェクトを作成できませんでした。親の %1 が削除中です (STATUS_DELETE_PENDING)。子は親を削除する前に作成してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 cannot be created at %2. Create it at a lower IRQL, for example from a work item.</source>
        <translation>%1 は %2 では作成できません。より低い IRQL で作成してください (たとえば作業項目から)。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 must be deleted at PASSIVE_LEVEL, not %2.</source>
        <translation>%1 は %2 ではなく PASSIVE_LEVEL で削除する必要があります。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>UMDF drivers run at PASSIVE_LEVEL; the request to run at %1 has no effect.</source>
        <translation>UMDF ドライバーは PASSIVE_LEVEL で実行されるため、%1 で実行する指定は効果がありません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The step names %1, which does not exist at this point.</source>
        <translation>ステップが指定した %1 は、この時点では存在しません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The parent %1 does not exist at this point.</source>
        <translation>親の %1 はこの時点では存在しません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 already exists.</source>
        <translation>%1 はすでに存在します。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No callback of %1 is running, so none can end.</source>
        <translation>%1 のコールバックは実行されていないため、終了できるものはありません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 was already completed; a request is completed once.</source>
        <translation>%1 はすでに完了しています。要求の完了は 1 回だけです。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not a request: WdfRequestComplete does not apply.</source>
        <translation>%1 は要求ではないため、WdfRequestComplete は適用できません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This wait method does not apply to %1.</source>
        <translation>この待機メソッドは %1 には適用できません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The step cannot apply to %1.</source>
        <translation>このステップは %1 に適用できません。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>WdfObjectDelete on an object the driver may not delete</source>
        <translation>ドライバーが削除してはならないオブジェクトに対する WdfObjectDelete</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deletion requested twice for the same object</source>
        <translation>同じオブジェクトの削除が 2 回要求された</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A step names an object that was already freed</source>
        <translation>ステップが解放済みのオブジェクトを指定している</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dereference while the driver holds no reference</source>
        <translation>ドライバーが参照を保持していないのに参照を解除した</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dereference tag matches none of the driver&apos;s references</source>
        <translation>参照解除のタグがドライバーのどの参照とも一致しない</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reference count reached zero while the object was never deleted</source>
        <translation>削除されていないオブジェクトの参照カウントが 0 になった</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Object used after its cleanup, outside its own EvtDestroyCallback</source>
        <translation>クリーンアップ後に、自身の EvtDestroyCallback 以外でオブジェクトが使用された</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Object method called from its own EvtDestroyCallback</source>
        <translation>自身の EvtDestroyCallback からオブジェクトのメソッドが呼び出された</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deleted object still referenced at the end of the scenario</source>
        <translation>削除されたオブジェクトがシナリオの終了時にまだ参照されている</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Object freed with a context buffer still allocated</source>
        <translation>コンテキスト バッファーが割り当てられたままオブジェクトが解放された</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Context buffer freed twice</source>
        <translation>コンテキスト バッファーが 2 回解放された</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Request completed above PASSIVE_LEVEL with a passive-level object below it</source>
        <translation>パッシブ オブジェクトを下位に持つ要求が PASSIVE_LEVEL より高い IRQL で完了した</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Flush, stop or cancel with wait called above PASSIVE_LEVEL</source>
        <translation>待機付きのフラッシュ、停止、キャンセルが PASSIVE_LEVEL より高い IRQL で呼び出された</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Driver-created request completed</source>
        <translation>ドライバーが自分で作成した要求を完了した</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Callback started after the object&apos;s rundown began</source>
        <translation>オブジェクトのランダウン開始後にコールバックが開始された</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A wait for running callbacks never ended</source>
        <translation>実行中のコールバックの待機が終わらなかった</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Object created under a parent whose deletion has started</source>
        <translation>削除が始まった親の下にオブジェクトが作成された</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Call made above the IRQL it allows</source>
        <translation>許可される上限を超える IRQL で呼び出しが行われた</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Raised IRQL requested in a UMDF scenario</source>
        <translation>UMDF のシナリオで IRQL の引き上げが指定された</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A step that cannot apply</source>
        <translation>適用できないステップ</translation>
    </message>
</context>
<context>
    <name>DiagramLabels</name>
    <message>
        <location filename="../app/export/DiagramFileExport.cpp" line="+43"/>
        <source>unknown format %1</source>
        <translation>不明な形式 %1</translation>
    </message>
    <message>
        <location filename="../app/export/DiagramLabelsQt.cpp" line="+16"/>
        <source>Driver thread</source>
        <translation>ドライバー スレッド</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Framework</source>
        <translation>フレームワーク</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Worker thread</source>
        <translation>ワーカー スレッド</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>create</source>
        <translation>作成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>freed</source>
        <translation>解放</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>framework deletes</source>
        <translation>フレームワークが削除</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cleanup (no callback)</source>
        <translation>クリーンアップ (コールバックなし)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>destroy (no callback)</source>
        <translation>破棄 (コールバックなし)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>queue %1 for the worker</source>
        <translation>%1 をワーカーのキューに追加</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>wait for %1 running callback(s)</source>
        <translation>実行中のコールバック %1 個を待機</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>blocked</source>
        <translation>ブロック中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>worker runs the deferred queue</source>
        <translation>ワーカーが遅延キューを実行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IRQL is now %1</source>
        <translation>IRQL が %1 になりました</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>free buffer %1</source>
        <translation>バッファー %1 を解放</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>refCount %1</source>
        <translation>参照カウント %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>page %1 of %2</source>
        <translation>%1/%2 ページ</translation>
    </message>
</context>
<context>
    <name>Editor</name>
    <message>
        <location filename="../app/studio/commands/Editor.cpp" line="+35"/>
        <source>Add %1 %2</source>
        <translation>%1 %2 を追加</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add %1 %2 under %3</source>
        <translation>%3 の下に %1 %2 を追加</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Remove %1</source>
        <translation>%1 を除去</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Move %1 under %2</source>
        <translation>%1 を %2 の下に移動</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Edit %1 of %2</source>
        <translation>%2 の %1 を編集</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Add step: %1</source>
        <translation>ステップを追加: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+9"/>
        <source>There is no step %1.</source>
        <translation>ステップ %1 はありません。</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Remove step %1: %2</source>
        <translation>ステップ %1 を除去: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Move step %1 to %2</source>
        <translation>ステップ %1 を %2 に移動</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Edit step %1: %2</source>
        <translation>ステップ %1 を編集: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Switch to UMDF</source>
        <translation>UMDF に切り替え</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Switch to KMDF</source>
        <translation>KMDF に切り替え</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Drain deferred work after each step</source>
        <translation>各ステップの後で遅延処理を実行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drain deferred work only at drain steps</source>
        <translation>遅延処理はドレイン ステップでのみ実行</translation>
    </message>
</context>
<context>
    <name>EventNarrator</name>
    <message>
        <location filename="../app/studio/document/EventNarrator.cpp" line="+25"/>
        <source>the driver&apos;s thread</source>
        <translation>ドライバーのスレッド</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the framework&apos;s thread</source>
        <translation>フレームワークのスレッド</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the worker thread</source>
        <translation>ワーカー スレッド</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 is created (%2), with no parent.</source>
        <translation>%1 (%2) が親なしで作成されます。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is created (%2) as a child of %3.</source>
        <translation>%1 (%2) が %3 の子として作成されます。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 gets a reference with tag %2: the count is %3.</source>
        <translation>%1 がタグ %2 の参照を取得します。参照カウントは %3 です。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 gets a reference: the count is %2.</source>
        <translation>%1 が参照を取得します。参照カウントは %2 です。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A reference on %1 with tag %2 is released: the count is %3.</source>
        <translation>タグ %2 の %1 への参照が解放されます。参照カウントは %3 です。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A reference on %1 is released: the count is %2.</source>
        <translation>%1 への参照が解放されます。参照カウントは %2 です。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The framework starts deleting %1.</source>
        <translation>フレームワークが %1 の削除を開始します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The driver calls WdfObjectDelete on %1.</source>
        <translation>ドライバーが %1 に対して WdfObjectDelete を呼び出します。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>EvtCleanupCallback of %1 (context %2) runs at %3 on %4.</source>
        <translation>%1 (コンテキスト %2) の EvtCleanupCallback が %3 で実行されます (実行スレッド: %4)。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is cleaned up (context %2 has no EvtCleanupCallback).</source>
        <translation>%1 がクリーンアップされます (コンテキスト %2 には EvtCleanupCallback がありません)。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The deletion work of %1 is queued to the worker thread (requested at %2).</source>
        <translation>%1 の削除処理がワーカー スレッドのキューに入れられます (%2 で要求)。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deleting %1 waits for %2 running callback(s) to return.</source>
        <translation>%1 の削除は、実行中のコールバック %2 個が戻るのを待ちます。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>EvtDestroyCallback of %1 (context %2) runs at %3 on %4.</source>
        <translation>%1 (コンテキスト %2) の EvtDestroyCallback が %3 で実行されます (実行スレッド: %4)。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 reaches its destroy phase (context %2 has no EvtDestroyCallback).</source>
        <translation>%1 が破棄フェーズに達します (コンテキスト %2 には EvtDestroyCallback がありません)。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is freed: its handle is invalid from now on.</source>
        <translation>%1 が解放されます。今後、そのハンドルは無効です。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A callback of %1 frees its buffer %2.</source>
        <translation>%1 のコールバックがバッファー %2 を解放します。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Error (%1): %2</source>
        <translation>エラー (%1): %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warning (%1): %2</source>
        <translation>警告 (%1): %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The driver&apos;s code now runs at %1.</source>
        <translation>ドライバーのコードは現在 %1 で実行されています。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Every object starts with one reference, the creation reference; the framework releases it when the object is deleted.</source>
        <translation>すべてのオブジェクトは作成時の参照を 1 つ持って始まります。フレームワークはオブジェクトが削除されるとこの参照を解放します。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A reference keeps the handle valid: it delays the destroy phase, never the cleanup.</source>
        <translation>参照はハンドルを有効に保ちます。参照によって遅れるのは破棄フェーズであり、クリーンアップは遅れません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The count reached zero, so the destroy phase can run.</source>
        <translation>参照カウントが 0 になったので、破棄フェーズを実行できます。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deletion cleans up the children first, then the object itself.</source>
        <translation>削除では、まず子がクリーンアップされ、その後でオブジェクト自身がクリーンアップされます。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It runs on the worker at PASSIVE_LEVEL because the work was deferred.</source>
        <translation>処理が遅延されたため、ワーカー スレッド上で PASSIVE_LEVEL で実行されます。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Its parent is being deleted: children are cleaned up before their parent.</source>
        <translation>親が削除中です。子は親より先にクリーンアップされます。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cleanup runs while the handle is still valid, so the callback may still use the object.</source>
        <translation>クリーンアップはハンドルがまだ有効なうちに実行されるため、コールバックはまだオブジェクトを使用できます。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Paged-pool memory is cleaned up at PASSIVE_LEVEL, so the work was queued.</source>
        <translation>ページ プールのメモリは PASSIVE_LEVEL でクリーンアップされるため、処理はキューに入れられました。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 must be cleaned up at PASSIVE_LEVEL, and the deletion came at %2, so the work was queued.</source>
        <translation>%1 は PASSIVE_LEVEL でクリーンアップする必要がありますが、削除は %2 で行われたため、処理はキューに入れられました。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A child of %1 must be cleaned up at PASSIVE_LEVEL: to keep children before parents, the rest of the deletion was queued.</source>
        <translation>%1 の子は PASSIVE_LEVEL でクリーンアップする必要があります。子を親より先に処理する順序を守るため、削除の残りはキューに入れられました。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The last reference went away at %1, and the destroy of %2 must run at PASSIVE_LEVEL, so it was queued.</source>
        <translation>最後の参照は %1 で解放されましたが、%2 の破棄は PASSIVE_LEVEL で実行する必要があるため、キューに入れられました。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The request was completed above PASSIVE_LEVEL: its passive child is detached and deleted later at PASSIVE_LEVEL, after the request.</source>
        <translation>要求は PASSIVE_LEVEL より高い IRQL で完了しました。パッシブ オブジェクトである子は切り離され、要求の後で PASSIVE_LEVEL で削除されます。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A work item, timer or DPC is not cleaned up while its callback is still running; the deletion resumes when the last one returns.</source>
        <translation>作業項目、タイマー、DPC は、コールバックの実行中はクリーンアップされません。最後のコールバックが戻ると削除が再開されます。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The reference count reached zero: the destroy callback is the last moment the context memory is valid.</source>
        <translation>参照カウントが 0 になりました。破棄コールバックは、コンテキストのメモリが有効な最後の時点です。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>After the destroy phase the framework releases the object&apos;s memory.</source>
        <translation>破棄フェーズの後、フレームワークはオブジェクトのメモリを解放します。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The rule: %1.</source>
        <translation>ルール: %1。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>An empty scenario: drag an object type from the palette onto the canvas.</source>
        <translation>空のシナリオです。パレットからオブジェクトの型をキャンバスにドラッグしてください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing has happened yet. Press Play to run the scenario.</source>
        <translation>まだ何も起きていません。[再生] を押してシナリオを実行してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 %2</source>
        <comment>a sentence, then the next one</comment>
        <translation>%1%2</translation>
    </message>
</context>
<context>
    <name>LoadProblemText</name>
    <message>
        <location filename="../app/studio/i18n/LoadProblemText.cpp" line="+23"/>
        <source>a string</source>
        <translation>文字列</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>true or false</source>
        <translation>true または false</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an array</source>
        <translation>配列</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an object</source>
        <translation>オブジェクト</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an integer</source>
        <translation>整数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a number</source>
        <translation>数値</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an action object</source>
        <translation>アクション オブジェクト</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a string or null</source>
        <translation>文字列または null</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a JSON object at the top level</source>
        <translation>最上位の JSON オブジェクト</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>unknown key &apos;%1&apos; (ignored)</source>
        <translation>不明なキー &apos;%1&apos; (無視されます)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>parent &apos;%1&apos; is not declared</source>
        <translation>親 &apos;%1&apos; が宣言されていません</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>missing required key &apos;%1&apos;</source>
        <translation>必須のキー &apos;%1&apos; がありません</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown object type &apos;%1&apos;</source>
        <translation>不明なオブジェクトの型 &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown op &apos;%1&apos;</source>
        <translation>不明な op &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown object &apos;%1&apos;</source>
        <translation>不明なオブジェクト &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an object cannot be its own parent</source>
        <translation>オブジェクトを自分自身の親にすることはできません</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a second WDFDRIVER: a scenario has exactly one</source>
        <translation>2 つ目の WDFDRIVER があります。シナリオの WDFDRIVER は 1 つだけです</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>parent cycle: %1</source>
        <translation>親が循環しています: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 does not exist in UMDF</source>
        <translation>%1 は UMDF にはありません</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot open the file: %1</source>
        <translation>ファイルを開けません: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot read the file: %1</source>
        <translation>ファイルを読み取れません: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>expected %1, found %2</source>
        <translation>%1 が必要ですが、%2 があります</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1: error: %2</source>
        <translation>%1: エラー: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: warning: %2</source>
        <translation>%1: 警告: %2</translation>
    </message>
</context>
<context>
    <name>NodeItem</name>
    <message>
        <location filename="../app/studio/canvas/NodeItem.cpp" line="+32"/>
        <source>no callbacks</source>
        <translation>コールバックなし</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1 (%2)
Drag onto another object to move it there.</source>
        <translation>%1 (%2)
別のオブジェクトにドラッグすると、その下に移動します。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>refs %1 · %2</source>
        <translation>参照 %1 · %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>destroy waits for 1 dereference</source>
        <translation>あと 1 回の参照解除で破棄</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>destroy waits for %1 dereferences</source>
        <translation>あと %1 回の参照解除で破棄</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>callbacks running: %1</source>
        <translation>実行中のコールバック: %1</translation>
    </message>
</context>
<context>
    <name>ObjectTypeSummary</name>
    <message>
        <location filename="../app/studio/i18n/ObjectTypeSummary.cpp" line="+9"/>
        <source>The driver itself: root of every object tree.</source>
        <translation>ドライバー自身。すべてのオブジェクト ツリーのルートです。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A device the driver controls; removed by PnP or deleted if a control device.</source>
        <translation>ドライバーが制御するデバイス。PnP によって取り外されるか、コントロール デバイスの場合は削除されます。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An I/O queue that presents requests to the driver.</source>
        <translation>ドライバーに要求を渡す I/O キュー。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A file object the framework creates when an application opens the device.</source>
        <translation>アプリケーションがデバイスを開いたときにフレームワークが作成するファイル オブジェクト。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An I/O request: framework-created (completed by the driver) or driver-created.</source>
        <translation>I/O 要求。フレームワークが作成するもの (ドライバーが完了する) と、ドライバーが作成するものがあります。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A memory buffer; paged-pool buffers need PASSIVE_LEVEL cleanup.</source>
        <translation>メモリ バッファー。ページ プールのバッファーは PASSIVE_LEVEL でのクリーンアップが必要です。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A lookaside list that hands out memory objects of one size.</source>
        <translation>同じサイズのメモリ オブジェクトを割り当てるルックアサイド リスト。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A timer whose EvtTimerFunc runs when it expires.</source>
        <translation>期限が切れると EvtTimerFunc が実行されるタイマー。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A work item whose EvtWorkItem runs at PASSIVE_LEVEL on a system thread.</source>
        <translation>システム スレッド上で EvtWorkItem が PASSIVE_LEVEL で実行される作業項目。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A DPC object whose EvtDpcFunc runs at DISPATCH_LEVEL.</source>
        <translation>EvtDpcFunc が DISPATCH_LEVEL で実行される DPC オブジェクト。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An interrupt object owned by its device.</source>
        <translation>デバイスが所有する割り込みオブジェクト。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A target the driver sends I/O requests to.</source>
        <translation>ドライバーが I/O 要求を送るターゲット。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A Unicode string object.</source>
        <translation>Unicode 文字列オブジェクト。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An open registry key.</source>
        <translation>開いているレジストリ キー。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A list of framework objects.</source>
        <translation>フレームワーク オブジェクトのリスト。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A spin lock.</source>
        <translation>スピン ロック。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A wait lock (a kernel event used as a lock).</source>
        <translation>待機ロック (ロックとして使うカーネル イベント)。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A general object the driver uses to hold context and children.</source>
        <translation>ドライバーがコンテキストと子を保持するために使う汎用オブジェクト。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A bus driver&apos;s list of child devices.</source>
        <translation>バス ドライバーの子デバイスのリスト。</translation>
    </message>
</context>
<context>
    <name>ParentRules</name>
    <message>
        <location filename="../app/studio/commands/ParentRules.cpp" line="+52"/>
        <location line="+37"/>
        <source>%1 does not exist in UMDF.</source>
        <translation>%1 は UMDF には存在しません。</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>A framework-created WDFREQUEST has no parent: drop it on the empty canvas.</source>
        <translation>フレームワークが作成した WDFREQUEST には親がありません。キャンバスの空いている場所にドロップしてください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is the root of the tree and cannot have a parent.</source>
        <translation>%1 はツリーのルートであり、親を持つことはできません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The parent of a %1 can only be the WDFDRIVER, not %2.</source>
        <translation>%1 の親になれるのは WDFDRIVER だけで、%2 は親にできません。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The parent of a %1 can only be a WDFDEVICE, not %2.</source>
        <translation>%1 の親になれるのは WDFDEVICE だけで、%2 は親にできません。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The parent of a %1 can only be a WDFDEVICE or a WDFQUEUE, not %2.</source>
        <translation>%1 の親になれるのは WDFDEVICE または WDFQUEUE だけで、%2 は親にできません。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A %1 needs a WDFDEVICE above it, and %2 has none.</source>
        <translation>%1 の上には WDFDEVICE が必要ですが、%2 の上にはありません。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>A scenario has exactly one WDFDRIVER.</source>
        <translation>シナリオに含められる WDFDRIVER は 1 つだけです。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Add the WDFDRIVER first: it is the default parent.</source>
        <translation>最初に WDFDRIVER を追加してください。これが既定の親になります。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A %1 without a parent goes to the only WDFDEVICE, and this scenario has none or several: drop it on a device.</source>
        <translation>親を指定しない %1 は唯一の WDFDEVICE の下に置かれますが、このシナリオには WDFDEVICE がないか、複数あります。デバイスの上にドロップしてください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A %1 needs a parent with a WDFDEVICE above it: drop it on one.</source>
        <translation>%1 には、上に WDFDEVICE がある親が必要です。そのようなオブジェクトの上にドロップしてください。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>An object cannot be its own parent.</source>
        <translation>オブジェクトを自分自身の親にすることはできません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is below %2: an object cannot move under its own descendant.</source>
        <translation>%1 は %2 の下にあります。オブジェクトを自分の子孫の下に移動することはできません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is created by a step, after %2 exists.</source>
        <translation>%1 は、%2 が存在するようになった後にステップで作成されます。</translation>
    </message>
</context>
<context>
    <name>QCommandLineParser</name>
    <message>
        <location filename="../app/studio/i18n/QtStandardTexts.cpp" line="+126"/>
        <source>Displays help on commandline options.</source>
        <translation>コマンドライン オプションのヘルプを表示します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Displays help including Qt specific options.</source>
        <translation>Qt 固有のオプションを含むヘルプを表示します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Displays version information.</source>
        <translation>バージョン情報を表示します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Usage: %1</source>
        <translation>使い方: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>[options]</source>
        <translation>[オプション]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Options:</source>
        <translation>オプション:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arguments:</source>
        <translation>引数:</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location line="-95"/>
        <source>Back</source>
        <translation>戻る</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>開く</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open</source>
        <translation>開く(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alias</source>
        <translation>エイリアス</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drive</source>
        <translation>ドライブ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show </source>
        <translation>表示</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;%1&apos; is write protected.
Do you want to delete it anyway?</source>
        <translation>&apos;%1&apos; は書き込みが禁止されています。
本当に削除しますか?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation>&apos;%1&apos; を本当に削除しますか?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List of places and bookmarks</source>
        <translation>場所とブックマークの一覧</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File &amp;name:</source>
        <translation>ファイル名(&amp;N):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File Folder</source>
        <translation>ファイル フォルダー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New Folder</source>
        <translation>新しいフォルダー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Folder</source>
        <translation>フォルダー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parent Directory</source>
        <translation>親ディレクトリ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New Folder</source>
        <translation>新しいフォルダー(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My Computer</source>
        <translation>コンピューター</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Look in:</source>
        <translation>ファイルの場所:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a New Folder</source>
        <translation>新しいフォルダーの作成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 File</source>
        <translation>%1 ファイル</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files of type:</source>
        <translation>ファイルの種類:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find Directory</source>
        <translation>ディレクトリの検索</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show &amp;hidden files</source>
        <translation>隠しファイルの表示(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save As</source>
        <translation>名前を付けて保存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
ディレクトリが見つかりません。
正しいディレクトリ名が入力されているかを確認してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sidebar</source>
        <translation>サイドバー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List View</source>
        <translation>一覧表示</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Choose</source>
        <translation>選択(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>削除(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All files (*)</source>
        <translation>すべてのファイル(*)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All Files (*)</source>
        <translation>すべてのファイル(*)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Directories</source>
        <translation>ディレクトリ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rename</source>
        <translation>名前の変更(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not delete directory.</source>
        <translation>ディレクトリを削除できませんでした。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Directory:</source>
        <translation>ディレクトリ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 は既に存在します。
置き換えますか?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forward</source>
        <translation>進む</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go forward</source>
        <translation>進む</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to the parent directory</source>
        <translation>親ディレクトリへ移動</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recent Places</source>
        <translation>履歴</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go back</source>
        <translation>戻る</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change to detail view mode</source>
        <translation>詳細表示モードへ変更</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create New Folder</source>
        <translation>新しいフォルダーの作成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shortcut</source>
        <translation>ショートカット</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detail View</source>
        <translation>詳細表示</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
ファイルが見つかりません。
正しいファイル名が入力されているかを確認してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change to list view mode</source>
        <translation>リスト表示モードへ変更</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <location line="+3"/>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>タイプ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;The name &quot;%1&quot; can not be used.&lt;/b&gt;&lt;p&gt;Try using another name, with fewer characters or no punctuations marks.</source>
        <translation>&lt;b&gt;名前 &quot;%1&quot; は使用できません。&lt;/b&gt;&lt;p&gt;文字数を減らすか、句読点などの記号を含まない別の名前を試してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 bytes</source>
        <translation>%1 バイト</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My Computer</source>
        <translation>コンピューター</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Computer</source>
        <translation>コンピューター</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invalid filename</source>
        <translation>無効なファイル名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 byte(s)</source>
        <translation>%1 バイト</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date Modified</source>
        <translation>更新日</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location line="+3"/>
        <source>Cu&amp;t</source>
        <translation>切り取り(&amp;T)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Copy</source>
        <translation>コピー(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>やり直す(&amp;R)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation>貼り付け(&amp;P)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select All</source>
        <translation>すべてを選択</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location line="-80"/>
        <source>Show Details...</source>
        <translation>詳細を表示...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide Details...</source>
        <translation>詳細を隠す...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help</source>
        <translation>ヘルプ</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../app/studio/import/ImportPanel.cpp" line="+30"/>
        <source>Click to show this line of the driver&apos;s source</source>
        <translation>クリックすると、ドライバーのソースのこの行を表示します</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../app/studio/i18n/QtStandardTexts.cpp" line="-22"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save All</source>
        <translation>すべて保存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>開く</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Yes</source>
        <translation>はい(&amp;Y)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes to &amp;All</source>
        <translation>すべてにはい(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No</source>
        <translation>いいえ(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;o to All</source>
        <translation>すべてにいいえ(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abort</source>
        <translation>中止</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry</source>
        <translation>再試行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ignore</source>
        <translation>無視</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>保存しない</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help</source>
        <translation>ヘルプ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply</source>
        <translation>適用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset</source>
        <translation>リセット</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore Defaults</source>
        <translation>既定値に戻す</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <location line="+86"/>
        <source>Cu&amp;t</source>
        <translation>切り取り(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>コピー(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>やり直す(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation>貼り付け(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select All</source>
        <translation>すべてを選択</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy &amp;Link Location</source>
        <translation>リンクの場所をコピー(&amp;L)</translation>
    </message>
</context>
<context>
    <name>ScenarioEdit</name>
    <message>
        <location filename="../app/studio/commands/ScenarioEdit.cpp" line="+121"/>
        <source>The WDFDRIVER is the root of every tree and cannot be removed.</source>
        <translation>WDFDRIVER はすべてのツリーのルートなので、除去できません。</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>&quot;%1&quot; is not a valid id: a letter or _, then up to 63 letters, digits, _, . or -.</source>
        <translation>&quot;%1&quot; は有効な ID ではありません。英字または _ で始め、その後に英字、数字、_、.、- を 63 文字まで続けます。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The id &quot;%1&quot; is already used.</source>
        <translation>ID &quot;%1&quot; はすでに使用されています。</translation>
    </message>
    <message>
        <location line="+37"/>
        <location line="+30"/>
        <source>There is no step %1.</source>
        <translation>ステップ %1 はありません。</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>There is no such step.</source>
        <translation>そのようなステップはありません。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>A create step is edited through its object.</source>
        <translation>作成ステップは、そのオブジェクトを通じて編集します。</translation>
    </message>
</context>
<context>
    <name>StateStyle</name>
    <message>
        <location filename="../app/studio/document/StateStyle.cpp" line="+29"/>
        <source>not created</source>
        <translation>未作成</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>alive</source>
        <translation>存続中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>deletion queued</source>
        <translation>削除待ち (キュー内)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cleaning up</source>
        <translation>クリーンアップ中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>partly cleaned up</source>
        <translation>一部クリーンアップ済み</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cleaned up</source>
        <translation>クリーンアップ済み</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>waiting for references</source>
        <translation>参照の解放待ち</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>destroy queued</source>
        <translation>破棄待ち (キュー内)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+51"/>
        <source>freed</source>
        <translation>解放済み</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>created</source>
        <translation>作成</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>referenced</source>
        <translation>参照</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>dereferenced</source>
        <translation>参照解除</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>deletion requested</source>
        <translation>削除要求</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cleanup</source>
        <translation>クリーンアップ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>deferred</source>
        <translation>遅延</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>waiting</source>
        <translation>待機</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>destroy</source>
        <translation>破棄</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>buffer freed</source>
        <translation>バッファー解放</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>diagnostic</source>
        <translation>診断</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IRQL changed</source>
        <translation>IRQL 変更</translation>
    </message>
</context>
<context>
    <name>TimelineText</name>
    <message>
        <location filename="../app/studio/plots/TimelineText.cpp" line="+26"/>
        <source>alive</source>
        <translation>存続中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>deletion requested</source>
        <translation>削除要求</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cleaned up</source>
        <translation>クリーンアップ済み</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>waiting for destroy</source>
        <translation>破棄待ち</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>destroy queued</source>
        <translation>破棄待ち (キュー内)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>cleanup without callback</source>
        <translation>コールバックなしのクリーンアップ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>destroy without callback</source>
        <translation>コールバックなしの破棄</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>delete call</source>
        <comment>WdfObjectDelete or a framework delete</comment>
        <translation>削除の呼び出し</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>deferred to the worker</source>
        <translation>ワーカーへ遅延</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>waits for callbacks</source>
        <translation>コールバックを待機</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>driver</source>
        <comment>thread</comment>
        <translation>ドライバー</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>framework</source>
        <comment>thread</comment>
        <translation>フレームワーク</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>worker</source>
        <comment>thread</comment>
        <translation>ワーカー</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>objects</source>
        <comment>the creation of the scenario&apos;s objects, before step 0</comment>
        <translation>オブジェクト</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>end</source>
        <comment>the end of the scenario</comment>
        <translation>終了</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 : %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>unnamed context</source>
        <translation>名前のないコンテキスト</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> (tag %1)</source>
        <translation> (タグ %1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 created</source>
        <translation>%1 を作成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 created under %2</source>
        <translation>%1 を %2 の下に作成</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 referenced%2: count %3</source>
        <translation>%1 を参照%2: カウント %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 dereferenced%2: count %3</source>
        <translation>%1 の参照を解除%2: カウント %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the framework deletes %1</source>
        <translation>フレームワークが %1 を削除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the driver deletes %1 (WdfObjectDelete)</source>
        <translation>ドライバーが %1 を削除 (WdfObjectDelete)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>EvtCleanupCallback of %1, %2</source>
        <translation>%1 の EvtCleanupCallback、%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cleanup of %1 reaches %2, no callback</source>
        <translation>%1 のクリーンアップが %2 に到達、コールバックなし</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 queued to the worker (%2)</source>
        <translation>%1 をワーカーのキューに追加 (%2)</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>deletion of %1 waits for %n running callback(s)</source>
        <translation>
            <numerusform>%1 の削除が実行中のコールバック %n 個を待機</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>EvtDestroyCallback of %1, %2</source>
        <translation>%1 の EvtDestroyCallback、%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>destroy of %1 reaches %2, no callback</source>
        <translation>%1 の破棄が %2 に到達、コールバックなし</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 freed</source>
        <translation>%1 を解放</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>buffer %1 of %2 freed</source>
        <translation>%2 のバッファー %1 を解放</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>error %1</source>
        <translation>エラー %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>error %1 on %2</source>
        <translation>%2 でエラー %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>warning %1</source>
        <translation>警告 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>warning %1 on %2</source>
        <translation>%2 で警告 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>IRQL raised or lowered to %1</source>
        <translation>IRQL を %1 に変更</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>event %1, outside the steps, %2 on the %3 thread</source>
        <translation>イベント %1、ステップ外、%3 スレッドで %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>event %1, step %2, %3 on the %4 thread</source>
        <translation>イベント %1、ステップ %2、%4 スレッドで %3</translation>
    </message>
</context>
<context>
    <name>WorkerLaneItem</name>
    <message>
        <location filename="../app/studio/canvas/WorkerLaneItem.cpp" line="+42"/>
        <source>Worker thread (PASSIVE_LEVEL)</source>
        <translation>ワーカー スレッド (PASSIVE_LEVEL)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>running: %1</source>
        <translation>実行中: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>idle: no deferred work</source>
        <translation>アイドル: 遅延処理なし</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/studio/main.cpp" line="+30"/>
        <source>Build KMDF/UMDF object trees, drive them, and watch their life cycle.</source>
        <translation>KMDF/UMDF のオブジェクト ツリーを作成して操作し、そのライフ サイクルを観察します。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A .wdfscn.json scenario to open.</source>
        <translation>開く .wdfscn.json シナリオ。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Interface language: en, ja or th.</source>
        <translation>表示言語: en、ja、th。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Render the main window to PNG and exit.</source>
        <translation>メイン ウィンドウを PNG に描画して終了します。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show the trace after N events (or start, end).</source>
        <translation>N 個のイベント後 (または start、end) のトレースを表示します。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Select the object with this id (for screenshots).</source>
        <translation>この ID のオブジェクトを選択します (スクリーンショット用)。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write unsaved work to the recovery file every N seconds.</source>
        <translation>未保存の作業を N 秒ごとに回復用ファイルへ書き込みます。</translation>
    </message>
</context>
<context>
    <name>studio::ActionDialog</name>
    <message>
        <location filename="../app/studio/steps/ActionDialog.cpp" line="+23"/>
        <source>Edit Step</source>
        <translation>ステップの編集</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit Callback Action</source>
        <translation>コールバックの処理の編集</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Operation:</source>
        <translation>操作:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Object:</source>
        <translation>オブジェクト:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tag:</source>
        <translation>タグ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IRQL:</source>
        <translation>IRQL:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Method:</source>
        <translation>メソッド:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buffer:</source>
        <translation>バッファー:</translation>
    </message>
</context>
<context>
    <name>studio::CanvasView</name>
    <message>
        <location filename="../app/studio/canvas/CanvasView.cpp" line="+168"/>
        <source>Drop %1 on the object that should become its parent.</source>
        <translation>%1 を、親にするオブジェクトの上にドロップしてください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is already a child of %2.</source>
        <translation>%1 はすでに %2 の子です。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only object types from the palette and objects of this tree can be dropped here.</source>
        <translation>ここにドロップできるのは、パレットのオブジェクトの型とこのツリーのオブジェクトだけです。</translation>
    </message>
</context>
<context>
    <name>studio::DiagnosticsPanel</name>
    <message>
        <location filename="../app/studio/diagnostics/DiagnosticsPanel.cpp" line="+37"/>
        <source>Event</source>
        <translation>イベント</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Severity</source>
        <translation>重大度</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rule</source>
        <translation>ルール</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Object</source>
        <translation>オブジェクト</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
</context>
<context>
    <name>studio::Document</name>
    <message>
        <location filename="../app/studio/document/Document.cpp" line="+100"/>
        <source>untitled</source>
        <translation>無題</translation>
    </message>
</context>
<context>
    <name>studio::ImportPanel</name>
    <message>
        <location filename="../app/studio/import/ImportPanel.cpp" line="+64"/>
        <source>Item</source>
        <translation>項目</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Source</source>
        <translation>ソース</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No driver imported yet: File → Import Driver Source… reads a driver&apos;s source directory and drafts its scenario.</source>
        <translation>まだドライバーをインポートしていません。[ファイル] → [ドライバーのソースをインポート…] で、ドライバーのソース ディレクトリを読み込み、シナリオの下書きを作成します。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: %2 of %3 creation sites placed; %4 unresolved.</source>
        <translation>%1: 作成箇所 %3 か所のうち %2 か所を配置、%4 か所は未解決です。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Unresolved creation sites (%1)</source>
        <translation>未解決の作成箇所 (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: parent %2 — %3</source>
        <translation>%1: 親 %2 — %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(none)</source>
        <translation>(なし)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Left out of the scenario file (%1)</source>
        <translation>シナリオ ファイルに含めなかったもの (%1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Objects (%1)</source>
        <translation>オブジェクト (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>  parent %1 (%2)</source>
        <translation>  親 %1 (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>  parent unresolved</source>
        <translation>  親は未解決</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Callbacks found (%1)</source>
        <translation>見つかったコールバック (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(unresolved)</source>
        <translation>(未解決)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 %2 on %3</source>
        <translation>%3 の %1 %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1(%2) → %3 (from source, conditions ignored)</source>
        <translation>%1(%2) → %3 (ソースより。条件は無視)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unresolved: %1</source>
        <translation>未解決: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>calls ignored: %1</source>
        <translation>無視した呼び出し: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Skipped so that it parses without the WDK (%1)</source>
        <translation>WDK なしで解析するために省略したもの (%1)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>headers not in the directory, read as empty: %1</source>
        <translation>ディレクトリにないため空として読み込んだヘッダー: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>annotations defined empty: %1</source>
        <translation>空に定義した注釈: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>role typedefs declared: %1</source>
        <translation>宣言したロール typedef: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Parse errors, recovered (%1)</source>
        <translation>回復した解析エラー (%1)</translation>
    </message>
</context>
<context>
    <name>studio::InspectorView</name>
    <message>
        <location filename="../app/studio/inspector/InspectorView.cpp" line="+55"/>
        <source>&lt;p&gt;Select an object on the canvas or in the outline.&lt;/p&gt;</source>
        <translation>&lt;p&gt;キャンバスまたはアウトラインでオブジェクトを選択してください。&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>(no tag)</source>
        <translation>(タグなし)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Handle type</source>
        <translation>ハンドルの型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cleanup callback type</source>
        <translation>クリーンアップ コールバックの型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Destroy callback type</source>
        <translation>破棄コールバックの型</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Parent</source>
        <translation>親</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (through its I/O package)</source>
        <translation> (I/O パッケージ経由)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created by</source>
        <translation>作成者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>framework</source>
        <translation>フレームワーク</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>driver</source>
        <translation>ドライバー</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source</source>
        <translation>ソース</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IRQL class</source>
        <translation>IRQL のクラス</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>passive: cleanup and destroy always run at PASSIVE_LEVEL</source>
        <translation>パッシブ: クリーンアップと破棄は常に PASSIVE_LEVEL で実行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>callbacks run at the caller&apos;s IRQL (up to DISPATCH_LEVEL)</source>
        <translation>コールバックは呼び出し元の IRQL (DISPATCH_LEVEL まで) で実行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WdfObjectDelete</source>
        <translation>WdfObjectDelete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the driver may delete it</source>
        <translation>ドライバーが削除できる</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only the framework deletes it</source>
        <translation>フレームワークだけが削除する</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Engine state</source>
        <translation>エンジンの状態</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Framework state</source>
        <translation>フレームワークの状態</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference count</source>
        <translation>参照カウント</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Running callbacks</source>
        <translation>実行中のコールバック</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nobody deleted it yet: call WdfObjectDelete on it, or delete its parent %1.</source>
        <translation>まだ誰も削除していません。このオブジェクトに対して WdfObjectDelete を呼び出すか、親の %1 を削除してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only the framework deletes it: it goes when its parent %1 is deleted, at device removal or driver unload.</source>
        <translation>削除するのはフレームワークだけです。親の %1 が削除されるとき (デバイスの取り外しやドライバーのアンロード時) に削除されます。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 reference(s) with tag %2 are still held: call WdfObjectDereferenceWithTag with that tag.</source>
        <translation>タグ %2 の参照がまだ %1 個保持されています。そのタグを指定して WdfObjectDereferenceWithTag を呼び出してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 running %2 instance(s): the deletion waits until they return.</source>
        <translation>%2 が %1 個実行中です。削除はそれらが戻るまで待機します。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Its remaining work waits in the worker queue: it runs at the next drain at PASSIVE_LEVEL.</source>
        <translation>残りの処理はワーカーのキューで待機しています。次のドレイン時に PASSIVE_LEVEL で実行されます。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It is cleaned up and waits for the deletion that cleaned it to run its destroy pass.</source>
        <translation>クリーンアップ済みで、クリーンアップを行った削除処理が破棄パスを実行するのを待っています。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Why is this object still alive?</source>
        <translation>このオブジェクトがまだ存続しているのはなぜですか?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>It is not: it has been freed.</source>
        <translation>存続していません。解放済みです。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It is not created yet at this point.</source>
        <translation>この時点ではまだ作成されていません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Its deletion is under way.</source>
        <translation>削除が進行中です。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Outstanding references</source>
        <translation>未解放の参照</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>creation reference</source>
        <translation>作成時の参照</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>held by the framework until deletion</source>
        <translation>削除までフレームワークが保持</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>released</source>
        <translation>解放済み</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tag history (last %1)</source>
        <translation>タグの履歴 (最新 %1 件)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No references taken or released yet.</source>
        <translation>まだ参照の取得も解放も行われていません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>event</source>
        <translation>イベント</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>step</source>
        <translation>ステップ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>tag</source>
        <translation>タグ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>count</source>
        <translation>カウント</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Contexts</source>
        <translation>コンテキスト</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>one unnamed context, no callbacks</source>
        <translation>名前のないコンテキスト 1 つ、コールバックなし</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(unnamed)</source>
        <translation>(名前なし)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>buffers: %1</source>
        <translation>バッファー: %1</translation>
    </message>
</context>
<context>
    <name>studio::MainWindow</name>
    <message>
        <location filename="../app/studio/MainWindow.cpp" line="+102"/>
        <source>Paused at a breakpoint.</source>
        <translation>ブレークポイントで一時停止しました。</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+109"/>
        <source>Ready</source>
        <translation>準備完了</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>Palette</source>
        <translation>パレット</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Outline</source>
        <translation>アウトライン</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Properties</source>
        <translation>プロパティ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Steps</source>
        <translation>ステップ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;opened&gt;</source>
        <translation>&lt;開いた時点&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>History</source>
        <translation>履歴</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Inspector</source>
        <translation>インスペクター</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Diagnostics</source>
        <translation>診断</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New</source>
        <translation>新規(&amp;N)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open…</source>
        <translation>開く(&amp;O)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open &amp;Recent</source>
        <translation>最近使ったファイル(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Samples</source>
        <translation>サンプル(&amp;S)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save &amp;As…</source>
        <translation>名前を付けて保存(&amp;A)…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Drain Deferred Work After Each &amp;Step</source>
        <translation>各ステップの後で遅延処理を実行(&amp;S)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom &amp;In</source>
        <translation>拡大(&amp;I)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zoom &amp;Out</source>
        <translation>縮小(&amp;O)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Fit to View</source>
        <translation>全体を表示(&amp;F)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Actual Size</source>
        <translation>実際のサイズ(&amp;A)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Drive</source>
        <translation>操作(&amp;D)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Play</source>
        <translation>再生(&amp;P)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About</source>
        <translation>バージョン情報(&amp;A)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About WDF Lifecycle Studio</source>
        <translation>WDF Lifecycle Studio のバージョン情報</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>&amp;Undo %1</source>
        <translation>元に戻す(&amp;U) %1</translation>
    </message>
    <message>
        <location line="-140"/>
        <source>Import</source>
        <translation>インポート</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>&amp;Import Driver Source…</source>
        <translation>ドライバーのソースをインポート(&amp;I)…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Export Sequence Diagram…</source>
        <translation>シーケンス図のエクスポート(&amp;E)…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export &amp;Timelines…</source>
        <translation>タイムラインのエクスポート(&amp;T)…</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo %1</source>
        <translation>やり直す(&amp;R) %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Redo</source>
        <translation>やり直す(&amp;R)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Remove from Scenario</source>
        <translation>シナリオから除去(&amp;R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the selected object, and every object under it, from the scenario (an edit; WdfObjectDelete is a step)</source>
        <translation>選択したオブジェクトとその下のすべてのオブジェクトをシナリオから除去します (シナリオの編集です。WdfObjectDelete はステップです)</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>WDF Lifecycle Studio shows the life cycle of KMDF and UMDF framework objects: build a tree, drive it, and watch every EvtCleanupCallback and EvtDestroyCallback run.</source>
        <translation>WDF Lifecycle Studio は、KMDF と UMDF のフレームワーク オブジェクトのライフ サイクルを示します。ツリーを作成して操作し、EvtCleanupCallback と EvtDestroyCallback が実行される様子をすべて観察できます。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Drive</source>
        <translation>操作</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>View</source>
        <translation>表示</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Shuffle Siblings</source>
        <translation>兄弟の順序をシャッフル</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run the scenario with siblings in a shuffled order: the orders that hold in every run are the ones to rely on.</source>
        <translation>兄弟オブジェクトの順序をシャッフルしてシナリオを実行します。どの実行でも変わらない順序だけが、依存してよい順序です。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>seed </source>
        <translation>シード </translation>
    </message>
    <message>
        <location line="+26"/>
        <source>New steps run at %1</source>
        <translation>新しいステップは %1 で実行されます</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> IRQL: </source>
        <translation> IRQL: </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>IRQL of New Steps</source>
        <translation>新しいステップの IRQL</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Framework</source>
        <translation>フレームワーク</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>tag</source>
        <translation>タグ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tag for Reference and Dereference (optional)</source>
        <translation>参照と参照解除のタグ (省略可能)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Reference</source>
        <translation>参照</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WdfObjectReferenceWithTag on the selected object</source>
        <translation>選択したオブジェクトに対して WdfObjectReferenceWithTag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dereference</source>
        <translation>参照解除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WdfObjectDereferenceWithTag on the selected object</source>
        <translation>選択したオブジェクトに対して WdfObjectDereferenceWithTag</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A step: the driver calls WdfObjectDelete on the selected object (Remove from Scenario takes it out of the scenario instead)</source>
        <translation>ステップ: ドライバーが選択したオブジェクトに対して WdfObjectDelete を呼び出します (「シナリオから除去」はオブジェクトをシナリオそのものから取り除きます)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Framework Delete</source>
        <translation>フレームワークによる削除</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The framework deletes the selected object (device removal, driver unload)</source>
        <translation>フレームワークが選択したオブジェクトを削除します (デバイスの取り外し、ドライバーのアンロード)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Complete Request</source>
        <translation>要求の完了</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WdfRequestComplete on the selected request</source>
        <translation>選択した要求に対して WdfRequestComplete</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Begin Callback</source>
        <translation>コールバック開始</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An EvtWorkItem, EvtTimerFunc or EvtDpcFunc of the selected object starts running</source>
        <translation>選択したオブジェクトの EvtWorkItem、EvtTimerFunc、または EvtDpcFunc が実行を開始します</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>End Callback</source>
        <translation>コールバック終了</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That callback returns</source>
        <translation>そのコールバックが戻ります</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drain</source>
        <translation>遅延処理の実行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run the deferred work queued for the worker thread now</source>
        <translation>ワーカー スレッドのキューにある遅延処理を今すぐ実行します</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Exported to %1</source>
        <translation>%1 にエクスポートしました</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exported to %1 and 1 more file beside it</source>
        <translation>%1 と、その隣のもう 1 個のファイルにエクスポートしました</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exported to %1 and %2 more files beside it</source>
        <translation>%1 と、その隣のほか %2 個のファイルにエクスポートしました</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Remove from Scenario</source>
        <translation>シナリオから除去</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove %1 and the 1 object under it from the scenario?</source>
        <translation>%1 とその下にある 1 個のオブジェクトをシナリオから除去しますか?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove %1 and the %2 objects under it from the scenario?</source>
        <translation>%1 とその下にある %2 個のオブジェクトをシナリオから除去しますか?</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1[*] — WDF Lifecycle Studio</source>
        <translation>%1[*] — WDF Lifecycle Studio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1[*] (%2) — WDF Lifecycle Studio</source>
        <translation>%1[*] (%2) — WDF Lifecycle Studio</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cannot open the scenario</source>
        <translation>シナリオを開けません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 could not be opened; nothing was changed.</source>
        <translation>%1 を開けませんでした。何も変更されていません。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Opened %1</source>
        <translation>%1 を開きました</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Opened %1 with %n warning(s)</source>
        <translation>
            <numerusform>%1 を開きました (警告 %n 件)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cannot save</source>
        <translation>保存できません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 could not be saved: %2</source>
        <translation>%1 を保存できませんでした: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved %1</source>
        <translation>%1 を保存しました</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Open Scenario</source>
        <translation>シナリオを開く</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Import Driver Source</source>
        <translation>ドライバーのソースをインポート</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot import the driver source</source>
        <translation>ドライバーのソースをインポートできません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was changed: %1</source>
        <translation>何も変更されていません: %1</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Save Scenario</source>
        <translation>シナリオの保存</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Unsaved changes</source>
        <translation>未保存の変更</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 has changes that are not saved. Save them first?</source>
        <translation>%1 には保存されていない変更があります。先に保存しますか?</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Recover unsaved work?</source>
        <translation>未保存の作業を回復しますか?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The studio did not close normally last time. Recover the scenario it was editing?</source>
        <translation>前回、スタジオは正常に終了しませんでした。編集中だったシナリオを回復しますか?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Recovered the unsaved scenario.</source>
        <translation>未保存のシナリオを回復しました。</translation>
    </message>
</context>
<context>
    <name>studio::OutlineModel</name>
    <message>
        <location filename="../app/studio/outline/OutlineModel.cpp" line="+135"/>
        <source>Object</source>
        <translation>オブジェクト</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type</source>
        <translation>型</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refs</source>
        <translation>参照</translation>
    </message>
</context>
<context>
    <name>studio::PaletteView</name>
    <message>
        <location filename="../app/studio/palette/PaletteView.cpp" line="+41"/>
        <source>Drag %1 onto an object of the tree to create it there.</source>
        <translation>%1 をツリーのオブジェクト上にドラッグすると、そこに作成されます。</translation>
    </message>
</context>
<context>
    <name>studio::PlayerBar</name>
    <message>
        <location filename="../app/studio/player/PlayerBar.cpp" line="+49"/>
        <source>Scrub through the trace: the views show the state after each event.</source>
        <translation>トレース内を移動します。各ビューには各イベント後の状態が表示されます。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speed:</source>
        <translation>速度:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 events/s</source>
        <translation>%1 イベント/秒</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Breakpoints</source>
        <translation>ブレークポイント</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pause the animation at events of these kinds</source>
        <translation>これらの種類のイベントでアニメーションを一時停止します</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Stop at every %1</source>
        <translation>すべての「%1」で停止</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>event %1 of %2 · step %3</source>
        <translation>イベント %1/%2 · ステップ %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>event %1 of %2</source>
        <translation>イベント %1/%2</translation>
    </message>
</context>
<context>
    <name>studio::PlayerController</name>
    <message>
        <location filename="../app/studio/player/PlayerController.cpp" line="+14"/>
        <location line="+149"/>
        <source>&amp;Play</source>
        <translation>再生(&amp;P)</translation>
    </message>
    <message>
        <location line="-147"/>
        <location line="+136"/>
        <source>Step &amp;Forward</source>
        <translation>1 つ進む(&amp;F)</translation>
    </message>
    <message>
        <location line="-134"/>
        <location line="+135"/>
        <source>Step &amp;Back</source>
        <translation>1 つ戻る(&amp;B)</translation>
    </message>
    <message>
        <location line="-133"/>
        <location line="+134"/>
        <source>Jump to &amp;Start</source>
        <translation>先頭へ移動(&amp;S)</translation>
    </message>
    <message>
        <location line="-133"/>
        <location line="+134"/>
        <source>Jump to &amp;End</source>
        <translation>末尾へ移動(&amp;E)</translation>
    </message>
    <message>
        <location line="-132"/>
        <location line="+133"/>
        <source>F&amp;aster</source>
        <translation>速く(&amp;A)</translation>
    </message>
    <message>
        <location line="-133"/>
        <location line="+134"/>
        <source>S&amp;lower</source>
        <translation>遅く(&amp;L)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Pause</source>
        <translation>一時停止(&amp;P)</translation>
    </message>
</context>
<context>
    <name>studio::PropertyEditor</name>
    <message>
        <location filename="../app/studio/inspector/PropertyEditor.cpp" line="+159"/>
        <source>Select an object to edit its properties.</source>
        <translation>プロパティを編集するオブジェクトを選択してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Context</source>
        <translation>コンテキスト</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>Id:</source>
        <translation>ID:</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>%1 (%2)</source>
        <comment>a value in words, then its scenario-file key</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the framework</source>
        <translation>フレームワーク</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the driver</source>
        <translation>ドライバー</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>default queue</source>
        <translation>既定のキュー</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>dispatch queue</source>
        <translation>要求のディスパッチ先キュー</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>control device</source>
        <translation>コントロール デバイス</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>static PDO</source>
        <translation>静的 PDO</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>dynamic PDO</source>
        <translation>動的 PDO</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Type:</source>
        <translation>型:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parent:</source>
        <translation>親:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created by:</source>
        <translation>作成者 (createdBy):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role:</source>
        <translation>役割 (role):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pool type:</source>
        <translation>プールの種類 (poolType):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contexts:</source>
        <translation>コンテキスト:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+11"/>
        <location line="+7"/>
        <location line="+7"/>
        <source>contexts</source>
        <translation>コンテキスト</translation>
    </message>
    <message>
        <location line="-22"/>
        <location line="+37"/>
        <location line="+5"/>
        <source>Remove</source>
        <translation>除去</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Up</source>
        <translation>上へ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Down</source>
        <translation>下へ</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+221"/>
        <source>(unnamed)</source>
        <translation>(名前なし)</translation>
    </message>
    <message>
        <location line="-240"/>
        <source>Name:</source>
        <translation>名前:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>buffer names, separated by commas</source>
        <translation>バッファー名 (コンマ区切り)</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Buffers:</source>
        <translation>バッファー:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cleanup does:</source>
        <translation>クリーンアップの処理:</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+5"/>
        <source>Add…</source>
        <translation>追加…</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Destroy does:</source>
        <translation>破棄の処理:</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>parent</source>
        <translation>親</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>context name</source>
        <translation>コンテキスト名</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>buffers</source>
        <translation>バッファー</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>(default for the type)</source>
        <translation>(型の既定値)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>(default: %1)</source>
        <translation>(既定値: %1)</translation>
    </message>
    <message>
        <location line="-274"/>
        <location line="+283"/>
        <source>(none)</source>
        <translation>(なし)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>(default: NonPagedPool)</source>
        <translation>(既定値: NonPagedPool)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>cleanup</source>
        <comment>the context has an EvtCleanupCallback</comment>
        <translation>クリーンアップ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>destroy</source>
        <comment>the context has an EvtDestroyCallback</comment>
        <translation>破棄</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Context %1</source>
        <translation>コンテキスト %1</translation>
    </message>
</context>
<context>
    <name>studio::SourceView</name>
    <message>
        <location filename="../app/studio/import/SourceView.cpp" line="+34"/>
        <source>%1 cannot be read: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Driver source (read-only)</source>
        <translation>ドライバーのソース (読み取り専用)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — driver source (read-only)</source>
        <translation>%1 — ドライバーのソース (読み取り専用)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, line %2</source>
        <translation>%1、%2 行目</translation>
    </message>
</context>
<context>
    <name>studio::StepsModel</name>
    <message>
        <location filename="../app/studio/steps/StepsModel.cpp" line="+62"/>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Double-click to edit; drag to reorder.</source>
        <translation>ダブルクリックで編集、ドラッグで並べ替えます。</translation>
    </message>
</context>
<context>
    <name>studio::StepsPanel</name>
    <message>
        <location filename="../app/studio/steps/StepsPanel.cpp" line="+38"/>
        <source>Up</source>
        <translation>上へ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move the step one place earlier</source>
        <translation>ステップを 1 つ前に移動します</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Down</source>
        <translation>下へ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move the step one place later</source>
        <translation>ステップを 1 つ後に移動します</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Edit…</source>
        <translation>編集…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit the step</source>
        <translation>ステップを編集します</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>除去</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove the step</source>
        <translation>ステップを除去します</translation>
    </message>
</context>
<context>
    <name>studio::diagram::SequenceDiagramDock</name>
    <message>
        <location filename="../app/studio/diagram/SequenceDiagramDock.cpp" line="+58"/>
        <source>Sequence diagram</source>
        <translation>シーケンス図</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every event</source>
        <translation>すべてのイベント</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Callbacks only</source>
        <translation>コールバックのみ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which events of the trace become messages</source>
        <translation>トレースのどのイベントをメッセージにするか</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collapse</source>
        <translation>折りたたむ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave out the objects that register no callback</source>
        <translation>コールバックを登録していないオブジェクトを省きます</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number</source>
        <translation>番号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number the messages</source>
        <translation>メッセージに番号を付けます</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export…</source>
        <translation>エクスポート…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the diagram as PlantUML, Mermaid, SVG, PNG or PDF</source>
        <translation>図を PlantUML、Mermaid、SVG、PNG、PDF として保存します</translation>
    </message>
    <message>
        <location line="+98"/>
        <location line="+11"/>
        <source>Export sequence diagram</source>
        <translation>シーケンス図のエクスポート</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The diagram could not be saved: %1</source>
        <translation>図を保存できませんでした: %1</translation>
    </message>
</context>
<context>
    <name>studio::diagram::SequenceDiagramView</name>
    <message>
        <location filename="../app/studio/diagram/SequenceDiagramView.cpp" line="+191"/>
        <source>source: %1</source>
        <translation>ソース: %1</translation>
    </message>
</context>
<context>
    <name>studio::docs::DocsDock</name>
    <message>
        <location filename="../app/studio/docs/DocsDock.cpp" line="+178"/>
        <source>No topic contains “%1”.</source>
        <translation>「%1」を含むトピックはありません。</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Documentation</source>
        <translation>ドキュメント</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back</source>
        <translation>戻る</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forward</source>
        <translation>進む</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contents</source>
        <translation>目次</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the list of topics</source>
        <translation>トピックの一覧を表示します</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search the documentation</source>
        <translation>検索</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow the animation</source>
        <translation>アニメーションに追従</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the topic of the event shown and of the selected object</source>
        <translation>表示中のイベントと選択したオブジェクトのトピックを開きます</translation>
    </message>
</context>
<context>
    <name>studio::i18n::LanguageMenu</name>
    <message>
        <location filename="../app/studio/i18n/LanguageMenu.cpp" line="+30"/>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
</context>
<context>
    <name>studio::plots::TimelineDock</name>
    <message>
        <location filename="../app/studio/plots/TimelineDock.cpp" line="+76"/>
        <source>Timelines</source>
        <translation>タイムライン</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Axis in events</source>
        <translation>軸: イベント</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Axis in steps</source>
        <translation>軸: ステップ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit of the horizontal axis</source>
        <translation>横軸の単位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show all</source>
        <translation>すべて表示</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom out to the whole trace</source>
        <translation>トレース全体が見えるように縮小します</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export…</source>
        <translation>エクスポート…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the plots as PNG or PDF</source>
        <translation>グラフを PNG または PDF として保存します</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drag to pan · wheel to zoom · Shift+wheel scrolls the objects · click jumps there · Ctrl+click adds an object to the reference counts</source>
        <translation>ドラッグでパン · ホイールでズーム · Shift+ホイールでオブジェクトをスクロール · クリックでその位置へ移動 · Ctrl+クリックでオブジェクトを参照カウントのグラフに追加</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>PNG image (*.png)</source>
        <translation>PNG 画像 (*.png)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF ドキュメント (*.pdf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+8"/>
        <source>Export timelines</source>
        <translation>タイムラインのエクスポート</translation>
    </message>
</context>
<context>
    <name>studio::plots::TimelinePlot</name>
    <message>
        <location filename="../app/studio/plots/TimelinePlot.cpp" line="+253"/>
        <source>Timelines</source>
        <translation>タイムライン</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Objects</source>
        <translation>オブジェクト</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>References</source>
        <translation>参照</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thread</source>
        <translation>スレッド</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deferred queue</source>
        <translation>遅延キュー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event</source>
        <translation>イベント</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Step</source>
        <translation>ステップ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select objects to see their reference counts</source>
        <translation>オブジェクトを選択すると参照カウントが表示されます</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: creation reference</source>
        <translation>%1: 作成時の参照</translation>
    </message>
    <message>
        <location line="+424"/>
        <source>%1
%2 from event %3 to event %4</source>
        <translation>%1
%2 (イベント %3 からイベント %4 まで)</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>deferred queue after event %1: %n item(s)</source>
        <translation>
            <numerusform>イベント %1 後の遅延キュー: %n 項目</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: count %2 (creation reference %3, driver references %4)</source>
        <translation>%1: カウント %2 (作成時の参照 %3、ドライバーの参照 %4)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>after event %1</source>
        <translation>イベント %1 の後</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>%1: the file name must end in .png or .pdf</source>
        <translation>%1: ファイル名の末尾は .png または .pdf にする必要があります</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: the folder does not exist</source>
        <translation>%1: フォルダーが存在しません</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: cannot write: %2</source>
        <translation>%1: 書き込めません: %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: the plot could not be rendered</source>
        <translation>%1: グラフを描画できませんでした</translation>
    </message>
</context>
<context>
    <name>wdflc</name>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="+111"/>
        <source>usage: wdflc export FILE --format F -o OUT [--callbacks-only] [--collapse] [--number]
                    [--title T] [--lang en|ja|th] [--strict]

Simulates FILE and writes its sequence diagram, or its trace:
  puml    PlantUML (newpage keeps every rendered page under 4096 px)
  mmd     Mermaid sequenceDiagram (more parts as OUT-2.mmd, … when large)
  md      Markdown with fenced mermaid blocks (renders on GitHub)
  svg     SVG drawn by wdflc (more pages as OUT-2.svg, …)
  png     PNG drawn by wdflc (more pages as OUT-2.png, …)
  pdf     PDF drawn by wdflc, one page per diagram page
  jsonl   the trace as JSON Lines
  text    the trace as readable text
Without --format the format is taken from OUT&apos;s extension.

  --callbacks-only   keep callbacks, deferred work, waits, diagnostics, creation
                     and freeing; leave out references, deletes and IRQL changes
  --collapse         no lifeline for objects that register no callback
  --number           number the messages
  --title T          title of the diagram (default: the scenario&apos;s title)
  --lang en|ja|th    language of the labels and of the scenario&apos;s title
  -o -               write a single-part text format to standard output
  --strict           unknown keys in FILE are errors, not warnings

OUT is replaced atomically; a symbolic link is followed; a device or FIFO
(/dev/null, a pipe) is written in place. A new set of pages replaces an
earlier one whole: OUT-N pages beyond the new count are removed.

exit codes: 0 written; 2 invalid input or usage; 3 input/output error (then
nothing at OUT changed).
</source>
        <translation>使い方: wdflc export FILE --format F -o OUT [--callbacks-only] [--collapse] [--number]
                    [--title T] [--lang en|ja|th] [--strict]

FILE をシミュレートし、シーケンス図またはトレースを書き出します:
  puml    PlantUML (newpage で描画後の各ページを 4096 px 未満に保ちます)
  mmd     Mermaid の sequenceDiagram (大きい場合は OUT-2.mmd、… に分割)
  md      mermaid のコード ブロックを含む Markdown (GitHub で表示できます)
  svg     wdflc が描画する SVG (続きのページは OUT-2.svg、…)
  png     wdflc が描画する PNG (続きのページは OUT-2.png、…)
  pdf     wdflc が描画する PDF (図の 1 ページが PDF の 1 ページ)
  jsonl   JSON Lines 形式のトレース
  text    読みやすいテキスト形式のトレース
--format がない場合、形式は OUT の拡張子から決まります。

  --callbacks-only   コールバック、遅延処理、待機、診断、作成、解放だけを残し、
                     参照、削除、IRQL の変更を省きます
  --collapse         コールバックを登録しないオブジェクトのライフラインを省きます
  --number           メッセージに番号を付けます
  --title T          図のタイトル (既定はシナリオのタイトル)
  --lang en|ja|th    ラベルとシナリオのタイトルの言語
  -o -               1 つにまとまるテキスト形式を標準出力に書き出します
  --strict           FILE の不明なキーを警告ではなくエラーにします

OUT はアトミックに置き換えられます。シンボリック リンクはたどり、デバイスや FIFO
(/dev/null、パイプ) にはその場で書き込みます。新しいページ一式は以前の一式を
まるごと置き換え、新しいページ数を超える OUT-N のページは削除されます。

終了コード: 0 書き出した、2 入力または使い方が正しくない、3 入出力エラー
(このとき OUT は何も変わりません)。
</translation>
    </message>
    <message>
        <location filename="../app/cli/PlotCommand.cpp" line="+24"/>
        <source>usage: wdflc plot FILE -o OUT.png|OUT.pdf [--lang en|ja|th] [--axis events|steps]

Simulates FILE and draws its timelines: object lifetimes with their callbacks
and diagnostics, the thread and IRQL of every event, and the deferred queue.
Renders offscreen; no display is needed.
</source>
        <translation>使い方: wdflc plot FILE -o OUT.png|OUT.pdf [--lang en|ja|th] [--axis events|steps]

FILE をシミュレートしてタイムラインを描画します。コールバックと診断を含む
オブジェクトの存続期間、各イベントのスレッドと IRQL、遅延キューを描きます。
オフスクリーンで描画するため、ディスプレイは不要です。
</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="+41"/>
        <source>usage: wdflc COMMAND [OPTIONS]

Simulates the KMDF/UMDF framework object life cycle of a scenario file
(.wdfscn.json) and prints the trace of events.

commands:
  run FILE        simulate FILE (&quot;-&quot; reads standard input) and print its trace
  validate FILE   check FILE without simulating it
  upgrade FILE    write FILE in format version 2 (see wdflc upgrade --help)
  types           print the object type table the engine knows
  rules           print the diagnostic rules the engine reports
  import-source DIR  draft a scenario from a driver&apos;s source code (see
                  wdflc import-source --help)
</source>
        <translation>使い方: wdflc コマンド [オプション]

シナリオ ファイル (.wdfscn.json) の KMDF/UMDF フレームワーク オブジェクトの
ライフ サイクルをシミュレートし、イベントのトレースを出力します。

コマンド:
  run FILE        FILE をシミュレートしてトレースを出力します (&quot;-&quot; は標準入力)
  validate FILE   FILE をシミュレートせずに検査します
  upgrade FILE    FILE をフォーマット バージョン 2 で書き出します (wdflc upgrade --help を参照)
  types           エンジンが知っているオブジェクトの型の表を出力します
  rules           エンジンが報告する診断ルールを出力します
  import-source DIR  ドライバーのソース コードからシナリオの下書きを作ります
                  (wdflc import-source --help を参照)
</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>  export FILE     write FILE&apos;s sequence diagram or trace (see wdflc export --help)
</source>
        <translation>  export FILE     FILE のシーケンス図またはトレースを書き出します (wdflc export --help を参照)
</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>  plot FILE       render FILE&apos;s timelines to PNG or PDF (see wdflc plot --help)
</source>
        <translation>  plot FILE       FILE のタイムラインを PNG または PDF に描画します (wdflc plot --help を参照)
</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>
options for run:
  --format jsonl|text        trace format (default jsonl)
  --shuffle-siblings SEED    permute the order among siblings from SEED; the
                             framework promises no order among children
  --fail-on-error            exit 1 when the trace has error diagnostics
  --max-events N             stop after N events (default 200000000)
  -o, --output OUT           write the trace to OUT instead of standard output
                             (atomically; a link is followed, a device or
                             FIFO written in place)
options for run and validate:
  --strict                   unknown keys are errors, not warnings
  --max-file-bytes N         refuse larger files (default 268435456)
  --max-objects N            refuse more objects (default 4000000)
  --max-steps N              refuse more steps and callback actions (default 4000000)

  --help, --version          (--help --lang ja|th: this text in Japanese or Thai)

exit codes: 0 ran; 1 ran and produced error diagnostics (with --fail-on-error);
2 invalid input or usage; 3 input/output error.
</source>
        <translation>
run のオプション:
  --format jsonl|text        トレースの形式 (既定は jsonl)
  -o, --output OUT           トレースを標準出力ではなく OUT に書き出します
                             (アトミックに。リンクはたどり、デバイスや FIFO
                             にはその場で書き込みます)
  --shuffle-siblings SEED    兄弟の順序を SEED から並べ替えます。フレームワークは
                             子の間の順序を保証しません
  --fail-on-error            トレースにエラーの診断があれば 1 で終了します
  --max-events N             N 個のイベントで停止します (既定は 200000000)
run と validate のオプション:
  --strict                   不明なキーを警告ではなくエラーにします
  --max-file-bytes N         これより大きいファイルを拒否します (既定は 268435456)
  --max-objects N            これより多いオブジェクトを拒否します (既定は 4000000)
  --max-steps N              これより多いステップとコールバック アクションを拒否します (既定は 4000000)

  --help, --version          (--help --lang ja|th: この説明を日本語またはタイ語で表示)

終了コード: 0 実行した、1 実行してエラーの診断が出た (--fail-on-error 指定時)、
2 入力または使い方が正しくない、3 入出力エラー。
</translation>
    </message>
</context>
<context>
    <name>wdflc::exporting</name>
    <message>
        <location filename="../app/export/DiagramFileExport.cpp" line="-27"/>
        <source>PlantUML (*.puml)</source>
        <translation>PlantUML (*.puml)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mermaid (*.mmd)</source>
        <translation>Mermaid (*.mmd)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Markdown with Mermaid (*.md)</source>
        <translation>Mermaid を含む Markdown (*.md)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SVG image (*.svg)</source>
        <translation>SVG 画像 (*.svg)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG image (*.png)</source>
        <translation>PNG 画像 (*.png)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF ドキュメント (*.pdf)</translation>
    </message>
</context>
</TS>
