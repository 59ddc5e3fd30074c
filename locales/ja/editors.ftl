# The words of the editors' pages (sign-in, the event list, the event form, the audit
# trail), in Japanese. Every message in ../en/editors.ftl must also be here and in
# ../ko/editors.ftl (a test compares the three).

## Navigation and signing in

admin = 管理
admin-events = 出来事一覧
admin-new-event = 出来事を追加
admin-audit = 監査ログ
sign-out = ログアウト
sign-in-lede = 年表の編集者専用のページです。
username = ユーザー名
password = パスワード
sign-in-refused = ユーザー名またはパスワードが正しくありません。
sign-in-paused = { $minutes ->
   *[other] ログインの失敗が続いたため、ログインを一時停止しています。{ $minutes }分後にもう一度お試しください。
}

## The list of events

admin-events-title = 管理：出来事
admin-search-label = タイトルと概要を検索
admin-translations = 翻訳
admin-translations-any = すべて
admin-translations-missing = 未翻訳の言語あり
admin-translations-outdated = 英語の原文より古い
loading-events = 出来事を読み込んでいます…
no-events-match = 該当する出来事はありません。
showing-most-recent = 最近変更された{ $count }件を表示しています。ほかの出来事は検索してください。
column-date = 日付
column-title = タイトル
column-category = 分野
column-translations = 翻訳
column-status = 状態
status-retired = 非公開
status-published = 公開中
# $language is the code of the translation's language: en, ko or ja.
translation-missing = { $language ->
        [ko] 韓国語
        [ja] 日本語
       *[en] 英語
    }訳なし
translation-outdated = { $language ->
        [ko] 韓国語
        [ja] 日本語
       *[en] 英語
    }訳が英語の原文より古い
translations-complete = 完了

## The audit trail

admin-audit-title = 管理：監査ログ
loading-audit = 監査ログを読み込んでいます…
column-when = 日時（UTC）
column-who = ユーザー
column-from = 接続元
column-what = 操作
column-changes = 変更内容
older-entries = さらに前の記録
audit-sign-in = ログイン
audit-sign-in-failed = ログイン失敗
audit-sign-out = ログアウト
audit-create = 出来事{ $id }を作成
audit-edit = 出来事{ $id }を編集
audit-retire = 出来事{ $id }を非公開に変更
audit-restore = 出来事{ $id }を再公開

## Readers' reports of errors

admin-reports = 誤りの報告
admin-reports-new = 新着{ $count }件
admin-reports-title = 管理：誤りの報告
report-states = 状態別の報告
report-state-new = 新着
report-state-accepted = 採用
report-state-declined = 不採用
report-state-any = すべて
loading-reports = 報告を読み込んでいます…
reports-none = 該当する報告はありません。
column-report = 報告（受付日時、UTC）
column-event = 出来事
column-reported = 読者が書いた内容
column-state = 状態
older-reports = それ以前の報告
report-source-label = 出典
report-email-label = メール
report-lang-label = ページの言語
report-answer-heading = 報告 { $reference }
report-answer-saved = 回答を保存しました。報告の状況ページに表示されます。
report-answer-conflict = 別の編集者が先にこの報告に回答しており、その回答が有効です。入力した回答は下に残しています。
report-answered = { $who }が{ $date }（UTC）に回答
report-decision = 判断
report-accept = 採用：出来事を訂正済み、または訂正予定
report-decline = 不採用
report-reply = 回答（参照番号を持つ人に表示されます）
report-save-answer = 回答を保存
audit-accept-report = 出来事{ $id }についての報告を採用
audit-decline-report = 出来事{ $id }についての報告を不採用

## The event form

new-event-title = 出来事の新規作成
edit-event-title = 出来事{ $id }の編集
loading-form = 入力フォームを読み込んでいます…
saved = 保存しました。
saved-retired = 非公開にしました。この出来事は読者に表示されなくなりました。
saved-restored = 再公開しました。この出来事は再び読者に表示されます。
nothing-saved = 保存されていません。下に示した項目を修正してください。
event-retired = 非公開：読者には表示されません。
event-published = 公開中です。
permanent-page = 個別ページ
save = 保存
# The button beside Save: the form is checked, and the event shown as readers would see it.
preview = プレビュー
preview-heading = プレビュー：未保存
preview-lede = 入力した内容で、読者が各言語で目にする出来事のページを表示しています。「保存」を押すまでは何も保存されません。
# $language is the name of a readers' language: "韓国語".
preview-in = { $language }のページ
field-title = タイトル
field-summary = 概要
field-summary-hint = 年表に表示される1～2文の説明です。
field-body = 本文（任意）
field-body-hint = 出来事のページに表示される詳しい説明です。段落の間は空行で区切ってください。
# A field of the event's words in another language: "韓国語のタイトル". $language is the
# code of that language: en, ko or ja.
field-in-language = { $language ->
        [ko] 韓国語
        [ja] 日本語
       *[en] 英語
    }の{ $field }
translation-hint = 翻訳するまでは3項目とも空欄のままにしてください。その間、読者には英語の原文が、まだ翻訳されていないことを示す注記とともに表示されます。
translation-outdated-warning = この翻訳の作成後に英語の原文が変更されています。保存する前に英語の原文と照らし合わせて確認してください。
field-start = 開始日
field-start-hint = YYYY、YYYY-MM または YYYY-MM-DD
field-circa = おおよその日付（頃）
field-end = 終了日（任意）
field-end-hint = 期間の場合に入力します。開始日より前の日付は指定できません
field-category = 分野
choose-category = 分野を選択
field-actors = 関係国・機関
field-sources = 出典
source-number = 出典{ $number }
field-publisher = 発行元
field-headline = 見出し
field-source-date = 日付（任意）
field-link = リンク（任意）
remove-source = 出典{ $number }を削除
add-source = 出典を追加
field-positions = 立場（任意）
positions-hint = 出来事に対する各側の立場を、その側の言葉で記します。発表された言語の文が引用で、発表された原文どおりに写します。残りの2言語は非公式訳です。出典には日付とリンクが必要です。
position-number = 立場 { $number }
field-holder = 立場の主体
choose-holder = 立場の主体を選択
field-quote-lang = 原文の言語
choose-quote-lang = 言語を選択
field-words = 文言
field-quote-date = 日付
field-quote-link = リンク
remove-position = 立場 { $number } を削除
add-position = 立場を追加
field-related = 関連する出来事（任意）
field-related-hint = 出来事の番号をカンマで区切って入力します。番号は各出来事のアドレスの先頭にあります（/events/12-…）。
too-large-to-send = サイズが大きすぎて送信できません（{ $size }KB。サーバーの上限は{ $limit }KBです）。最も長い文章を短くしてください（韓国語と日本語の文字は、送信時に1文字あたり9バイトになります）。
retire = 非公開にする
restore = 再公開する
save-conflict = 編集中に別の人が出来事{ $id }を保存したため、変更は保存されませんでした。あなたの編集内容は下に残っています。新しいタブで出来事を開いて比較し、もう一度保存すると、相手の内容があなたの内容に置き換わります。

## What is wrong with a field

problem-required = 必須項目です。
problem-too-long = { $max }文字以内で入力してください。
problem-hidden-character = 見えない文字（制御文字や文字の向きを反転させる記号）が含まれています。その文字を除いて入力し直してください。
problem-no-start = 開始日を入力してください。
problem-date-format = 日付はYYYY、YYYY-MM または YYYY-MM-DDの形式で入力してください。
problem-date-year = 年は{ $min }年から{ $max }年の間で入力してください。
problem-date-month = 月は01から12の間で入力してください。
problem-date-day = その月にその日はありません。
problem-end-before-start = 終了日を開始日より前にすることはできません。
problem-no-category = 分野を選択してください。
problem-unknown-actor = 「{ $value }」は関係国・機関に含まれていません。
problem-no-actor = 関係国・機関を1つ以上選択してください。
problem-too-many-sources = 出典は{ $max }件までです。
problem-no-source = 出典を1件以上挙げてください。
problem-too-many-positions = 立場は{ $max }件までです。
problem-no-holder = 誰の立場かを選択してください。
problem-no-quote-language = 原文が発表された言語を選択してください。
problem-translation-is-quote = 原文をそのまま繰り返しています。訳文を記入してください。
problem-url-scheme = リンクはhttp://またはhttps://で始まる必要があります。
problem-url-invalid = 有効なウェブアドレスではありません。
problem-not-event-number = 「{ $value }」は出来事の番号ではありません。
problem-too-many-related = 関連する出来事は{ $max }件までです。
problem-correction-without-note = 訂正には、何を訂正したかを記す読者へのメモが必要です。
problem-unknown-related = 出来事{ $id }は存在しないため、関連付けできません。

## 出来事フォームの各部と関連する出来事の選択
form-part-dates = 日付と分類
form-part-related = 関連する出来事
related-chosen = 選んだ関連する出来事
related-event-number = 出来事 { $id }
related-remove = { $title }を外す
related-search = 関連する出来事を探す
related-search-hint = タイトルの語をどの言語でも入力できます。上の番号欄は自動で入力されます。
related-add = 追加：
related-added = { $title }を追加しました。
related-found = { $count ->
    [0] 該当する出来事はありません。
   *[other] 該当する出来事は{ $count }件です。
}
related-search-failed = 検索に接続できません。上の欄に出来事の番号を直接入力してください。

## Notes to readers and revisions

field-note = 読者へのメモ
field-note-hint = 任意です。この変更とともに出来事の公開変更履歴に表示されます（例：「原告の人数を訂正（出典：…）」）。1行、500字まで。
field-correction = この変更は誤りを訂正するものです
admin-revisions-title = 管理：版の一覧
admin-revisions-heading = 「{ $title }」の版
admin-revisions-link = この出来事の版の一覧
admin-edit-event = この出来事を編集する
column-revision = 版
revision-no-editor = （初期データ、または版の記録以前）
restore-revision = 戻す
restore-revision-number = 第{ $number }版に戻す
restore-invalid = 第{ $number }版は現在の作成ルールを満たさないため（問題{ $count }件）、戻しませんでした。出来事を直接編集してください。
restore-conflict = 版の一覧を見ている間に別の人が出来事 { $id } を保存したため、何も戻しませんでした。下の一覧は最新の状態です。必要なら改めて戻してください。
restore-unknown-related = 第{ $number }版は存在しない出来事 { $id } と関連づけられているため、戻しませんでした。
## ファイルからの出来事の取り込み

admin-import = 取り込み
admin-import-title = 管理：取り込み
import-lede = ファイルから複数の出来事をまとめて追加・変更します。年表のCSVダウンロードと同じ列のCSVファイル（idとダウンロード時のバージョンがある行はその出来事を変更し、idのない行は出来事を追加します）か、TimelineJS3のJSONファイル（スライドごとに英語の出来事を一件追加します）を受け付けます。すべての行を出来事フォームの規則で確かめ、保存する前に結果をお見せします。
import-limits = ファイルはUTF-8で、{ $megabytes }MB・{ $count }行までです。
import-file = ファイル（CSVまたはJSON）
import-preview = ファイルを確かめる
import-reading = ファイルを読み込んでいます…
import-checking = ファイルを確かめています…
import-no-file = 取り込むファイルを選んでください。
import-empty = ファイルが空です。
import-not-utf8-as = ファイルがUTF-8ではありません（{ $encoding }のようです）。「CSV UTF-8」で保存し直し（Excelでは「名前を付けて保存」→「CSV UTF-8」）、もう一度選んでください。何も取り込んでいません。
import-not-utf8 = ファイルがUTF-8のテキストではありません。何も取り込んでいません。
import-unreadable = ファイルをCSVとしてもTimelineJSのJSONとしても読めません：{ $reason }。何も取り込んでいません。
import-missing-columns = ファイルにCSVダウンロードの次の列がありません：{ $columns }。何も取り込んでいません。
import-unknown-columns = ファイルにCSVダウンロードにない列があります：{ $columns }。ダウンロードしたファイルから始めてください。何も取り込んでいません。
import-no-rows = ファイルに出来事がありません。
import-too-many-rows = ファイルが{ $count }行を超えています。小さなファイルに分けてください。
import-preview-title = { $file }の取り込み
import-counts = 追加{ $count }件、変更{ $updated }件、却下{ $refused }件。
import-confirm = 出来事{ $count }件を取り込む
import-cannot-confirm = 却下された行があるあいだは何も取り込めません。ファイルでそれらの行を直し、もう一度選んでください。
import-again = ファイルを選ぶ
import-done = 取り込みました：追加{ $count }件、変更{ $updated }件。
import-gone = この取り込みは期限が切れたか、すでに取り込まれています。
import-forged = この確認は取り込みのページから送られたものではないため、何も取り込んでいません。
import-refused-now = 確認の後に出来事が変わり、{ $count }行が却下されるようになったため、何も取り込んでいません。下で行をもう一度確かめました。
import-conflict = その間にほかの人が出来事{ $id }を保存したため、何も取り込んでいません。下で行をもう一度確かめました。
import-taken = その間にほかの人が出来事{ $id }を追加したため、何も取り込んでいません。下で行をもう一度確かめました。
import-unknown-related = 関連付ける出来事{ $id }がもうないため、何も取り込んでいません。
column-row = 行
column-outcome = 処理
import-line = { $line }行目
import-slide = { $slide }枚目のスライド
import-create = 新しい出来事として追加
import-create-as = 出来事{ $id }として追加
import-update = 出来事{ $id }を変更（バージョン{ $version }でダウンロード）
import-refused = 却下
import-not-json = 読めるJSONではありません：{ $value }
import-not-version = 「{ $value }」はバージョン番号ではありません。
import-not-flag = 「{ $value }」は1、0、空欄のいずれでもありません。
import-no-version = すでにある出来事です。ほかの人の変更を上書きしないよう、ダウンロード時のバージョンを入れてください。
import-stale = ダウンロードの後に出来事が変わりました（バージョン{ $exported }でダウンロード、現在は{ $current }）。もう一度ダウンロードして、そのファイルで変更してください。
import-repeated-id = 出来事{ $id }は前の行にすでにあります。
import-exists = 出来事{ $id }はすでにあります。TimelineJSのファイルは出来事を追加するだけです（一つの言語だけで、立場を含みません）。CSVファイルで変更してください。
