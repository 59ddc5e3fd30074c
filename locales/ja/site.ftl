# The words of the readers' pages, in Japanese. Every message in ../en/site.ftl must also be
# here and in ../ko/site.ftl (a test compares the three).

## The frame of every page

site-name = 日韓関係年表
skip-to-content = 本文へスキップ
footer = 日韓関係を、出典とともに厳選して記録した年表です。すべての出来事に出典を示し、日付は判明している細かさ（年・月・日）で示しています。
languages = 言語
# Offered, on a page in another language, to a reader who prefers this catalogue's language.
language-offer = このページを日本語で読む
not-translated = まだ日本語に翻訳されていないため、英語の原文を表示しています。

## The timeline

timeline-heading = 出来事でたどる日韓関係
timeline-description = 1876年の日朝修好条規（江華島条約）、1910年の韓国併合、1965年の日韓基本条約から、旧朝鮮半島出身労働者（韓国では強制動員被害者）訴訟の判決、2019年の輸出管理の厳格化（日本政府は「運用見直し」、韓国は「輸出規制」と呼ぶ）、GSOMIA（軍事情報包括保護協定）をめぐる問題まで、日韓関係を出典とともにたどる年表です。
on-this-day-link = 今日は何の日
loading-timeline = 年表を読み込んでいます…
filters-not-applied = 次の条件を適用できなかったため、年表全体を表示しています：
count-none = この条件に該当する出来事はありません。
count-matching = { $count ->
   *[other] { $count }件の出来事が該当します。
}
count-all = { $count ->
   *[other] 出来事は全{ $count }件です。
}
# When the events are more than one page holds: the whole sentence for each case.
count-matching-range = { $count ->
   *[other] 該当する{ $count }件のうち{ $first }～{ $last }件目を表示しています。
}
count-all-range = { $count ->
   *[other] 全{ $count }件中{ $first }～{ $last }件目を表示しています。
}
clear-filters = 絞り込みを解除
copy-link = この画面のリンクをコピー
link-copied = リンクをコピーしました
take-away = ダウンロード・埋め込み
download-view = この画面をダウンロード：
download-csv = CSV（表計算）
download-json = JSON
download-timelinejs = TimelineJS
embed-code = ご自分のウェブページにこの画面を表示するには、次のHTMLを貼り付けてください。
embed-open-view = 年表でこの画面を開く
embed-open-event = 年表で詳しく見る
periods = 時期
pages = ページ
earlier-events = ← それ以前の出来事
later-events = それ以降の出来事 →
page-of = 全{ $pages }ページ中{ $page }ページ目
axis-moves = 時間軸の移動
axis-earlier = ← 前の期間
axis-later = 次の期間 →
axis-zoom-in = 拡大
axis-zoom-out = 縮小
axis-decade = { $year }年代
axis-column = { $count ->
   *[other] { $when }：{ $count }件
}
axis-caption = { $first }から{ $last }までの出来事（{ $unit ->
    [day] 日ごと
    [month] 月ごと
    [year] 年ごと
    [decade] 10年ごと
   *[century] 100年ごと
}）。バーを選ぶと、その期間の出来事だけを表示します。
# A span of years, such as the years without events between two that have some.
year-span = { $first }–{ $last }年

## The filter form

search = 検索
search-placeholder = GSOMIA、徴用工、輸出管理 …
search-hint = 日本語・韓国語・英語のどれでも検索できます
apply-filters = 絞り込む
filters = 絞り込み
categories = 分野
actors = 関係国・機関
dates = 期間
disputed-filter = 立場
disputed-only = 双方の立場が異なる出来事のみ
date-from = 開始
date-to = 終了
date-hint = 年・月・日のいずれか：2019、2019-07 または 2019-07-04

## Categories and actors

category-history = 歴史
category-legal = 法・司法
category-trade = 通商
category-security = 安全保障
category-diplomacy = 外交
category-society = 社会
actor-KR = 韓国
# 出来事の日付の時点での国名：1897年10月12日より前、1910年8月29日まで、1948年8月15日まで。
actor-KR-joseon = 朝鮮
actor-KR-empire = 大韓帝国
actor-KR-colonial = 朝鮮
actor-JP = 日本
actor-US = 米国
actor-CN = 中国
actor-KP = 北朝鮮
actor-WTO = 世界貿易機関（WTO）
actor-UN = 国連

## An event

source-count = { $count ->
   *[other] 出典{ $count }件
}
loading-event = 出来事を読み込んでいます…
breadcrumbs = パンくずリスト
timeline = 年表
sources = 出典
related-events = 関連する出来事
see-in-timeline = 年表で見る
earlier-and-later = 前後の出来事
earlier = 前の出来事
later = 次の出来事
# Punctuation the page puts between words: after a label, between the items of a list,
# around a quoted title, around a date in brackets.
label-separator = ：
list-separator = 、
quoted = 「{ $value }」
paren-open = （
paren-close = ）
# Each side's position, in its own words (`#positions` on an event's page). A court's name
# follows its state's: "South Korea: Supreme Court".
positions = 双方の立場
holder-government = 政府
court-korea-supreme-court = 大法院
court-korea-constitutional-court = 憲法裁判所
court-seoul-high-court = ソウル高等法院
court-seoul-central-district-court = ソウル中央地方法院
court-japan-supreme-court = 最高裁判所
court-tokyo-district-court = 東京地方裁判所
unofficial-translation = 非公式訳
quote-source = 出典
# On the timeline, an event whose positions come from two sides or more.
disputed-mark = 双方の立場が異なる：両者の立場

## On this day

loading-day = この日の出来事を読み込んでいます…
on-this-day-heading = { $day }の出来事
on-this-day-description = 歴史上の{ $day }に起きた日韓関係の出来事を、年代順に紹介します。
on-this-day-count = { $count ->
    [0] 年表には、{ $day }に始まった出来事はありません。
   *[other] 年表には、{ $day }に始まった出来事が各年あわせて{ $count }件あります。
}
days-around = 前後の日
no-such-day = 存在しない日付
no-such-day-explanation = 「{ $typed }」という日付はありません。08-15のように、MM-DD形式で入力してください。

## When a page is not there, or fails

not-found-title = ページが見つかりません
not-found-heading = このページは年表にありません
not-found-explanation = リンクが間違っているか、出来事が削除された可能性があります。すべての出来事は年表に掲載しています。
gone-title = 削除された項目
gone-heading = この項目は年表から削除されました
gone-explanation = 他の項目と重複している、事実を確認できないなどの理由で、編集部が年表から削除しました。
go-to-timeline = 年表へ
sign-in = ログイン
something-went-wrong = 問題が発生しました
fault-400 = リクエストを処理できませんでした
fault-401 = もう一度ログインしてください
fault-403 = アクセスが拒否されました
fault-404 = 見つかりません
fault-405 = このアドレスでは受け付けられない操作です
fault-410 = 削除された項目です
fault-408 = リクエストの到着が遅すぎました
fault-413 = サイズが大きすぎて送信できません
fault-501 = この形式では提供していません
fault-503 = ページの準備に時間がかかりすぎました
fault-400-explanation = リクエストを処理できませんでした。アドレスや入力内容を確認してください。
fault-403-explanation = 他のサイトから送信されたリクエストのため、受け付けられません。
fault-405-explanation = このアドレスはその方法では使えません。ページのリンクやフォームをご利用ください。
fault-408-explanation = リクエストが時間内に届かなかったため、何も保存されませんでした。前のページに戻り（入力した内容はブラウザーに残っています）、もう一度送信してください。
fault-413-explanation = 送信内容が大きすぎるため、保存されませんでした（上限は{ $limit }KB）。前のページに戻り（入力した内容はブラウザーに残っています）、最も長い文章を短くしてから、もう一度送信してください。
fault-413-import-explanation = ファイルが大きすぎるため、取り込んでいません（上限は{ $megabytes }MB）。ファイルを小さく分けて、一つずつ取り込んでください。
fault-500-explanation = サーバー側で問題が起き、何も変更されていません。しばらくしてからもう一度お試しください。
fault-501-explanation = このアドレスは求められた形式では応答できません。JSONで求めるか、ページのリンクをご利用ください。
fault-503-explanation = ページの準備に時間がかかりすぎました。しばらくしてからもう一度お試しください。
error-signed-out = セッションが終了しました。もう一度ログインしてください。
error-call = サーバーに接続できませんでした。

## Filters that could not be applied

problem-search-too-long = 検索語が長すぎます。{ $max }文字以内で入力してください。
problem-search-control = 検索語に制御文字が含まれています。
problem-category = 「{ $value }」という分野はありません。
problem-actor = 「{ $value }」は関係国・機関の一覧にありません。
problem-date = 「{ $value }」は日付として読み取れません。2019、2019-07、2019-07-04のように、年・月・日で入力してください。
problem-range = 終了日（{ $to }）が開始日（{ $from }）より前になっています。
problem-language = 「{ $value }」はこのサイトで対応していない言語です。en、ko、jaのいずれかを指定してください。
problem-disputed = 「{ $value }」は立場の絞り込みに使えない値です。1を指定してください。

## 論争のある用語

terms-link = 論争のある用語
loading-terms = 用語集を読み込んでいます…
terms-heading = 論争のある用語
terms-description = 日韓両政府が争う事柄を、それぞれがどのような言葉で呼ぶかを日本語・韓国語・英語でまとめました。誰がいつからその言葉を使っているか、この年表がどの言葉を使うかも示しています。
terms-lede = これらの事柄では、言葉を選ぶことがそのまま一方の側に立つことになります。各項目では、両政府が言語ごとに使う言葉、誰がいつから使っているか、そしてどちらの側にも立たないこの年表自身の表現を示します。出来事のページでは、各用語が最初に出てくる箇所からこの用語集の該当項目にリンクしています。
terms-contents = この用語集の用語
voice-korea = 韓国政府
voice-japan = 日本政府
voice-house = この年表
voice-others = その他の用例
terms-sources = 用語の使用に関する出典
terms-events = この用語が出てくる出来事
terms-no-events = この用語が出てくる出来事はまだありません。
## Reporting an error in an event

report-heading = 誤りを報告
report-intro = このページの誤りを編集者にお知らせください。アカウントは不要です。報告は編集者だけが読み、公開されません。
report-what = 誤りの内容（必須）
report-source = 出典（任意）
report-source-hint = 根拠となるリンクや文献情報。編集者にはテキストとして表示されます。
report-email = メールアドレス（任意）
report-email-hint = 報告について問い合わせる場合に備えたもので、編集者だけが見ます。
report-trap = この欄は空のままにしてください
report-send = 報告を送信
report-page-title = 誤りを報告：{ $title }
report-about = 対象：
report-problem-required = 誤りの内容を書いてください。
report-problem-too-long = { $max }文字までです。
report-problem-hidden = 目に見えない文字が含まれています。入力し直してください。
report-problem-email = メールアドレスの形式ではありません（例：name@example.org）。
report-refused-too-soon = 報告はまだ送信されていません。内容を確認して、もう一度送信してください。
report-refused-trap = 報告は送信されませんでした。空のままにすべき欄が（ブラウザーの自動入力などで）埋まっていました。もう一度送信してください。
report-refused-paused = { $minutes ->
   *[other] お使いの接続から短時間に多くの報告が届きました。{ $minutes }分後にもう一度お試しください。
}
report-status-heading = 報告 { $reference }
report-status-received = { $date }に受け付けました。
report-status-new = まだ回答していません。編集者の回答はこのページに表示されます。このページのアドレスを控えておいてください。
report-status-accepted = { $date }に採用しました。
report-status-declined = { $date }に不採用としました。
report-status-reply = 編集者からの回答
report-status-unpublished = 現在は公開されていない出来事
## An event's history, its revisions and its citation

last-changed = 最終更新：{ $date }
history-link = この出来事の変更履歴
history-heading = 「{ $title }」の変更履歴
history-explanation = この出来事への変更はすべて番号付きの版として記録され、新しい版から順に表示されます。各版では当時の内容と、一つ前の版からの変更点を確認できます。
revision-number = 第{ $number }版
by-an-editor = 編集者による変更
revision-first = 最初に記録された版です。
revision-no-change = 内容を変えずに保存されました。
revision-changed = 変更箇所：{ $parts }。
revision-languages = 言語：{ $languages }。
revision-restores = 第{ $number }版の内容に戻しました。
revision-note = 編集者のメモ：
language-en = 英語
language-ko = 韓国語
language-ja = 日本語
part-title = 見出し
part-summary = 概要
part-body = 本文
part-start = 開始日
part-end = 終了日
part-category = 分野
part-actors = 関係国・機関
part-sources = 出典
part-positions = 双方の立場
part-related = 関連する出来事
part-status = 公開の有無
part-in-language = { $field }（{ $language }）
revision-notice = この出来事の以前の版です。
revision-see-current = 現在の版を見る
revision-unreadable = この版は現在の作成ルールを満たさないため、ページとして表示できません。変更点は下に示します。
revision-was-retired = この版の時点で、この出来事は年表で非公開でした。
revision-diff = 第{ $number }版からの変更点
revision-previous = 一つ前の版を見る
diff-added = 追加：
diff-removed = 削除：
cite = この出来事を引用する
cite-quote-open = 「
cite-quote-close = 」
cite-text = 『{ $site }』第{ $number }版、{ $date }。
cite-download = 文献管理ソフト用の引用情報をダウンロード：

## 訂正一覧

corrections-link = 訂正一覧
loading-corrections = 訂正一覧を読み込んでいます…
corrections-heading = 訂正一覧
corrections-lede = 編集者が出来事の誤りを訂正すると、ここに新しい順に掲載されます。何を訂正したかを記した編集者のメモと、変更された内容も示します。そのほかの変更はすべて各出来事の変更履歴にあります。
corrections-none = 訂正はまだありません。
corrections-newer = ← より新しい訂正
corrections-older = より古い訂正 →
corrected-on = { $date }に訂正
revision-correction = 訂正
